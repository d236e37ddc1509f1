-- The admin console edits the catalog: products and categories carry a version so two editors cannot overwrite each
-- other unseen (every save is UPDATE … WHERE id = ? AND version = ?, and a save that changes no row was stale), and
-- every change of stock on hand by staff is kept with its reason, its author and what it left on hand.
ALTER TABLE product
    ADD COLUMN version    BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE category ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- actor: the staff member's user id (accounts live in DynamoDB, so no foreign key)
CREATE TABLE stock_adjustment (
    id            BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku_id        BIGINT      NOT NULL REFERENCES sku (id) ON DELETE CASCADE,
    change        INTEGER     NOT NULL CONSTRAINT stock_adjustment_change_not_zero CHECK (change <> 0),
    reason        TEXT        NOT NULL
                              CONSTRAINT stock_adjustment_reason CHECK (reason IN ('received', 'damaged', 'correction', 'returned')),
    note          TEXT,
    actor         TEXT        NOT NULL CHECK (actor <> ''),
    at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    on_hand_after INTEGER     NOT NULL CONSTRAINT stock_adjustment_on_hand_not_negative CHECK (on_hand_after >= 0)
);
-- a SKU's history, newest first
CREATE INDEX stock_adjustment_of_sku ON stock_adjustment (sku_id, at DESC, id DESC);
