-- A reservation's rows now outlive the hold: 'taken' once the order is paid or confirmed (the units left on hand),
-- 'returned' once a taken order is cancelled or refunded before it ships (the units back on hand); each step happens
-- once because it moves the rows from one state to the next. Released (never taken) rows are still deleted.
ALTER TABLE stock_reservation
    ADD COLUMN state TEXT NOT NULL DEFAULT 'held'
        CONSTRAINT stock_reservation_state CHECK (state IN ('held', 'taken', 'returned')),
    -- when the rows were last taken or returned (NULL while held): when stock really left or came back
    ADD COLUMN changed_at TIMESTAMPTZ;
-- the leak sweep looks only at held rows; taken and returned rows stay for good and must not grow its index
DROP INDEX stock_reservation_by_age;
CREATE INDEX stock_reservation_held_by_age ON stock_reservation (reserved_at) WHERE state = 'held';
