-- Facet counts of the scopes shoppers open most — a whole category with everything below it, or the whole catalog —
-- counted ahead: counting them live reads every product of the scope (100,000 at the scale benchmark, seconds).
-- Narrower scopes (a brand, a price range, an attribute, a search) are counted live over what they match.
-- Whoever changes products, SKUs or categories calls refresh_catalog_facets() (the bulk loader does after a load).
-- scope_id: a category's id, or 0 for the whole catalog. Each count exists for all listed products and in-stock only.

CREATE TABLE catalog_scope (
    scope_id           BIGINT PRIMARY KEY,
    products           BIGINT NOT NULL,
    in_stock_products  BIGINT NOT NULL,
    price_min          BIGINT,
    price_max          BIGINT,
    in_stock_price_min BIGINT,
    in_stock_price_max BIGINT
);

-- facet 'brand': key is the brand's id; facet 'attribute': key is the attribute key, value its JSON text (#>> '{}')
CREATE TABLE catalog_facet (
    scope_id          BIGINT NOT NULL,
    facet             TEXT   NOT NULL CONSTRAINT catalog_facet_kind CHECK (facet IN ('brand', 'attribute')),
    key               TEXT   NOT NULL,
    value             TEXT   NOT NULL DEFAULT '',
    value_type        TEXT   NOT NULL DEFAULT '',
    products          BIGINT NOT NULL,
    in_stock_products BIGINT NOT NULL,
    PRIMARY KEY (scope_id, facet, key, value)
);

-- plpgsql, not sql: a sql function is parsed whole before it runs, so it could not read the table it creates
CREATE FUNCTION refresh_catalog_facets() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM catalog_facet;
    DELETE FROM catalog_scope;

    DROP TABLE IF EXISTS listed_in_scope;
    CREATE TEMPORARY TABLE listed_in_scope ON COMMIT DROP AS
        WITH RECURSIVE below (scope_id, category_id) AS (
            SELECT id, id FROM category
            UNION ALL
            SELECT b.scope_id, c.id FROM category c JOIN below b ON c.parent_id = b.category_id)
        SELECT s.scope_id, p.id, p.brand_id, p.price_min, p.in_stock
          FROM (SELECT scope_id, category_id FROM below UNION ALL SELECT 0, id FROM category) s
          JOIN product p ON p.category_id = s.category_id
         WHERE p.status = 'active' AND p.price_min IS NOT NULL;

    INSERT INTO catalog_scope
    SELECT scope_id, count(*), count(*) FILTER (WHERE in_stock), min(price_min), max(price_min),
           min(price_min) FILTER (WHERE in_stock), max(price_min) FILTER (WHERE in_stock)
      FROM listed_in_scope GROUP BY scope_id;

    INSERT INTO catalog_facet (scope_id, facet, key, products, in_stock_products)
    SELECT scope_id, 'brand', brand_id::text, count(*), count(*) FILTER (WHERE in_stock)
      FROM listed_in_scope WHERE brand_id IS NOT NULL GROUP BY scope_id, brand_id;

    -- a product's own attributes and the option values its SKUs offer, each value counted once per product
    INSERT INTO catalog_facet
    SELECT s.scope_id, 'attribute', f.key, f.value, f.type, count(*), count(*) FILTER (WHERE s.in_stock)
      FROM listed_in_scope s
      JOIN (SELECT DISTINCT id, key, value #>> '{}' AS value, jsonb_typeof(value) AS type
              FROM (SELECT p.id, a.key, a.value FROM product p, jsonb_each(p.attributes) AS a
                     WHERE p.status = 'active' AND p.price_min IS NOT NULL
                    UNION ALL
                    SELECT p.id, o.key, v.value FROM product p, jsonb_each(p.offered_options) AS o,
                           jsonb_array_elements(CASE WHEN jsonb_typeof(o.value) = 'array' THEN o.value ELSE '[]' END) AS v
                     WHERE p.status = 'active' AND p.price_min IS NOT NULL) facts
             WHERE jsonb_typeof(value) IN ('string', 'number', 'boolean')) f ON f.id = s.id
     GROUP BY s.scope_id, f.key, f.value, f.type;

    DROP TABLE listed_in_scope;
END
$$;

-- A search scores every product of the categories its words name ("telefon" → all smartphones) by category, brand,
-- price and popularity alone; with those columns in the index that pass never reads the (wide) product rows.
DROP INDEX product_in_category_by_popularity;
CREATE INDEX product_in_category_by_popularity ON product (category_id, popularity DESC, id DESC)
    INCLUDE (price_min, in_stock, brand_id, created_at) WHERE status = 'active';

SELECT refresh_catalog_facets();
