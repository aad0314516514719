-- Up Migration
-- Sign-in, sessions and rate limits, reached by the runtime role only
-- through these definer functions, and the runtime role's privileges.

-- The password hash of an active account, for the server to verify.
CREATE FUNCTION sign_in_account(account_email text)
RETURNS TABLE (user_id uuid, password_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  SELECT u.id, u.password_hash FROM users u
  WHERE lower(u.email) = lower(account_email) AND u.disabled_at IS NULL
$$;

-- Opens a session in one of the account's clinics: the one asked for, or
-- its oldest membership. A superadmin without a clinic works in the
-- platform scope (organization NULL).
CREATE FUNCTION open_session(
  account_id uuid, requested_organization_id uuid,
  refresh_hash bytea, lifetime interval
) RETURNS TABLE (session_id uuid, organization_id uuid)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = motus, pg_temp
AS $$
DECLARE
  chosen uuid;
  superadmin boolean;
BEGIN
  SELECT u.is_superadmin INTO superadmin FROM users u
  WHERE u.id = account_id AND u.disabled_at IS NULL;
  IF superadmin IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'MT401', MESSAGE = 'invalid-credentials';
  END IF;

  SELECT m.organization_id INTO chosen FROM organization_memberships m
  WHERE m.user_id = account_id
    AND (requested_organization_id IS NULL
      OR m.organization_id = requested_organization_id)
  ORDER BY m.created_at, m.organization_id
  LIMIT 1;

  IF chosen IS NULL AND (requested_organization_id IS NOT NULL
    OR NOT superadmin) THEN
    RAISE EXCEPTION USING ERRCODE = 'MT403', MESSAGE = 'no-organization';
  END IF;

  RETURN QUERY
  INSERT INTO auth_sessions AS s (user_id, organization_id,
    refresh_token_hash, expires_at)
  VALUES (account_id, chosen, refresh_hash, now() + lifetime)
  RETURNING s.id, s.organization_id;
END
$$;

-- Swaps a refresh token for a new one. Presenting a token that was already
-- swapped means it was copied: the whole session is revoked.
CREATE FUNCTION rotate_session(
  refresh_hash bytea, new_refresh_hash bytea, lifetime interval
) RETURNS TABLE (session_id uuid, user_id uuid, organization_id uuid)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = motus, pg_temp
AS $$
BEGIN
  UPDATE auth_sessions s SET revoked_at = now()
  WHERE s.previous_refresh_token_hash = refresh_hash
    AND s.revoked_at IS NULL;

  RETURN QUERY
  UPDATE auth_sessions s
  SET previous_refresh_token_hash = s.refresh_token_hash,
      refresh_token_hash = new_refresh_hash,
      refreshed_at = now(),
      expires_at = now() + lifetime
  FROM users u
  WHERE s.refresh_token_hash = refresh_hash
    AND s.revoked_at IS NULL AND s.expires_at > now()
    AND u.id = s.user_id AND u.disabled_at IS NULL
  RETURNING s.id, s.user_id, s.organization_id;
END
$$;

CREATE FUNCTION revoke_session(target_session_id uuid) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  UPDATE auth_sessions SET revoked_at = now()
  WHERE id = target_session_id AND revoked_at IS NULL
$$;

-- Starts a request on behalf of a live session: records it in the
-- transaction's motus.session_id, from which every policy derives the
-- caller, and returns who the caller is. No row means the session is gone.
CREATE FUNCTION begin_request(target_session_id uuid)
RETURNS TABLE (user_id uuid, organization_id uuid, role text,
  is_superadmin boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = motus, pg_temp
AS $$
DECLARE
  found_user uuid;
  found_org uuid;
BEGIN
  SELECT s.user_id, s.organization_id INTO found_user, found_org
  FROM auth_sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = target_session_id AND s.revoked_at IS NULL
    AND s.expires_at > now() AND u.disabled_at IS NULL;
  IF found_user IS NULL THEN
    RETURN;
  END IF;
  PERFORM set_config('motus.session_id', target_session_id::text, true);

  RETURN QUERY
  SELECT found_user, found_org, current_staff_role(), is_superadmin();
END
$$;

-- One hit against a fixed-window counter; returns the hits so far in the
-- window and when it ends. Now and then it sweeps counters and sessions
-- that ended long ago, so neither table grows without bound.
CREATE FUNCTION hit_rate_limit(counter_key text, window_length interval)
RETURNS TABLE (hits integer, window_ends_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = motus, pg_temp
AS $$
BEGIN
  IF random() < 0.01 THEN
    DELETE FROM rate_limit_counters c
    WHERE c.window_ends_at < now() - interval '1 hour';
    DELETE FROM auth_sessions s
    WHERE s.expires_at < now() - interval '7 days'
      OR s.revoked_at < now() - interval '7 days';
  END IF;

  RETURN QUERY
  INSERT INTO rate_limit_counters AS c (key, window_ends_at, hits)
  VALUES (counter_key, now() + window_length, 1)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN c.window_ends_at <= now() THEN 1 ELSE c.hits + 1 END,
    window_ends_at = CASE WHEN c.window_ends_at <= now()
      THEN now() + window_length ELSE c.window_ends_at END
  RETURNING c.hits, c.window_ends_at;
END
$$;

-- The size of the platform library, for the unauthenticated health check.
CREATE FUNCTION published_global_exercise_count() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  SELECT count(*)::integer FROM exercises
  WHERE organization_id IS NULL AND status = 'published'
    AND deleted_at IS NULL
$$;

REVOKE ALL ON FUNCTION sign_in_account, open_session, rotate_session,
  revoke_session, begin_request, hit_rate_limit FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sign_in_account, open_session, rotate_session,
  revoke_session, begin_request, hit_rate_limit,
  published_global_exercise_count TO motus_app;

GRANT USAGE ON SCHEMA motus TO motus_app;
GRANT SELECT ON organizations, organization_memberships, search_lexicon
  TO motus_app;
-- Never the password hash.
GRANT SELECT (id, email, display_name, is_superadmin, disabled_at,
  created_at) ON users TO motus_app;
GRANT SELECT, INSERT, UPDATE ON exercises, exercise_categories,
  exercise_body_regions, exercise_equipment TO motus_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON exercise_instructions,
  exercise_contraindications TO motus_app;
-- Tags are replaced by delete and insert, which the mirror in
-- exercises.tag_ids follows; they are never updated in place.
GRANT SELECT, INSERT, DELETE ON exercise_tags TO motus_app;

-- Down Migration
REVOKE ALL ON ALL TABLES IN SCHEMA motus FROM motus_app;
REVOKE USAGE ON SCHEMA motus FROM motus_app;
DROP FUNCTION published_global_exercise_count, hit_rate_limit, begin_request, revoke_session, rotate_session,
  open_session, sign_in_account;
