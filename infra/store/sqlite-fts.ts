// User text -> FTS5 MATCH expression that can never be a syntax error.
// Every whitespace-separated term becomes a quoted phrase ("" inside doubled), so FTS5 operators
// (AND, OR, NOT, NEAR, parentheses, *, ^, column:) are taken literally; the phrases are ANDed,
// matching the Elasticsearch adapter's simple_query_string with default_operator "and".
// A term without any letter or digit would tokenize to nothing and is dropped.

const HAS_TOKEN = /[\p{L}\p{N}]/u;

/** null when the text has no searchable term: the search then matches nothing. */
export function toFtsQuery(text: string): string | null {
  const terms = text
    .split(/\s+/u)
    .filter((t) => HAS_TOKEN.test(t))
    .map((t) => `"${t.replaceAll('"', '""')}"`);
  return terms.length ? terms.join(' ') : null;
}
