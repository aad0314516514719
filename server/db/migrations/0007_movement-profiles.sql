-- Up Migration
-- How a webcam counts an exercise's reps: the joint angle that defines a
-- rep and its range (shared/library/movement-profile.ts). Validated by the
-- API's schema; the check keeps the column an object at least.
ALTER TABLE exercises ADD COLUMN movement_profile jsonb
  CHECK (movement_profile IS NULL
    OR jsonb_typeof(movement_profile) = 'object');

-- Down Migration
ALTER TABLE exercises DROP COLUMN movement_profile;
