-- The catalog's search (typos, Latin/Cyrillic, accents) stands on these; Aurora PostgreSQL offers both.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
