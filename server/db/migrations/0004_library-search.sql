-- Up Migration
-- Full-text search over name (weight A), description (B) and instructions
-- (C). Compounds are also indexed written as one word ("Pull-Up" as
-- "pullup", "Bird Dog" as "birddog") so that either spelling finds the
-- other. The lexicon holds every word of the library; the server looks up
-- near spellings there to forgive typos.

CREATE TABLE search_lexicon (
  word text PRIMARY KEY
);
CREATE INDEX search_lexicon_trgm_idx
  ON search_lexicon USING gin (word gin_trgm_ops);

-- "Pull-Up rows" -> "pullup"; "Bird Dog" -> "birddog" (whole phrase).
CREATE FUNCTION compact_spellings(source text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT concat_ws(' ',
    (SELECT string_agg(replace(m[1], '-', ''), ' ')
     FROM regexp_matches(lower(source), '([[:alnum:]]+(-[[:alnum:]]+)+)', 'g')
       AS m),
    regexp_replace(lower(source), '[^[:alnum:]]', '', 'g'))
$$;

CREATE FUNCTION add_to_lexicon(source text) RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = motus, pg_temp AS $$
  INSERT INTO search_lexicon (word)
  SELECT DISTINCT w
  FROM regexp_split_to_table(
    lower(coalesce(source, '')) || ' ' || coalesce(
      (SELECT string_agg(replace(m[1], '-', ''), ' ')
       FROM regexp_matches(lower(coalesce(source, '')),
         '([[:alnum:]]+(-[[:alnum:]]+)+)', 'g') AS m), ''),
    '[^[:alnum:]]+') AS w
  WHERE length(w) BETWEEN 3 AND 40
  ON CONFLICT DO NOTHING
$$;

CREATE FUNCTION exercise_search_vector(
  target_exercise_id uuid, exercise_name text, exercise_description text
) RETURNS tsvector
LANGUAGE sql STABLE SET search_path = motus, pg_temp AS $$
  SELECT
    setweight(to_tsvector('english', exercise_name), 'A')
    || setweight(to_tsvector('simple', compact_spellings(exercise_name)), 'A')
    || setweight(to_tsvector('english', exercise_description), 'B')
    || setweight(to_tsvector('simple',
         coalesce(compact_spellings(exercise_description), '')), 'B')
    || setweight(to_tsvector('english', coalesce((
         SELECT string_agg(i.text, ' ' ORDER BY i.sort_order)
         FROM exercise_instructions i
         WHERE i.exercise_id = target_exercise_id), '')), 'C')
$$;

CREATE FUNCTION index_exercise_text() RETURNS trigger
LANGUAGE plpgsql SET search_path = motus, pg_temp AS $$
BEGIN
  NEW.search_vector :=
    exercise_search_vector(NEW.id, NEW.name, NEW.description);
  PERFORM add_to_lexicon(NEW.name || ' ' || NEW.description);
  RETURN NEW;
END
$$;

CREATE TRIGGER exercises_index_text
  BEFORE INSERT OR UPDATE OF name, description ON exercises
  FOR EACH ROW EXECUTE FUNCTION index_exercise_text();

-- TODO(search): writing an exercise's instructions rewrites its row once
-- more (and its tags once more, see exercises.tag_ids), because triggers
-- fire per statement; the heap grows about 2.5x with dead versions and a
-- full browse scan pays for it. One refresh at the end of each aggregate
-- write would halve that, at the price of every writer having to call it.
CREATE FUNCTION index_changed_instructions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = motus, pg_temp AS $$
BEGIN
  UPDATE exercises e
  SET search_vector = exercise_search_vector(e.id, e.name, e.description)
  WHERE e.id IN (SELECT DISTINCT exercise_id FROM changed_instructions);
  IF TG_OP <> 'DELETE' THEN
    PERFORM add_to_lexicon(string_agg(text, ' '))
    FROM changed_instructions;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER exercise_instructions_index_insert
  AFTER INSERT ON exercise_instructions
  REFERENCING NEW TABLE AS changed_instructions
  FOR EACH STATEMENT EXECUTE FUNCTION index_changed_instructions();
CREATE TRIGGER exercise_instructions_index_update
  AFTER UPDATE ON exercise_instructions
  REFERENCING NEW TABLE AS changed_instructions
  FOR EACH STATEMENT EXECUTE FUNCTION index_changed_instructions();
CREATE TRIGGER exercise_instructions_index_delete
  AFTER DELETE ON exercise_instructions
  REFERENCING OLD TABLE AS changed_instructions
  FOR EACH STATEMENT EXECUTE FUNCTION index_changed_instructions();

-- The lexicon names words, never rows: any signed-in user may read it.
ALTER TABLE search_lexicon ENABLE ROW LEVEL SECURITY;
CREATE POLICY search_lexicon_read ON search_lexicon FOR SELECT
  USING ((SELECT current_user_id()) IS NOT NULL);

-- Down Migration
DROP TRIGGER exercise_instructions_index_delete ON exercise_instructions;
DROP TRIGGER exercise_instructions_index_update ON exercise_instructions;
DROP TRIGGER exercise_instructions_index_insert ON exercise_instructions;
DROP TRIGGER exercises_index_text ON exercises;
DROP FUNCTION index_changed_instructions, index_exercise_text,
  exercise_search_vector, add_to_lexicon, compact_spellings;
DROP TABLE search_lexicon;
