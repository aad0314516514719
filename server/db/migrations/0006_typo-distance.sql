-- Up Migration
-- Edit distance for typos that trigrams miss in short words: "brid" shares
-- one trigram with "bird" but is two edits away.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA motus;

-- Down Migration
DROP EXTENSION IF EXISTS fuzzystrmatch;
