import type pg from 'pg';

const maxWords = 8;
const maxWordLength = 40;

/** The words of a search box, lower-cased, accents folded, at most 8. */
export function searchWords(query: string): string[] {
  return query
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, maxWords)
    .map((word) => word.slice(0, maxWordLength));
}

interface WordSpelling {
  word: string;
  alternatives: string[];
}

/**
 * For each word the library does not know as a whole word (it may be the
 * start of one, as "brid" is of "bridge"), the closest spellings it does
 * know: "shoudler" → shoulder by shared trigrams, "brid" → bird by edit
 * distance.
 */
async function spellingsOf(
  client: pg.ClientBase,
  words: string[],
): Promise<WordSpelling[]> {
  const { rows } = await client.query<WordSpelling>(
    `SELECT w.word, CASE
       WHEN length(w.word) < 4 OR EXISTS (
         SELECT 1 FROM search_lexicon l WHERE l.word = w.word)
       THEN '{}'::text[]
       ELSE ARRAY(
         SELECT l.word FROM search_lexicon l
         WHERE l.word % w.word
           OR (length(l.word) BETWEEN length(w.word) - 1
                 AND length(w.word) + 1
             AND levenshtein_less_equal(l.word, w.word, 2) <= 2)
         ORDER BY levenshtein(l.word, w.word),
           similarity(l.word, w.word) DESC, l.word
         LIMIT 3)
     END AS alternatives
     FROM unnest($1::text[]) WITH ORDINALITY AS w(word, position)
     ORDER BY w.position`,
    [words],
  );
  return rows;
}

/** Two `to_tsquery('english', …)` expressions for one search box. */
export interface TextQuery {
  /**
   * What must match: every word as a prefix or as one of its near
   * spellings, or the words written together ("pull up" finds "Pullup").
   */
  matching: string;
  /** The same words whole, to rank "knee" above "kneeling". */
  wholeWords: string;
}

/**
 * Builds the text queries for a search box. Words hold only letters and
 * digits, so the expressions cannot break the query syntax.
 */
export async function buildTextQuery(
  client: pg.ClientBase,
  query: string,
): Promise<TextQuery | undefined> {
  const words = searchWords(query);
  if (words.length === 0) return undefined;

  const spellings = await spellingsOf(client, words);
  const everyWord = spellings
    .map(
      ({ word, alternatives }) =>
        `(${[`${word}:*`, ...alternatives].join(' | ')})`,
    )
    .join(' & ');
  return {
    matching:
      words.length > 1 ? `(${everyWord}) | ${words.join('')}:*` : everyWord,
    wholeWords: words.join(' | '),
  };
}
