-- The words of the catalog's names (normalised, as in product.search_name and category.search_name) and how many
-- listed products use each: a shopper's word that starts none of them is a typo, and the nearest of these words by
-- trigrams ("samsnug" → samsung) is what they meant. A few thousand rows, so the lookup reads a small index instead of
-- comparing the typo with every product name. Kept by refresh_catalog_facets(), with the facet counts.
CREATE TABLE search_word (
    word     TEXT PRIMARY KEY,
    products BIGINT NOT NULL
);
CREATE INDEX search_word_trgm ON search_word USING gin (word gin_trgm_ops);

CREATE FUNCTION refresh_search_words() RETURNS void LANGUAGE sql AS $$
    DELETE FROM search_word;
    INSERT INTO search_word (word, products)
    SELECT word, sum(products)
      FROM (SELECT w AS word, count(DISTINCT p.id) AS products
              FROM product p, unnest(string_to_array(p.search_name, ' ')) AS w
             WHERE p.status = 'active' AND p.price_min IS NOT NULL AND w <> ''
             GROUP BY w
            UNION ALL
            SELECT w, 0 FROM category c, unnest(string_to_array(c.search_name, ' ')) AS w WHERE w <> '') words
     GROUP BY word;
$$;

-- the facet counts and the search words change with the same writes, so one call keeps both
ALTER FUNCTION refresh_catalog_facets() RENAME TO refresh_catalog_facet_counts;
CREATE FUNCTION refresh_catalog_facets() RETURNS void LANGUAGE sql AS $$
    SELECT refresh_catalog_facet_counts();
    SELECT refresh_search_words();
$$;

SELECT refresh_search_words();
