package uz.ultramarket.catalog.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import uz.ultramarket.catalog.product.CardColumns;
import uz.ultramarket.catalog.product.FilterClause;
import uz.ultramarket.catalog.product.KeysetOrder;
import uz.ultramarket.catalog.product.Language;
import uz.ultramarket.catalog.product.Limits;
import uz.ultramarket.catalog.product.PageCursor;
import uz.ultramarket.catalog.product.ProductFilters;
import uz.ultramarket.catalog.product.ProductPage;
import uz.ultramarket.catalog.product.ProductScope;
import uz.ultramarket.catalog.product.ProductSort;
import uz.ultramarket.catalog.product.QueryPlan;
import uz.ultramarket.core.db.Transactions;

/**
 * Product search and type-ahead over the normalised search columns ({@link SearchDocument}), plain JDBC with every
 * value bound. A product is a candidate when a query word starts a word of it (full-text prefix), names its category
 * or a category above it ("telefon", "холодильник"), or is within a typo or two of a word of its name (trigram word
 * similarity). Each word then scores its best match — exact word of the name 3, prefix of a name word 2, its
 * category up to 2, a description word 0.5, a near-miss of a name word up to 1.5 — and the sum, plus a small nudge
 * for popularity, ranks the results: name above description, exact and prefix above fuzzy.
 */
public final class CatalogSearch {

    /** Word similarity that still counts as "meant this word": "samsnug"/samsung is 0.5, "telfon"/telefonlar 0.43. */
    static final double TYPO_THRESHOLD = 0.4;
    /** Trigram similarity of a typo to the word meant: "samsnug"/samsung is 0.33, "artell"/artel 0.63. */
    static final double CORRECTION_THRESHOLD = 0.3;
    /** Shorter words are too short to guess a typo from: "a5" is near every "a5x" model. */
    private static final int TYPO_MIN_LENGTH = 4;
    private static final int MAX_CATEGORY_SUGGESTIONS = 3;
    private static final int MAX_BRAND_SUGGESTIONS = 2;
    /** How many of the most popular products type-ahead looks among before it gathers a prefix's matches (see suggest). */
    private static final int SUGGEST_POPULAR_FIRST = 1_000;

    // SET LOCAL lasts for the transaction only: a pooled (or RDS Proxy) connection keeps no session state
    private static final String TYPO_TOLERANCE = "SET LOCAL pg_trgm.word_similarity_threshold = " + TYPO_THRESHOLD;

    /** The categories each query word names, with everything below them: "telefon" → smartphones, "техника" → … */
    private static final String CATEGORY_INTENT = """
            WITH RECURSIVE words AS (
                SELECT w, to_tsquery('simple', w || ':*') AS prefix FROM unnest(?::text[]) AS w),
            named_category AS (
                SELECT words.w, c.id,
                       max(CASE WHEN to_tsvector('simple', c.search_name) @@ words.prefix THEN 1.0
                                ELSE word_similarity(words.w, c.search_name) END) AS strength
                  FROM words JOIN category c
                    ON length(words.w) >= 2 AND to_tsvector('simple', c.search_name) @@ words.prefix
                    OR length(words.w) >= %d AND words.w <%% c.search_name
                 GROUP BY words.w, c.id),
            category_tree AS (
                SELECT w, id, strength FROM named_category
                UNION ALL
                SELECT t.w, c.id, t.strength FROM category c JOIN category_tree t ON c.parent_id = t.id)
            SELECT w, id, max(strength) AS strength FROM category_tree GROUP BY w, id
            """.formatted(TYPO_MIN_LENGTH);

    /**
     * What one query word the catalog knows scores for a product: its best match. Matches read the short normalised
     * texts ("% w %" a whole word of the name, "% w%" the start of one; the same words as the 'simple' parser makes of
     * them, which the search vector is built from), never the long search vector.
     */
    private static final String WORD_SCORE = """
            CASE WHEN (' ' || p.search_name || ' ') LIKE ? THEN 3.0
                 WHEN (' ' || p.search_name) LIKE ? THEN 2.0
                 WHEN array_position(?::bigint[], p.category_id) IS NOT NULL
                     THEN 2.0 * (?::float8[])[array_position(?::bigint[], p.category_id)]
                 WHEN (' ' || p.search_description) LIKE ? THEN 0.5
                 ELSE 0 END""";
    /** A mistyped word (no product has it, no category is named by it) scores its nearness to a word of the name. */
    private static final String TYPO_SCORE = """
            (SELECT CASE WHEN near >= %s THEN 1.5 * near ELSE 0 END
               FROM (SELECT word_similarity(?, p.search_name) AS near) AS typo)""".formatted(TYPO_THRESHOLD);

    // A product of a named category that no word matches as text scores its category's strength alone, so that pass
    // needs category, brand, price and popularity only: the covering index product_in_category_by_popularity
    private static final String CATEGORY_RANK = "round(1000000 * (2.0 * named.strength + 0.1 * ln(1 + p.popularity)))::bigint";

    // The intent arrives as bound arrays, not a subquery: the planner then knows how few categories it names.
    // Materialised: each candidate is scored once, not once for "rank > 0" and again for the sort.
    private static final String SCORED_CANDIDATES = """
            WITH intent AS (
                SELECT * FROM unnest(?::text[], ?::bigint[], ?::float8[]) AS i (w, id, strength)),
            text_match AS MATERIALIZED (
                SELECT p.id, p.brand_id, p.price_min, p.popularity, p.created_at, %1$s AS rank
                  FROM product p
                 WHERE %2$s AND (p.search_vector @@ to_tsquery('simple', ?)%3$s)),
            scored AS MATERIALIZED (
                SELECT * FROM text_match
                UNION ALL
                SELECT p.id, p.brand_id, p.price_min, p.popularity, p.created_at, %4$s AS rank
                  FROM (SELECT id, sum(strength) AS strength FROM intent GROUP BY id) named
                  JOIN product p ON p.category_id = named.id
                 WHERE %2$s AND NOT EXISTS (SELECT 1 FROM text_match t WHERE t.id = p.id))
            """;

    /**
     * Of the words given, those no listed product has as a word or a word's start (only these are read as typos), each
     * with the catalog word nearest to it by trigrams (V4's search_word, most used first on a tie), if any is near.
     */
    private static final String UNKNOWN_WORDS = """
            SELECT w, (SELECT s.word FROM search_word s
                        WHERE s.word %% w AND similarity(s.word, w) >= %s
                        ORDER BY similarity(s.word, w) DESC, s.products DESC, s.word LIMIT 1) AS meant
              FROM unnest(?::text[]) AS w
             WHERE NOT EXISTS (SELECT 1 FROM product p
                                WHERE p.status = 'active' AND p.search_vector @@ to_tsquery('simple', w || ':*'))"""
            .formatted(CORRECTION_THRESHOLD);

    private final DataSource dataSource;

    public CatalogSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Products matching {@code query}, best first unless another {@code sort} is asked for; a query without words
     * ("%", "—") finds nothing.
     *
     * @throws uz.ultramarket.catalog.product.UnknownCategoryException for a category filter naming no category
     * @throws PageCursor.InvalidCursorException for a cursor not made by this shop for this sort
     * @throws IllegalArgumentException for a limit outside 1..100
     */
    public ProductPage search(SearchQuery query, Language language, ProductFilters filters, ProductSort sort,
                              Optional<String> cursor, int limit) {
        int pageSize = Limits.pageSize(limit);
        if (query.isEmpty()) {
            cursor.ifPresent(c -> PageCursor.decode(c, sort));
            return new ProductPage(List.of(), Optional.empty());
        }
        return inTransaction(connection -> {
            try (var statement = prepare(connection, "", query, language, filters, sort, cursor, pageSize)) {
                return CardColumns.readPage(statement, sort, pageSize);
            }
        });
    }

    /** PostgreSQL's plan for {@link #search} with these arguments, run for real ({@code EXPLAIN ANALYZE}). */
    public String explain(SearchQuery query, Language language, ProductFilters filters, ProductSort sort,
                          Optional<String> cursor, int limit) {
        if (query.isEmpty()) throw new IllegalArgumentException("a query without words runs no SQL");
        int pageSize = Limits.pageSize(limit);
        return inTransaction(connection -> {
            try (var statement = prepare(connection, QueryPlan.EXPLAIN, query, language, filters, sort, cursor, pageSize)) {
                return QueryPlan.read(statement);
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String prefix, SearchQuery query, Language language,
                                             ProductFilters filters, ProductSort sort, Optional<String> cursor,
                                             int pageSize) throws SQLException {
        Optional<PageCursor> after = cursor.map(c -> PageCursor.decode(c, sort));
        var candidates = Candidates.of(query, filters, connection);
        var keyset = KeysetOrder.of(sort);
        // the page is chosen from the scored candidates alone; only its rows are then read from product
        String sql = prefix + candidates.sql()
                + ", page AS (SELECT p.id, " + keyset.key() + " AS sort_key, row_number() OVER (ORDER BY "
                + keyset.orderBy() + ") AS position FROM scored p WHERE p.rank > 0"
                + (after.isPresent() ? " AND " + keyset.after() : "") + " ORDER BY " + keyset.orderBy() + " LIMIT ?)"
                + " SELECT " + CardColumns.select(language) + ", page.sort_key"
                + " FROM page JOIN " + CardColumns.FROM + " ON p.id = page.id ORDER BY page.position";
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = candidates.bind(statement, connection);
        if (after.isPresent()) {
            statement.setLong(index++, after.get().key());
            statement.setLong(index++, after.get().id());
        }
        statement.setInt(index, pageSize + 1);
        return statement;
    }

    /**
     * Every product {@link #search} would list for {@code query} and {@code filters}, as a scope to count facets over.
     * A query without words matches nothing.
     */
    public ProductScope matching(SearchQuery query, ProductFilters filters) {
        if (query.isEmpty()) {
            return connection -> new ProductScope.Query("SELECT NULL::bigint AS id, NULL::bigint AS brand_id,"
                    + " NULL::bigint AS price_min WHERE false", statement -> 1);
        }
        return connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(TYPO_TOLERANCE);
            }
            var candidates = Candidates.of(query, filters, connection);
            return new ProductScope.Query(candidates.sql() + "SELECT id, brand_id, price_min FROM scored WHERE rank > 0",
                    statement -> candidates.bind(statement, connection));
        };
    }

    /** The {@code scored} CTE for a query and filters, and how to bind its parameters (from index 1). */
    private record Candidates(String sql, FilterClause where, CategoryIntent intent, Rank rank, List<String> typoWords,
                              String anyWordPrefix, boolean exactForCategories) {

        static Candidates of(SearchQuery query, ProductFilters filters, Connection connection) throws SQLException {
            var where = FilterClause.of(filters, connection);
            List<String> words = query.words();
            var named = CategoryIntent.of(words, connection);
            // a word that starts no word of the catalog and names no category is one a shopper mistyped: read as the
            // catalog's nearest word ("samsnug" → samsung) when there is one, else found by trigram nearness itself
            Map<String, Optional<String>> unknown = unknownWords(words.stream()
                    .filter(w -> w.length() >= TYPO_MIN_LENGTH && !named.words().contains(w)).distinct().toList(), connection);
            Map<String, String> meant = new java.util.HashMap<>();
            unknown.forEach((word, nearest) -> nearest.ifPresent(n -> meant.put(word, n)));
            var intent = named;
            if (!meant.isEmpty()) {
                words = words.stream().map(w -> meant.getOrDefault(w, w)).toList();
                intent = CategoryIntent.of(words, connection);
            }
            List<String> typoWords = unknown.keySet().stream().filter(w -> !meant.containsKey(w)).toList();
            var rank = new Rank(words, typoWords, intent);
            String typoMatch = typoWords.stream().map(w -> " OR p.search_name %> ?").collect(Collectors.joining());
            // a one-letter word beside longer ones finds nothing by itself but still scores: then every product of a
            // named category is scored in full
            boolean exactForCategories = !anyWordPrefixWords(words).containsAll(words);
            return new Candidates(SCORED_CANDIDATES.formatted(rank.sql(), where.sql(), typoMatch,
                    exactForCategories ? rank.sql() : CATEGORY_RANK), where, intent, rank, typoWords,
                    CatalogSearch.anyWordPrefix(words), exactForCategories);
        }

        /** Binds from index 1 and answers the next free index. */
        int bind(PreparedStatement statement, Connection connection) throws SQLException {
            int index = 1;
            statement.setArray(index++, connection.createArrayOf("text", intent.words().toArray()));
            statement.setArray(index++, connection.createArrayOf("bigint", intent.categories().toArray()));
            statement.setArray(index++, connection.createArrayOf("float8", intent.strengths().toArray()));
            index = rank.bind(statement, index, connection);
            index = where.bind(statement, index);
            statement.setString(index++, anyWordPrefix);
            for (String word : typoWords) statement.setString(index++, word);
            if (exactForCategories) index = rank.bind(statement, index, connection);
            return where.bind(statement, index);
        }

        /** The unknown words among {@code words}, in their order, each with the catalog's word nearest to it if any. */
        private static Map<String, Optional<String>> unknownWords(List<String> words, Connection connection) throws SQLException {
            if (words.isEmpty()) return Map.of();
            try (var statement = connection.prepareStatement(UNKNOWN_WORDS)) {
                statement.setArray(1, connection.createArrayOf("text", words.toArray()));
                var unknown = new java.util.LinkedHashMap<String, Optional<String>>();
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) unknown.put(rows.getString(1), Optional.ofNullable(rows.getString(2)));
                }
                return unknown;
            }
        }
    }

    /**
     * A candidate's rank: the sum of each word's {@link #WORD_SCORE} (or {@link #TYPO_SCORE}) plus a nudge for
     * popularity, in millionths so that it sorts and pages as a whole number.
     */
    private record Rank(List<String> words, List<String> typoWords, CategoryIntent intent) {

        String sql() {
            return "round(1000000 * (" + words.stream().map(w -> typoWords.contains(w) ? TYPO_SCORE : WORD_SCORE)
                    .collect(Collectors.joining(" + ")) + " + 0.1 * ln(1 + p.popularity)))::bigint";
        }

        int bind(PreparedStatement statement, int index, Connection connection) throws SQLException {
            for (String word : words) {
                if (typoWords.contains(word)) {
                    statement.setString(index++, word);
                    continue;
                }
                // words are letters and digits only (SearchText), so they hold no LIKE syntax
                statement.setString(index++, "% " + word + " %");
                statement.setString(index++, "% " + word + "%");
                var categories = new ArrayList<Long>();
                var strengths = new ArrayList<Double>();
                for (int i = 0; i < intent.words().size(); i++) {
                    if (intent.words().get(i).equals(word)) {
                        categories.add(intent.categories().get(i));
                        strengths.add(intent.strengths().get(i));
                    }
                }
                var categoryArray = connection.createArrayOf("bigint", categories.toArray());
                statement.setArray(index++, categoryArray);
                statement.setArray(index++, connection.createArrayOf("float8", strengths.toArray()));
                statement.setArray(index++, categoryArray);
                statement.setString(index++, "% " + word + "%");
            }
            return index;
        }
    }

    /** Which categories (and their descendants) each query word names, and how surely: 1 for a prefix, less for a typo. */
    private record CategoryIntent(List<String> words, List<Long> categories, List<Double> strengths) {

        static CategoryIntent of(List<String> words, Connection connection) throws SQLException {
            var intent = new CategoryIntent(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            try (var statement = connection.prepareStatement(CATEGORY_INTENT)) {
                statement.setArray(1, connection.createArrayOf("text", words.toArray()));
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        intent.words().add(rows.getString(1));
                        intent.categories().add(rows.getLong(2));
                        intent.strengths().add(rows.getDouble(3));
                    }
                }
            }
            return intent;
        }
    }

    /**
     * Type-ahead for what a shopper has typed so far: up to {@code limit} products whose name has every word as a
     * word prefix, most popular first, after up to three categories and two brands that match the same way. When
     * no product does (a typo), products whose names are nearest the text instead.
     */
    public List<Suggestion> suggest(SearchQuery query, Language language, int limit) {
        int size = Limits.pageSize(limit);
        if (query.isEmpty()) return List.of();
        String allPrefixes = query.words().stream().map(w -> w + ":*").collect(Collectors.joining(" & "));
        String name = "name_" + language.code();
        return inTransaction(connection -> {
            var suggestions = new ArrayList<Suggestion>();
            suggestions.addAll(suggestions(connection, Suggestion.Kind.CATEGORY, """
                    SELECT slug, %s AS text FROM category
                     WHERE to_tsvector('simple', search_name) @@ to_tsquery('simple', ?)
                     ORDER BY parent_id NULLS FIRST, position, id LIMIT ?""".formatted(name),
                    allPrefixes, MAX_CATEGORY_SUGGESTIONS));
            suggestions.addAll(suggestions(connection, Suggestion.Kind.BRAND, """
                    SELECT slug, name AS text FROM brand
                     WHERE to_tsvector('simple', search_name) @@ to_tsquery('simple', ?)
                     ORDER BY name, id LIMIT ?""", allPrefixes, MAX_BRAND_SUGGESTIONS));
            // the most popular products that have every word's start in their name: first looked for among the
            // most popular products (where a common prefix like "sam" is found at once), and only when that does not
            // fill the list gathered from the full-text index and ranked (a prefix of rarely bought ones, "lego")
            String namesHaveEveryWord = query.words().stream().map(w -> "(' ' || p.search_name) LIKE ?")
                    .collect(Collectors.joining(" AND "));
            Object[] wordStarts = query.words().stream().map(w -> "% " + w + "%").toArray();
            var products = suggestions(connection, Suggestion.Kind.PRODUCT, """
                    SELECT slug, text FROM (
                        SELECT p.id, p.slug, p.%s AS text, p.popularity, p.search_name FROM product p
                         WHERE p.status = 'active' AND p.price_min IS NOT NULL
                         ORDER BY p.popularity DESC, p.id DESC LIMIT %d) p
                     WHERE %s
                     ORDER BY p.popularity DESC, p.id DESC LIMIT ?""".formatted(name, SUGGEST_POPULAR_FIRST, namesHaveEveryWord),
                    Stream.concat(Arrays.stream(wordStarts), Stream.of(size)).toArray());
            if (products.size() < size) {
                products = suggestions(connection, Suggestion.Kind.PRODUCT, """
                        WITH p AS MATERIALIZED (
                            SELECT p.id, p.slug, p.%s AS text, p.popularity, p.search_name FROM product p
                             WHERE p.status = 'active' AND p.price_min IS NOT NULL
                               AND p.search_vector @@ to_tsquery('simple', ?))
                        SELECT slug, text FROM p
                         WHERE %s
                         ORDER BY p.popularity DESC, p.id DESC LIMIT ?""".formatted(name, namesHaveEveryWord),
                        Stream.concat(Stream.of(allPrefixes), Stream.concat(Arrays.stream(wordStarts), Stream.of(size))).toArray());
            }
            if (products.isEmpty()) {
                products = suggestions(connection, Suggestion.Kind.PRODUCT, """
                        SELECT slug, %s AS text FROM product p
                         WHERE p.status = 'active' AND p.price_min IS NOT NULL AND p.search_name %%> ?
                         ORDER BY word_similarity(?, p.search_name) DESC, p.popularity DESC, p.id DESC
                         LIMIT ?""".formatted(name), query.normalized(), query.normalized(), size);
            }
            suggestions.addAll(products);
            return suggestions;
        });
    }

    private static List<Suggestion> suggestions(Connection connection, Suggestion.Kind kind, String sql,
                                                Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
            var found = new ArrayList<Suggestion>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) found.add(new Suggestion(kind, rows.getString("slug"), rows.getString("text")));
            }
            return found;
        }
    }

    /** "samsung:* | a55:*": any word as a word prefix; one-letter words only when there is nothing longer. */
    private static String anyWordPrefix(List<String> words) {
        return anyWordPrefixWords(words).stream().map(w -> w + ":*").collect(Collectors.joining(" | "));
    }

    private static List<String> anyWordPrefixWords(List<String> words) {
        List<String> useful = words.stream().filter(w -> w.length() > 1).toList();
        return useful.isEmpty() ? words : useful;
    }

    private <T> T inTransaction(Transactions.Work<T> work) {
        return Transactions.run(dataSource, "Searching the catalog", connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(TYPO_TOLERANCE);
            }
            return work.run(connection);
        });
    }

}
