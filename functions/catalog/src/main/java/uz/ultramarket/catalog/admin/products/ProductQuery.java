package uz.ultramarket.catalog.admin.products;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.FieldError;
import uz.ultramarket.core.http.HttpRequest;

/**
 * The filters of {@code GET /api/admin/products}: every bad parameter is answered in one 400 naming each.
 *
 * @param after where the page starts: the last row's sort key and id, from {@code cursor}
 */
record ProductQuery(Optional<String> q, Optional<Long> category, Optional<String> brand, Optional<String> status,
                    Optional<Boolean> outOfStock, Sort sort, int limit, Optional<After> after) {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;

    /** A sort order: the SQL of its key, whether the key is text, and its direction. */
    enum Sort {
        NAME("name", "lower(p.name_uz)", true, false),
        NAME_DESC("-name", "lower(p.name_uz)", true, true),
        PRICE("price", "coalesce(p.price_min, 0)", false, false),
        PRICE_DESC("-price", "coalesce(p.price_min, 0)", false, true),
        CREATED("created", "(extract(epoch FROM p.created_at) * 1000000)::bigint", false, false),
        CREATED_DESC("-created", "(extract(epoch FROM p.created_at) * 1000000)::bigint", false, true);

        final String code;
        final String key;
        final boolean text;
        final boolean descending;

        Sort(String code, String key, boolean text, boolean descending) {
            this.code = code;
            this.key = key;
            this.text = text;
            this.descending = descending;
        }

        static Optional<Sort> of(String code) {
            for (var sort : values()) if (sort.code.equals(code)) return Optional.of(sort);
            return Optional.empty();
        }
    }

    /** The last row of a page; its key is text for a text sort and a whole number otherwise. */
    record After(String key, long id) {
        String encode(Sort sort) {
            String plain = sort.code + "\n" + id + "\n" + key;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static After decode(String cursor, Sort sort) {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length != 3 || !parts[0].equals(sort.code)) throw new IllegalArgumentException("another sort's cursor");
            if (!sort.text) Long.parseLong(parts[2]);
            return new After(parts[2], Long.parseLong(parts[1]));
        }
    }

    static ProductQuery parse(HttpRequest request) {
        var errors = new ArrayList<FieldError>();
        var q = request.query("q").map(String::strip).filter(s -> !s.isEmpty());
        if (q.isPresent() && q.get().length() > 100) errors.add(new FieldError("q", "must be at most 100 characters long"));
        Optional<Long> category = Optional.empty();
        if (request.query("category").isPresent()) {
            category = wholeNumber(request.query("category").get()).filter(id -> id > 0);
            if (category.isEmpty()) errors.add(new FieldError("category", "must be a category id"));
        }
        var brand = request.query("brand").filter(s -> !s.isBlank());
        var status = request.query("status");
        if (status.isPresent() && !List.of("draft", "active", "archived").contains(status.get())) {
            errors.add(new FieldError("status", "must be draft, active or archived"));
        }
        Optional<Boolean> outOfStock = Optional.empty();
        if (request.query("outOfStock").isPresent()) {
            String value = request.query("outOfStock").get();
            if (value.equals("true") || value.equals("false")) outOfStock = Optional.of(Boolean.parseBoolean(value));
            else errors.add(new FieldError("outOfStock", "must be true or false"));
        }
        var sort = Sort.CREATED_DESC;
        if (request.query("sort").isPresent()) {
            var chosen = Sort.of(request.query("sort").get());
            if (chosen.isPresent()) sort = chosen.get();
            else errors.add(new FieldError("sort", "must be one of name, -name, price, -price, created, -created"));
        }
        int limit = DEFAULT_LIMIT;
        if (request.query("limit").isPresent()) {
            var value = wholeNumber(request.query("limit").get()).filter(n -> n >= 1 && n <= MAX_LIMIT);
            if (value.isPresent()) limit = value.get().intValue();
            else errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        }
        Optional<After> after = Optional.empty();
        if (request.query("cursor").isPresent()) {
            try {
                after = Optional.of(After.decode(request.query("cursor").get(), sort));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("cursor", "is not a cursor of this list and sort; start again without it"));
            }
        }
        if (!errors.isEmpty()) throw ApiException.validation(errors);
        return new ProductQuery(q, category, brand, status, outOfStock, sort, limit, after);
    }

    private static Optional<Long> wholeNumber(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
