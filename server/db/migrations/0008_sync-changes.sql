-- Up Migration
-- The change feed the workstations' replicas pull from. One row per synced
-- document holds its latest change: the transaction that made it, a number
-- from one sequence, and the revision its writer chose.
--
-- A pull hands out only changes of transactions older than every
-- transaction still running (the snapshot's xmin) and orders them by
-- (transaction, sequence). Any transaction that commits later has an id at
-- or above that xmin, so it always lands after the checkpoint a pull
-- returned: a late commit is never skipped, and writers never queue.

CREATE SEQUENCE sync_change_sequence;

CREATE TABLE sync_changes (
  collection text NOT NULL CHECK (collection IN ('exercises',
    'exercise-categories', 'exercise-body-regions', 'exercise-equipment')),
  document_id uuid NOT NULL,
  organization_id uuid,
  revision text NOT NULL,
  change_transaction xid8 NOT NULL,
  change_sequence bigint NOT NULL,
  PRIMARY KEY (collection, document_id)
);
CREATE INDEX sync_changes_feed_idx
  ON sync_changes (collection, change_transaction, change_sequence);
-- Reached only through the definer functions below.
ALTER TABLE sync_changes ENABLE ROW LEVEL SECURITY;

-- Stamps the documents in the transition table `changed` (columns id and
-- organization_id) with this transaction and a fresh server revision. A
-- push that keeps the client's revision adopts it afterwards.
CREATE FUNCTION record_document_changes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = motus, pg_temp AS $$
BEGIN
  INSERT INTO sync_changes AS s (collection, document_id, organization_id,
    revision, change_transaction, change_sequence)
  SELECT TG_ARGV[0], c.id, c.organization_id, gen_random_uuid()::text,
    pg_current_xact_id(), nextval('sync_change_sequence')
  FROM (SELECT DISTINCT id, organization_id FROM changed) c
  ON CONFLICT (collection, document_id) DO UPDATE
  SET revision = EXCLUDED.revision,
    change_transaction = EXCLUDED.change_transaction,
    change_sequence = EXCLUDED.change_sequence;
  RETURN NULL;
END
$$;

-- Instructions and tags rewrite their exercise row (search vector, tag
-- mirror), which stamps it; contraindications do not, so they stamp it.
CREATE FUNCTION record_contraindication_changes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = motus, pg_temp AS $$
BEGIN
  INSERT INTO sync_changes AS s (collection, document_id, organization_id,
    revision, change_transaction, change_sequence)
  SELECT 'exercises', e.id, e.organization_id, gen_random_uuid()::text,
    pg_current_xact_id(), nextval('sync_change_sequence')
  FROM exercises e
  WHERE e.id IN (SELECT exercise_id FROM changed)
  ON CONFLICT (collection, document_id) DO UPDATE
  SET revision = EXCLUDED.revision,
    change_transaction = EXCLUDED.change_transaction,
    change_sequence = EXCLUDED.change_sequence;
  RETURN NULL;
END
$$;

CREATE TRIGGER exercises_sync_insert AFTER INSERT ON exercises
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_document_changes('exercises');
CREATE TRIGGER exercises_sync_update AFTER UPDATE ON exercises
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_document_changes('exercises');
CREATE TRIGGER exercise_contraindications_sync_insert
  AFTER INSERT ON exercise_contraindications
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_contraindication_changes();
CREATE TRIGGER exercise_contraindications_sync_update
  AFTER UPDATE ON exercise_contraindications
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_contraindication_changes();
CREATE TRIGGER exercise_contraindications_sync_delete
  AFTER DELETE ON exercise_contraindications
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_contraindication_changes();
CREATE TRIGGER exercise_categories_sync_insert
  AFTER INSERT ON exercise_categories
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_document_changes('exercise-categories');
CREATE TRIGGER exercise_categories_sync_update
  AFTER UPDATE ON exercise_categories
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_document_changes('exercise-categories');
CREATE TRIGGER exercise_body_regions_sync_insert
  AFTER INSERT ON exercise_body_regions
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_document_changes('exercise-body-regions');
CREATE TRIGGER exercise_body_regions_sync_update
  AFTER UPDATE ON exercise_body_regions
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_document_changes('exercise-body-regions');
CREATE TRIGGER exercise_equipment_sync_insert
  AFTER INSERT ON exercise_equipment
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_document_changes('exercise-equipment');
CREATE TRIGGER exercise_equipment_sync_update
  AFTER UPDATE ON exercise_equipment
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION record_document_changes('exercise-equipment');

-- Live changes: one notification per collection and scope, delivered by
-- PostgreSQL to every listening server instance only after commit.
CREATE FUNCTION announce_sync_changes() RETURNS trigger
LANGUAGE plpgsql SET search_path = motus, pg_temp AS $$
BEGIN
  PERFORM pg_notify('motus_sync', json_build_object(
    'collection', c.collection, 'organization_id', c.organization_id)::text)
  FROM (SELECT DISTINCT collection, organization_id FROM changed) c;
  RETURN NULL;
END
$$;
CREATE TRIGGER sync_changes_announce_insert AFTER INSERT ON sync_changes
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION announce_sync_changes();
CREATE TRIGGER sync_changes_announce_update AFTER UPDATE ON sync_changes
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT
  EXECUTE FUNCTION announce_sync_changes();

-- What a signed-in caller pulls: global documents and their clinic's, the
-- visible ones and those that left their view alike (the server sends
-- the latter as tombstones, carrying nothing but the id). The caller is
-- looked up once per query (the sub-selects), not once per row.
CREATE FUNCTION sync_changes_after(target_collection text,
  after_transaction xid8, after_sequence bigint, page_size integer)
RETURNS TABLE (document_id uuid, revision text, change_transaction xid8,
  change_sequence bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  SELECT s.document_id, s.revision, s.change_transaction, s.change_sequence
  FROM sync_changes s
  WHERE (SELECT current_user_id()) IS NOT NULL
    AND s.collection = target_collection
    AND (s.organization_id IS NULL
      OR s.organization_id = (SELECT current_organization_id()))
    AND (s.change_transaction, s.change_sequence)
      > (after_transaction, after_sequence)
    AND s.change_transaction < pg_snapshot_xmin(pg_current_snapshot())
  ORDER BY s.change_transaction, s.change_sequence
  LIMIT page_size
$$;

-- Committed changes after a checkpoint, including those a pull holds
-- back while an older transaction (in any database of the cluster) is
-- still open: a client that sees more waiting asks again shortly.
CREATE FUNCTION sync_changes_waiting(target_collection text,
  after_transaction xid8, after_sequence bigint) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  SELECT count(*) FROM sync_changes s
  WHERE (SELECT current_user_id()) IS NOT NULL
    AND s.collection = target_collection
    AND (s.organization_id IS NULL
      OR s.organization_id = (SELECT current_organization_id()))
    AND (s.change_transaction, s.change_sequence)
      > (after_transaction, after_sequence)
$$;

-- The revision a push compares with, for a document in the caller's scope
-- (NULL when there is none).
CREATE FUNCTION document_revision(target_collection text, target_id uuid)
RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  SELECT s.revision FROM sync_changes s
  WHERE current_user_id() IS NOT NULL
    AND s.collection = target_collection AND s.document_id = target_id
    AND (s.organization_id IS NULL
      OR s.organization_id = current_organization_id())
$$;

-- After a push wrote a document exactly as sent, it keeps the client's
-- revision, so the client's next push (assuming that revision) is not
-- taken for a conflict with its own earlier write.
CREATE FUNCTION adopt_revision(target_collection text, target_id uuid,
  new_revision text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = motus, pg_temp AS $$
BEGIN
  UPDATE sync_changes s SET revision = new_revision,
    change_transaction = pg_current_xact_id(),
    change_sequence = nextval('sync_change_sequence')
  WHERE s.collection = target_collection AND s.document_id = target_id
    AND CASE WHEN target_collection = 'exercises'
      THEN may_write_library(s.organization_id)
      ELSE may_manage_taxonomy(s.organization_id) END;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'MT403', MESSAGE = 'forbidden';
  END IF;
END
$$;

REVOKE ALL ON FUNCTION record_document_changes,
  record_contraindication_changes, sync_changes_after, sync_changes_waiting,
  document_revision, adopt_revision FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sync_changes_after, sync_changes_waiting,
  document_revision, adopt_revision TO motus_app;
GRANT USAGE ON SEQUENCE sync_change_sequence TO motus_app;

-- Every document that exists already is a change the first pull hands out.
INSERT INTO sync_changes (collection, document_id, organization_id,
  revision, change_transaction, change_sequence)
SELECT collection, id, organization_id, gen_random_uuid()::text,
  pg_current_xact_id(), nextval('sync_change_sequence')
FROM (
  SELECT 'exercises' AS collection, id, organization_id FROM exercises
  UNION ALL
  SELECT 'exercise-categories', id, organization_id FROM exercise_categories
  UNION ALL
  SELECT 'exercise-body-regions', id, organization_id
  FROM exercise_body_regions
  UNION ALL
  SELECT 'exercise-equipment', id, organization_id FROM exercise_equipment
) documents;

-- Down Migration
DROP TRIGGER sync_changes_announce_update ON sync_changes;
DROP TRIGGER sync_changes_announce_insert ON sync_changes;
DROP TRIGGER exercise_equipment_sync_update ON exercise_equipment;
DROP TRIGGER exercise_equipment_sync_insert ON exercise_equipment;
DROP TRIGGER exercise_body_regions_sync_update ON exercise_body_regions;
DROP TRIGGER exercise_body_regions_sync_insert ON exercise_body_regions;
DROP TRIGGER exercise_categories_sync_update ON exercise_categories;
DROP TRIGGER exercise_categories_sync_insert ON exercise_categories;
DROP TRIGGER exercise_contraindications_sync_delete
  ON exercise_contraindications;
DROP TRIGGER exercise_contraindications_sync_update
  ON exercise_contraindications;
DROP TRIGGER exercise_contraindications_sync_insert
  ON exercise_contraindications;
DROP TRIGGER exercises_sync_update ON exercises;
DROP TRIGGER exercises_sync_insert ON exercises;
DROP FUNCTION adopt_revision, document_revision, sync_changes_waiting,
  sync_changes_after,
  announce_sync_changes, record_contraindication_changes,
  record_document_changes;
DROP TABLE sync_changes;
DROP SEQUENCE sync_change_sequence;
