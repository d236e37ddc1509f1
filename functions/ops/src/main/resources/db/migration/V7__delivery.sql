-- Delivery, owned by the orders context: what each method costs and takes in each region, the subtotal from which it is
-- free, and the pickup points. Seeded with the shop's defaults here; the admin console edits the rows.
-- A region without a row for a method is not offered that method. Fees are tiyin; days count from the order's day.
CREATE TABLE delivery_rate (
    method   TEXT     NOT NULL CONSTRAINT delivery_rate_method CHECK (method IN ('courier', 'uzpost', 'pickup')),
    region   TEXT     NOT NULL CONSTRAINT delivery_rate_region CHECK (region ~ '^UZ-[A-Z]{2}$'),
    fee      BIGINT   NOT NULL CONSTRAINT delivery_rate_fee_not_negative CHECK (fee >= 0),
    days_min SMALLINT NOT NULL CONSTRAINT delivery_rate_days_min CHECK (days_min BETWEEN 0 AND 60),
    days_max SMALLINT NOT NULL,
    CONSTRAINT delivery_rate_days_range CHECK (days_max BETWEEN days_min AND 60),
    PRIMARY KEY (method, region)
);

-- one row: at or above free_from (tiyin) of goods, delivery costs nothing
CREATE TABLE delivery_setting (
    single    BOOLEAN PRIMARY KEY DEFAULT true CONSTRAINT delivery_setting_single CHECK (single),
    free_from BIGINT  NOT NULL CONSTRAINT delivery_setting_free_from_positive CHECK (free_from > 0)
);

CREATE TABLE pickup_point (
    id       TEXT    PRIMARY KEY CONSTRAINT pickup_point_id_format CHECK (id ~ '^[a-z0-9-]{2,40}$'),
    region   TEXT    NOT NULL CONSTRAINT pickup_point_region CHECK (region ~ '^UZ-[A-Z]{2}$'),
    name     TEXT    NOT NULL,
    address  TEXT    NOT NULL,
    hours    TEXT    NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    active   BOOLEAN NOT NULL DEFAULT true
);
CREATE INDEX pickup_point_of_region ON pickup_point (region, position) WHERE active;

INSERT INTO delivery_setting (free_from) VALUES (100000000);

INSERT INTO delivery_rate (method, region, fee, days_min, days_max) VALUES
    ('courier', 'UZ-TK', 2000000, 1, 1),
    ('pickup', 'UZ-TK', 0, 1, 2),
    ('courier', 'UZ-TO', 3000000, 2, 3),
    ('uzpost', 'UZ-TO', 1500000, 5, 10),
    ('pickup', 'UZ-TO', 1000000, 2, 4),
    ('courier', 'UZ-AN', 4000000, 2, 4),
    ('uzpost', 'UZ-AN', 1500000, 5, 10),
    ('pickup', 'UZ-AN', 1000000, 2, 4),
    ('courier', 'UZ-BU', 4000000, 2, 4),
    ('uzpost', 'UZ-BU', 1500000, 5, 10),
    ('pickup', 'UZ-BU', 1000000, 2, 4),
    ('courier', 'UZ-FA', 4000000, 2, 4),
    ('uzpost', 'UZ-FA', 1500000, 5, 10),
    ('pickup', 'UZ-FA', 1000000, 2, 4),
    ('courier', 'UZ-JI', 3000000, 2, 3),
    ('uzpost', 'UZ-JI', 1500000, 5, 10),
    ('pickup', 'UZ-JI', 1000000, 2, 4),
    ('courier', 'UZ-XO', 4000000, 2, 4),
    ('uzpost', 'UZ-XO', 1500000, 5, 10),
    ('pickup', 'UZ-XO', 1000000, 2, 4),
    ('courier', 'UZ-NG', 4000000, 2, 4),
    ('uzpost', 'UZ-NG', 1500000, 5, 10),
    ('pickup', 'UZ-NG', 1000000, 2, 4),
    ('courier', 'UZ-NW', 4000000, 2, 4),
    ('uzpost', 'UZ-NW', 1500000, 5, 10),
    ('pickup', 'UZ-NW', 1000000, 2, 4),
    ('courier', 'UZ-QA', 4000000, 2, 4),
    ('uzpost', 'UZ-QA', 1500000, 5, 10),
    ('pickup', 'UZ-QA', 1000000, 2, 4),
    ('courier', 'UZ-SA', 4000000, 2, 4),
    ('uzpost', 'UZ-SA', 1500000, 5, 10),
    ('pickup', 'UZ-SA', 1000000, 2, 4),
    ('courier', 'UZ-SI', 3000000, 2, 3),
    ('uzpost', 'UZ-SI', 1500000, 5, 10),
    ('pickup', 'UZ-SI', 1000000, 2, 4),
    ('courier', 'UZ-SU', 4000000, 2, 4),
    ('uzpost', 'UZ-SU', 1500000, 5, 10),
    ('pickup', 'UZ-SU', 1000000, 2, 4),
    ('courier', 'UZ-QR', 4000000, 2, 4),
    ('uzpost', 'UZ-QR', 1500000, 5, 10),
    ('pickup', 'UZ-QR', 1000000, 2, 4);

INSERT INTO pickup_point (id, region, name, address, hours, position) VALUES
    ('tk-chilonzor', 'UZ-TK', 'UltraMarket Chilonzor', 'Toshkent, Chilonzor tumani, Bunyodkor shoh ko''chasi 5', '09:00–21:00', 0),
    ('tk-yunusobod', 'UZ-TK', 'UltraMarket Yunusobod', 'Toshkent, Yunusobod tumani, Amir Temur shoh ko''chasi 108', '09:00–21:00', 1),
    ('tk-sergeli', 'UZ-TK', 'UltraMarket Sergeli', 'Toshkent, Sergeli tumani, Yangi Sergeli ko''chasi 11', '09:00–21:00', 2),
    ('to-nurafshon', 'UZ-TO', 'UltraMarket Nurafshon', 'Nurafshon, Toshkent yo''li ko''chasi 3', '09:00–19:00', 0),
    ('to-chirchiq', 'UZ-TO', 'UltraMarket Chirchiq', 'Chirchiq, Amir Temur ko''chasi 21', '09:00–19:00', 1),
    ('an-markaz', 'UZ-AN', 'UltraMarket Andijon', 'Andijon, Navoiy shoh ko''chasi 40', '09:00–19:00', 0),
    ('an-asaka', 'UZ-AN', 'UltraMarket Asaka', 'Asaka, Mustaqillik ko''chasi 7', '09:00–19:00', 1),
    ('bu-markaz', 'UZ-BU', 'UltraMarket Buxoro', 'Buxoro, Alpomish ko''chasi 9', '09:00–19:00', 0),
    ('bu-kogon', 'UZ-BU', 'UltraMarket Kogon', 'Kogon, Navoiy ko''chasi 14', '09:00–19:00', 1),
    ('fa-markaz', 'UZ-FA', 'UltraMarket Farg''ona', 'Farg''ona, Mustaqillik ko''chasi 25', '09:00–19:00', 0),
    ('fa-qoqon', 'UZ-FA', 'UltraMarket Qo''qon', 'Qo''qon, Turkiston ko''chasi 6', '09:00–19:00', 1),
    ('ji-markaz', 'UZ-JI', 'UltraMarket Jizzax', 'Jizzax, Sharof Rashidov ko''chasi 30', '09:00–19:00', 0),
    ('xo-urganch', 'UZ-XO', 'UltraMarket Urganch', 'Urganch, Al-Xorazmiy ko''chasi 12', '09:00–19:00', 0),
    ('xo-xiva', 'UZ-XO', 'UltraMarket Xiva', 'Xiva, Islom Xo''ja ko''chasi 4', '09:00–19:00', 1),
    ('ng-markaz', 'UZ-NG', 'UltraMarket Namangan', 'Namangan, Uychi ko''chasi 18', '09:00–19:00', 0),
    ('nw-markaz', 'UZ-NW', 'UltraMarket Navoiy', 'Navoiy, Galaba shoh ko''chasi 8', '09:00–19:00', 0),
    ('nw-zarafshon', 'UZ-NW', 'UltraMarket Zarafshon', 'Zarafshon, Mustaqillik ko''chasi 2', '09:00–19:00', 1),
    ('qa-qarshi', 'UZ-QA', 'UltraMarket Qarshi', 'Qarshi, Islom Karimov ko''chasi 55', '09:00–19:00', 0),
    ('qa-shahrisabz', 'UZ-QA', 'UltraMarket Shahrisabz', 'Shahrisabz, Ipak yo''li ko''chasi 10', '09:00–19:00', 1),
    ('sa-registon', 'UZ-SA', 'UltraMarket Registon', 'Samarqand, Registon ko''chasi 12', '09:00–19:00', 0),
    ('sa-kattaqorgon', 'UZ-SA', 'UltraMarket Kattaqo''rg''on', 'Kattaqo''rg''on, Navoiy ko''chasi 3', '09:00–19:00', 1),
    ('si-guliston', 'UZ-SI', 'UltraMarket Guliston', 'Guliston, Birlashgan ko''chasi 16', '09:00–19:00', 0),
    ('su-termiz', 'UZ-SU', 'UltraMarket Termiz', 'Termiz, At-Termiziy ko''chasi 22', '09:00–19:00', 0),
    ('su-denov', 'UZ-SU', 'UltraMarket Denov', 'Denov, Sharq ko''chasi 5', '09:00–19:00', 1),
    ('qr-nukus', 'UZ-QR', 'UltraMarket Nukus', 'Nukus, Qoraqalpog''iston ko''chasi 45', '09:00–19:00', 0),
    ('qr-xojayli', 'UZ-QR', 'UltraMarket Xo''jayli', 'Xo''jayli, Amir Temur ko''chasi 9', '09:00–19:00', 1);
