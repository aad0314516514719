-- Up Migration
-- Accounts, clinics and the exercise library. Every row of the library is
-- either global (organization_id IS NULL, curated by superadmins) or owned by
-- one organization. The runtime role motus_app exists before this runs (the
-- server creates it); this migration only grants it what it needs.

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA motus;

CREATE TABLE organizations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (position('@' IN email) > 1),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  is_superadmin boolean NOT NULL DEFAULT false,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE organization_memberships (
  organization_id uuid NOT NULL REFERENCES organizations (id),
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('admin', 'specialist')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX organization_memberships_user_idx
  ON organization_memberships (user_id);

-- A signed-in session. The refresh token is stored as a SHA-256 digest; the
-- previous digest is kept so that replaying a rotated token revokes the
-- session (someone else holds a copy of it).
CREATE TABLE auth_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  organization_id uuid REFERENCES organizations (id),
  refresh_token_hash bytea NOT NULL UNIQUE,
  previous_refresh_token_hash bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  refreshed_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX auth_sessions_previous_hash_idx
  ON auth_sessions (previous_refresh_token_hash);

-- Fixed-window counters for rate limits shared by every server instance.
CREATE TABLE rate_limit_counters (
  key text PRIMARY KEY,
  window_ends_at timestamptz NOT NULL,
  hits integer NOT NULL
);

-- Secrets every server instance must agree on (the token signing key).
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE exercise_categories (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid REFERENCES organizations (id),
  parent_id uuid REFERENCES exercise_categories (id),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (parent_id IS DISTINCT FROM id)
);
CREATE UNIQUE INDEX exercise_categories_global_slug_key
  ON exercise_categories (slug) WHERE organization_id IS NULL;
CREATE UNIQUE INDEX exercise_categories_org_slug_key
  ON exercise_categories (organization_id, slug)
  WHERE organization_id IS NOT NULL;
CREATE INDEX exercise_categories_parent_idx ON exercise_categories (parent_id);

CREATE TABLE exercise_body_regions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid REFERENCES organizations (id),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  body_area text NOT NULL
    CHECK (body_area IN ('upper_body', 'core', 'lower_body', 'full_body')),
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX exercise_body_regions_global_slug_key
  ON exercise_body_regions (slug) WHERE organization_id IS NULL;
CREATE UNIQUE INDEX exercise_body_regions_org_slug_key
  ON exercise_body_regions (organization_id, slug)
  WHERE organization_id IS NOT NULL;

CREATE TABLE exercise_equipment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid REFERENCES organizations (id),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX exercise_equipment_global_slug_key
  ON exercise_equipment (slug) WHERE organization_id IS NULL;
CREATE UNIQUE INDEX exercise_equipment_org_slug_key
  ON exercise_equipment (organization_id, slug)
  WHERE organization_id IS NOT NULL;

CREATE TABLE exercises (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid REFERENCES organizations (id),
  cloned_from_id uuid REFERENCES exercises (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  description text NOT NULL DEFAULT '',
  difficulty text NOT NULL
    CHECK (difficulty IN ('beginner', 'intermediate', 'advanced')),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'published', 'archived')),
  estimated_duration_seconds integer
    CHECK (estimated_duration_seconds BETWEEN 1 AND 86400),
  video_url text,
  video_provider text CHECK (video_provider IN ('bunny_stream', 's3')),
  video_thumbnail_url text,
  video_duration_seconds integer CHECK (video_duration_seconds >= 0),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  search_vector tsvector NOT NULL DEFAULT ''::tsvector,
  -- Every term the exercise is tagged with, mirrored from exercise_tags by
  -- a trigger, so that a filter tests the row instead of probing the
  -- junction (whose read policy costs a lookup per tag row).
  tag_ids uuid[] NOT NULL DEFAULT '{}'
);
-- Slugs are unique among live exercises of one scope: a deleted exercise
-- gives its slug back.
CREATE UNIQUE INDEX exercises_global_slug_key
  ON exercises (slug) WHERE organization_id IS NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX exercises_org_slug_key
  ON exercises (organization_id, slug)
  WHERE organization_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX exercises_organization_idx ON exercises (organization_id);
CREATE INDEX exercises_cloned_from_idx ON exercises (cloned_from_id);
CREATE INDEX exercises_search_idx ON exercises USING gin (search_vector);
CREATE INDEX exercises_tag_ids_idx ON exercises USING gin (tag_ids);
CREATE INDEX exercises_name_idx ON exercises (lower(name));

CREATE TABLE exercise_instructions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  exercise_id uuid NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
  sort_order integer NOT NULL,
  type text NOT NULL
    CHECK (type IN ('preparation', 'step', 'form_cue', 'breathing', 'safety')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  image_url text,
  UNIQUE (exercise_id, sort_order)
);

CREATE TABLE exercise_contraindications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  exercise_id uuid NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
  sort_order integer NOT NULL,
  condition text NOT NULL CHECK (length(condition) BETWEEN 1 AND 200),
  severity text NOT NULL CHECK (severity IN ('warning', 'contraindicated')),
  note text NOT NULL DEFAULT '',
  UNIQUE (exercise_id, sort_order)
);

-- The polymorphic junction between exercises and the three taxonomies.
-- tag_id points into the table named by tag_type; a trigger keeps that
-- reference honest since a foreign key cannot.
CREATE TABLE exercise_tags (
  exercise_id uuid NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
  tag_type text NOT NULL
    CHECK (tag_type IN ('category', 'body_region', 'equipment')),
  tag_id uuid NOT NULL,
  PRIMARY KEY (exercise_id, tag_type, tag_id)
);
CREATE INDEX exercise_tags_term_idx ON exercise_tags (tag_type, tag_id);

-- Down Migration
DROP TABLE exercise_tags, exercise_contraindications, exercise_instructions,
  exercises, exercise_equipment, exercise_body_regions, exercise_categories,
  server_secrets, rate_limit_counters, auth_sessions,
  organization_memberships, users, organizations;
