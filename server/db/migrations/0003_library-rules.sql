-- Up Migration
-- Rules that a policy cannot express because they compare a row with its
-- previous version. Errors carry SQLSTATE MT4xx and a stable code as the
-- message; the server maps them onto its own error codes.

CREATE FUNCTION guard_exercise_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = motus, pg_temp AS $$
DECLARE
  staff_role text := current_staff_role();
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.organization_id IS DISTINCT FROM OLD.organization_id THEN
      RAISE EXCEPTION USING ERRCODE = 'MT403',
        MESSAGE = 'organization-change-forbidden';
    END IF;
    IF NEW.cloned_from_id IS DISTINCT FROM OLD.cloned_from_id
      OR NEW.created_by IS DISTINCT FROM OLD.created_by
      OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
      RAISE EXCEPTION USING ERRCODE = 'MT422', MESSAGE = 'immutable-field';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
      (OLD.status, NEW.status) IN (
        ('draft', 'published'), ('published', 'archived'),
        ('archived', 'draft'))
    ) THEN
      RAISE EXCEPTION USING ERRCODE = 'MT422',
        MESSAGE = 'invalid-status-transition';
    END IF;
    IF OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN
      RAISE EXCEPTION USING ERRCODE = 'MT422', MESSAGE = 'exercise-deleted';
    END IF;
  END IF;

  -- Specialists write their clinic's drafts; publishing, archiving and
  -- deleting are the clinic admin's decisions.
  IF NEW.organization_id IS NOT NULL AND staff_role = 'specialist' THEN
    IF TG_OP = 'INSERT' AND NEW.status <> 'draft' THEN
      RAISE EXCEPTION USING ERRCODE = 'MT403',
        MESSAGE = 'status-change-forbidden';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status THEN
      RAISE EXCEPTION USING ERRCODE = 'MT403',
        MESSAGE = 'status-change-forbidden';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN
      RAISE EXCEPTION USING ERRCODE = 'MT403', MESSAGE = 'delete-forbidden';
    END IF;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER exercises_guard BEFORE INSERT OR UPDATE ON exercises
  FOR EACH ROW EXECUTE FUNCTION guard_exercise_change();

-- A tag must name a term that exists in the exercise's own scope or the
-- global one: a clinic exercise may use global and clinic terms, a global
-- exercise global terms only.
CREATE FUNCTION check_exercise_tag() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = motus, pg_temp AS $$
DECLARE
  exercise_org uuid;
  term_org uuid;
  term_found boolean;
BEGIN
  SELECT organization_id INTO exercise_org FROM exercises
  WHERE id = NEW.exercise_id;

  IF NEW.tag_type = 'category' THEN
    SELECT true, organization_id INTO term_found, term_org
    FROM exercise_categories WHERE id = NEW.tag_id;
  ELSIF NEW.tag_type = 'body_region' THEN
    SELECT true, organization_id INTO term_found, term_org
    FROM exercise_body_regions WHERE id = NEW.tag_id;
  ELSE
    SELECT true, organization_id INTO term_found, term_org
    FROM exercise_equipment WHERE id = NEW.tag_id;
  END IF;

  IF term_found IS NULL
    OR (term_org IS NOT NULL AND term_org IS DISTINCT FROM exercise_org) THEN
    RAISE EXCEPTION USING ERRCODE = 'MT404', MESSAGE = 'tag-not-found',
      DETAIL = NEW.tag_type || ':' || NEW.tag_id;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER exercise_tags_check BEFORE INSERT OR UPDATE ON exercise_tags
  FOR EACH ROW EXECUTE FUNCTION check_exercise_tag();

-- exercises.tag_ids follows the junction. Term ids are uuids, unique
-- across the three taxonomies, so one array holds them all.
CREATE FUNCTION mirror_exercise_tags() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = motus, pg_temp AS $$
BEGIN
  UPDATE exercises e SET tag_ids = coalesce((
    SELECT array_agg(t.tag_id ORDER BY t.tag_id) FROM exercise_tags t
    WHERE t.exercise_id = e.id), '{}')
  WHERE e.id IN (SELECT exercise_id FROM changed_tags);
  RETURN NULL;
END
$$;

CREATE TRIGGER exercise_tags_mirror_insert
  AFTER INSERT ON exercise_tags REFERENCING NEW TABLE AS changed_tags
  FOR EACH STATEMENT EXECUTE FUNCTION mirror_exercise_tags();
CREATE TRIGGER exercise_tags_mirror_delete
  AFTER DELETE ON exercise_tags REFERENCING OLD TABLE AS changed_tags
  FOR EACH STATEMENT EXECUTE FUNCTION mirror_exercise_tags();

-- A category's parent lives in the same scope or the global one, and the
-- tree never loops.
CREATE FUNCTION check_category_parent() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = motus, pg_temp AS $$
DECLARE
  parent_org uuid;
  parent_found boolean;
BEGIN
  IF NEW.parent_id IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT true, organization_id INTO parent_found, parent_org
  FROM exercise_categories WHERE id = NEW.parent_id;
  IF parent_found IS NULL
    OR (parent_org IS NOT NULL
      AND parent_org IS DISTINCT FROM NEW.organization_id) THEN
    RAISE EXCEPTION USING ERRCODE = 'MT404',
      MESSAGE = 'parent-category-not-found';
  END IF;
  IF EXISTS (
    WITH RECURSIVE ancestors AS (
      SELECT id, parent_id FROM exercise_categories WHERE id = NEW.parent_id
      UNION
      SELECT c.id, c.parent_id FROM exercise_categories c
      JOIN ancestors a ON c.id = a.parent_id
    )
    SELECT 1 FROM ancestors WHERE id = NEW.id
  ) THEN
    RAISE EXCEPTION USING ERRCODE = 'MT422', MESSAGE = 'category-cycle';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER exercise_categories_parent_check
  BEFORE INSERT OR UPDATE OF parent_id ON exercise_categories
  FOR EACH ROW EXECUTE FUNCTION check_category_parent();

-- Down Migration
DROP TRIGGER exercise_tags_mirror_delete ON exercise_tags;
DROP TRIGGER exercise_tags_mirror_insert ON exercise_tags;
DROP FUNCTION mirror_exercise_tags;
DROP TRIGGER exercise_categories_parent_check ON exercise_categories;
DROP TRIGGER exercise_tags_check ON exercise_tags;
DROP TRIGGER exercises_guard ON exercises;
DROP FUNCTION check_category_parent, check_exercise_tag, guard_exercise_change;
