-- Up Migration
-- Who may see and change what. The server calls motus.begin_request() at
-- the start of every request transaction, which records the session in
-- motus.session_id. Every rule below derives the caller from that live
-- session, so a query that forgets a filter still sees only what its user
-- may see, and a connection that sets the variable itself gains nothing
-- without the id of a live session (which only its token holder knows).
-- Every function pins its search_path so a caller cannot shadow a table.

CREATE FUNCTION current_user_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  SELECT s.user_id FROM auth_sessions s
  JOIN users u ON u.id = s.user_id AND u.disabled_at IS NULL
  WHERE s.id = nullif(current_setting('motus.session_id', true), '')::uuid
    AND s.revoked_at IS NULL AND s.expires_at > now()
$$;

CREATE FUNCTION current_organization_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  SELECT s.organization_id FROM auth_sessions s
  JOIN users u ON u.id = s.user_id AND u.disabled_at IS NULL
  WHERE s.id = nullif(current_setting('motus.session_id', true), '')::uuid
    AND s.revoked_at IS NULL AND s.expires_at > now()
$$;

-- Definer functions read accounts past their own policies.
CREATE FUNCTION is_superadmin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  SELECT coalesce((
    SELECT u.is_superadmin FROM users u
    WHERE u.id = current_user_id() AND u.disabled_at IS NULL
  ), false)
$$;

-- The caller's role in the organization of the session: admin, specialist
-- or NULL (not staff there).
CREATE FUNCTION current_staff_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  SELECT m.role FROM organization_memberships m
  JOIN users u ON u.id = m.user_id AND u.disabled_at IS NULL
  WHERE m.user_id = current_user_id()
    AND m.organization_id = current_organization_id()
$$;

-- Platform staff and clinic staff browse the global library. Patients will
-- not: they see exercises through their treatment plans only.
CREATE FUNCTION may_browse_global_library() RETURNS boolean
LANGUAGE sql STABLE SET search_path = motus, pg_temp AS $$
  SELECT is_superadmin() OR current_staff_role() IS NOT NULL
$$;

-- The slot for patient access. TODO(plans): return true for published
-- exercises in the caller's active treatment plans once plans exist,
-- because patients see nothing of the library but their own programme.
CREATE FUNCTION patient_may_see_exercise(exercise_id uuid) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT false
$$;

-- Library rows (exercises, taxonomy terms) of a scope: global rows are
-- written by superadmins only, clinic rows by that clinic's staff.
CREATE FUNCTION may_write_library(row_organization_id uuid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = motus, pg_temp AS $$
  SELECT CASE
    WHEN row_organization_id IS NULL THEN is_superadmin()
    ELSE row_organization_id = current_organization_id()
      AND current_staff_role() IN ('admin', 'specialist')
  END
$$;

-- Taxonomy terms of a clinic are managed by its admins.
CREATE FUNCTION may_manage_taxonomy(row_organization_id uuid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = motus, pg_temp AS $$
  SELECT CASE
    WHEN row_organization_id IS NULL THEN is_superadmin()
    ELSE row_organization_id = current_organization_id()
      AND current_staff_role() = 'admin'
  END
$$;

CREATE FUNCTION may_edit_exercise(target_exercise_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  SELECT coalesce((
    SELECT may_write_library(e.organization_id) FROM exercises e
    WHERE e.id = target_exercise_id
  ), false)
$$;

-- Accounts: one's own row, and the colleagues of the session's clinic.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_read ON users FOR SELECT USING (
  id = current_user_id()
  OR (current_staff_role() IS NOT NULL AND EXISTS (
    SELECT 1 FROM organization_memberships m
    WHERE m.user_id = users.id
      AND m.organization_id = current_organization_id()
  ))
);

ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
CREATE POLICY organizations_read ON organizations FOR SELECT USING (
  id = current_organization_id() AND current_staff_role() IS NOT NULL
);

ALTER TABLE organization_memberships ENABLE ROW LEVEL SECURITY;
CREATE POLICY organization_memberships_read ON organization_memberships
FOR SELECT USING (
  user_id = current_user_id()
  OR (organization_id = current_organization_id()
    AND current_staff_role() IS NOT NULL)
);

-- Sessions, counters and secrets are reached only through definer
-- functions: no policy means no row for the runtime role.
ALTER TABLE auth_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE rate_limit_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE server_secrets ENABLE ROW LEVEL SECURITY;

-- Exercises. Global rows: published and archived ones for everyone who
-- browses the library (archived stay readable because plans reference
-- them), drafts for superadmins. Clinic rows: the clinic's own staff only.
ALTER TABLE exercises ENABLE ROW LEVEL SECURITY;
CREATE POLICY exercises_read ON exercises FOR SELECT USING (
  CASE
    WHEN organization_id IS NULL THEN
      (status <> 'draft' AND (SELECT may_browse_global_library()))
      OR (SELECT is_superadmin())
    ELSE organization_id = (SELECT current_organization_id())
      AND (SELECT current_staff_role()) IS NOT NULL
  END
  OR patient_may_see_exercise(id)
);
CREATE POLICY exercises_insert ON exercises FOR INSERT
  WITH CHECK (may_write_library(organization_id));
CREATE POLICY exercises_update ON exercises FOR UPDATE
  USING (may_write_library(organization_id))
  WITH CHECK (may_write_library(organization_id));

-- The parts of an exercise follow the exercise. Write policies name their
-- commands: a FOR ALL policy would also run its definer check on every
-- row a query reads, and whoever may edit an exercise may read it anyway.
ALTER TABLE exercise_instructions ENABLE ROW LEVEL SECURITY;
CREATE POLICY exercise_instructions_read ON exercise_instructions
  FOR SELECT USING (
    EXISTS (SELECT 1 FROM exercises e WHERE e.id = exercise_id)
  );
CREATE POLICY exercise_instructions_insert ON exercise_instructions
  FOR INSERT WITH CHECK (may_edit_exercise(exercise_id));
CREATE POLICY exercise_instructions_update ON exercise_instructions
  FOR UPDATE USING (may_edit_exercise(exercise_id))
  WITH CHECK (may_edit_exercise(exercise_id));
CREATE POLICY exercise_instructions_delete ON exercise_instructions
  FOR DELETE USING (may_edit_exercise(exercise_id));

ALTER TABLE exercise_contraindications ENABLE ROW LEVEL SECURITY;
CREATE POLICY exercise_contraindications_read ON exercise_contraindications
  FOR SELECT USING (
    EXISTS (SELECT 1 FROM exercises e WHERE e.id = exercise_id)
  );
CREATE POLICY exercise_contraindications_insert ON exercise_contraindications
  FOR INSERT WITH CHECK (may_edit_exercise(exercise_id));
CREATE POLICY exercise_contraindications_update ON exercise_contraindications
  FOR UPDATE USING (may_edit_exercise(exercise_id))
  WITH CHECK (may_edit_exercise(exercise_id));
CREATE POLICY exercise_contraindications_delete ON exercise_contraindications
  FOR DELETE USING (may_edit_exercise(exercise_id));

ALTER TABLE exercise_tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY exercise_tags_read ON exercise_tags
  FOR SELECT USING (
    EXISTS (SELECT 1 FROM exercises e WHERE e.id = exercise_id)
  );
CREATE POLICY exercise_tags_insert ON exercise_tags
  FOR INSERT WITH CHECK (may_edit_exercise(exercise_id));
CREATE POLICY exercise_tags_delete ON exercise_tags
  FOR DELETE USING (may_edit_exercise(exercise_id));

-- Taxonomy terms: global ones for every signed-in user, clinic ones for
-- that clinic's staff.
ALTER TABLE exercise_categories ENABLE ROW LEVEL SECURITY;
CREATE POLICY exercise_categories_read ON exercise_categories FOR SELECT USING (
  CASE WHEN organization_id IS NULL THEN (SELECT current_user_id()) IS NOT NULL
  ELSE organization_id = (SELECT current_organization_id())
    AND (SELECT current_staff_role()) IS NOT NULL END
);
CREATE POLICY exercise_categories_insert ON exercise_categories FOR INSERT
  WITH CHECK (may_manage_taxonomy(organization_id));
CREATE POLICY exercise_categories_update ON exercise_categories FOR UPDATE
  USING (may_manage_taxonomy(organization_id))
  WITH CHECK (may_manage_taxonomy(organization_id));

ALTER TABLE exercise_body_regions ENABLE ROW LEVEL SECURITY;
CREATE POLICY exercise_body_regions_read ON exercise_body_regions
FOR SELECT USING (
  CASE WHEN organization_id IS NULL THEN (SELECT current_user_id()) IS NOT NULL
  ELSE organization_id = (SELECT current_organization_id())
    AND (SELECT current_staff_role()) IS NOT NULL END
);
CREATE POLICY exercise_body_regions_insert ON exercise_body_regions
  FOR INSERT WITH CHECK (may_manage_taxonomy(organization_id));
CREATE POLICY exercise_body_regions_update ON exercise_body_regions
  FOR UPDATE USING (may_manage_taxonomy(organization_id))
  WITH CHECK (may_manage_taxonomy(organization_id));

ALTER TABLE exercise_equipment ENABLE ROW LEVEL SECURITY;
CREATE POLICY exercise_equipment_read ON exercise_equipment FOR SELECT USING (
  CASE WHEN organization_id IS NULL THEN (SELECT current_user_id()) IS NOT NULL
  ELSE organization_id = (SELECT current_organization_id())
    AND (SELECT current_staff_role()) IS NOT NULL END
);
CREATE POLICY exercise_equipment_insert ON exercise_equipment FOR INSERT
  WITH CHECK (may_manage_taxonomy(organization_id));
CREATE POLICY exercise_equipment_update ON exercise_equipment FOR UPDATE
  USING (may_manage_taxonomy(organization_id))
  WITH CHECK (may_manage_taxonomy(organization_id));

-- Down Migration
DROP FUNCTION may_edit_exercise, may_manage_taxonomy, may_write_library,
  patient_may_see_exercise, may_browse_global_library, current_staff_role,
  is_superadmin, current_organization_id, current_user_id CASCADE;
