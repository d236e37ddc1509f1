package uz.ultramarket.catalog.admin.products;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uz.ultramarket.catalog.admin.ElementFields;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.JsonFields;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.money.Money;

/**
 * The body of {@code POST}/{@code PUT /api/admin/products} as a {@link ProductDraft}: every bad field is collected and
 * answered in one 400 naming each ({@code name.uz}, {@code variants[1].price}). The fields a product read from the API
 * carries but a save does not change ({@code id}, a variant's {@code stock}) are accepted and ignored, so an editor can
 * send back what it read.
 */
final class ProductForm {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,63}");
    private static final Pattern IKPU = Pattern.compile("[0-9]{17}");
    private static final Pattern PACKAGE_CODE = Pattern.compile("[0-9]{1,20}");
    private static final Pattern IMAGE_KEY = Pattern.compile("[a-z0-9-]+(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)?)+");
    private static final Pattern OPTION_KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final List<String> STATUSES = List.of("draft", "active", "archived");
    private static final int MAX_VARIANTS = 100;
    private static final int MAX_IMAGES = 20;

    private ProductForm() {}

    /** @param update whether this is a PUT, which must carry the {@code version} it read */
    static ProductDraft read(HttpRequest request, boolean update) {
        var fields = JsonFields.of(request, "id", "version", "slug", "categoryId", "brand", "status", "name", "description",
                "images", "variants");
        var root = new ElementFields(request.json(JsonNode.class), "", fields);

        Optional<Long> version = update ? root.field("version").whole(true, 0, Long.MAX_VALUE, "the version you read, a whole number")
                : Optional.empty();
        var slug = fields.text("slug", false, 1, 120);
        if (slug.isPresent() && !SLUG.matcher(slug.get()).matches()) {
            fields.error("slug", "must be lower-case letters and digits in words joined by '-', e.g. smartfon-x");
        }
        var categoryId = root.field("categoryId").whole(true, 1, Long.MAX_VALUE, "a category id");
        var brand = fields.text("brand", false, 1, 80);
        var status = fields.choice("status", false, s -> {
            if (!STATUSES.contains(s)) throw new IllegalArgumentException(s);
            return s;
        }, "draft, active or archived");
        var name = fields.object("name", true, "uz", "ru", "en").flatMap(n -> {
            var uz = n.text("uz", true, 1, 200);
            var ru = n.text("ru", false, 0, 200);
            var en = n.text("en", false, 0, 200);
            return uz.map(u -> LocalizedText.of(u, ru.orElse(u), en.orElse(u)));
        });
        var description = description(root.field("description"));
        var images = images(root.field("images"));
        var variants = variants(root.field("variants"));

        fields.validate();
        return new ProductDraft(slug, categoryId.orElseThrow(), brand, status.orElse("draft"), name.orElseThrow(),
                description, images, variants, version);
    }

    private static Description description(ElementFields description) {
        if (!description.present()) return Description.NONE;
        if (!description.node().isObject()) {
            description.error("must be a JSON object with uz, ru and en");
            return Description.NONE;
        }
        description.node().fieldNames().forEachRemaining(n -> {
            if (!List.of("uz", "ru", "en").contains(n)) description.field(n).error("is not a known field");
        });
        String uz = description.field("uz").paragraph(5000);
        String ru = description.field("ru").paragraph(5000);
        String en = description.field("en").paragraph(5000);
        return new Description(uz, ru.isEmpty() ? uz : ru, en.isEmpty() ? uz : en);
    }

    private static List<String> images(ElementFields images) {
        if (!images.present()) return List.of();
        if (!images.node().isArray() || images.node().size() > MAX_IMAGES) {
            images.error("must be an array of at most " + MAX_IMAGES + " image keys");
            return List.of();
        }
        var keys = new ArrayList<String>();
        for (int i = 0; i < images.node().size(); i++) {
            new ElementFields(images.node().get(i), images.path() + "[" + i + "]", images.body())
                    .text(true, IMAGE_KEY, "an image key such as products/2b7c.jpg").ifPresent(keys::add);
        }
        return keys;
    }

    private static List<ProductDraft.VariantDraft> variants(ElementFields variants) {
        if (!variants.present() || !variants.node().isArray() || variants.node().isEmpty()) {
            variants.error("must be an array of at least one variant");
            return List.of();
        }
        if (variants.node().size() > MAX_VARIANTS) {
            variants.error("must hold at most " + MAX_VARIANTS + " variants");
            return List.of();
        }
        var drafts = new ArrayList<ProductDraft.VariantDraft>();
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < variants.node().size(); i++) {
            var variant = new ElementFields(variants.node().get(i), variants.path() + "[" + i + "]", variants.body());
            if (!variant.present() || !variant.node().isObject()) {
                variant.error("must be a JSON object");
                continue;
            }
            variant.node().fieldNames().forEachRemaining(n -> {
                if (!List.of("id", "code", "options", "price", "compareAtPrice", "ikpu", "vatPercent", "packageCode", "stock").contains(n)) {
                    variant.field(n).error("is not a known field");
                }
            });
            var id = variant.field("id").whole(false, 1, Long.MAX_VALUE, "the id of one of this product's variants");
            var code = variant.field("code").text(true, CODE, "3 to 64 capital letters, digits and '-', e.g. SMX-128-BLK");
            code.ifPresent(c -> {
                Integer first = codes.putIfAbsent(c, codes.size());
                if (first != null) variant.field("code").error("is repeated: every variant needs its own code");
            });
            var options = options(variant.field("options"));
            var price = variant.field("price").whole(true, 1, Long.MAX_VALUE, "a whole number of tiyin above 0");
            var compareAt = variant.field("compareAtPrice").whole(false, 1, Long.MAX_VALUE, "a whole number of tiyin above the price");
            if (price.isPresent() && compareAt.isPresent() && compareAt.get() <= price.get()) {
                variant.field("compareAtPrice").error("must be above the price (" + price.get() + " tiyin), or absent");
            }
            var ikpu = variant.field("ikpu").text(true, IKPU, "the 17-digit IKPU (MXIK) code");
            var vat = variant.field("vatPercent").whole(false, 0, 100, "a whole number of percent from 0 to 100");
            var packageCode = variant.field("packageCode").text(false, PACKAGE_CODE, "digits only");
            if (code.isPresent() && price.isPresent() && ikpu.isPresent()) {
                drafts.add(new ProductDraft.VariantDraft(id, code.get(), options, Money.ofTiyin(price.get()),
                        compareAt.map(Money::ofTiyin), ikpu.get(), vat.orElse(12L).intValue(), packageCode));
            }
        }
        return drafts;
    }

    /** What sets a variant apart, e.g. {@code {"color": "black", "storage_gb": 128}}: words, numbers or true/false. */
    private static ObjectNode options(ElementFields options) {
        var result = Json.mapper().createObjectNode();
        if (!options.present()) return result;
        if (!options.node().isObject()) {
            options.error("must be a JSON object such as {\"color\": \"black\"}");
            return result;
        }
        options.node().fields().forEachRemaining(option -> {
            var value = option.getValue();
            if (!OPTION_KEY.matcher(option.getKey()).matches()) {
                options.field(option.getKey()).error("is not an option name: lower-case letters, digits and '_'");
            } else if (!(value.isTextual() && !value.asText().isBlank() && value.asText().length() <= 64)
                    && !value.isNumber() && !value.isBoolean()) {
                options.field(option.getKey()).error("must be a word (at most 64 characters), a number or true/false");
            } else {
                result.set(option.getKey(), value);
            }
        });
        return result;
    }
}
