-- Stock held for an order that is not paid yet: one row per (reservation, SKU), written in the same transaction that
-- raises sku.stock_reserved, so a reservation is released exactly once (the rows are deleted as the counter drops).
-- reservation_id is the holder's own key (the order number): reserving again under it changes nothing.
CREATE TABLE stock_reservation (
    reservation_id TEXT        NOT NULL CONSTRAINT stock_reservation_id_format CHECK (reservation_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    sku_id         BIGINT      NOT NULL REFERENCES sku (id) ON DELETE CASCADE,
    quantity       INTEGER     NOT NULL CONSTRAINT stock_reservation_quantity_positive CHECK (quantity > 0),
    reserved_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (reservation_id, sku_id)
);
-- the sweep of reservations whose order never came ("a reservation without an order is released after a short TTL")
CREATE INDEX stock_reservation_by_age ON stock_reservation (reserved_at);
