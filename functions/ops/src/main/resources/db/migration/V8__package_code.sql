-- The package code (код упаковки, from the tax committee's classifier beside the IKPU) a fiscal receipt carries for
-- each item, e.g. Payme's detail.items[].package_code. Empty until staff set it: the classifier gives it per IKPU.
ALTER TABLE sku ADD COLUMN package_code TEXT CONSTRAINT sku_package_code_digits CHECK (package_code ~ '^[0-9]{1,20}$');
