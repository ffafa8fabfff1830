// Parser for the watchlist query language (docs/watchlists.md). Recursive descent over a small
// lexer; precedence NOT > AND (also implicit, by juxtaposition) > OR. Operators are upper-case words so
// that "or", "not" and "and" stay searchable words (French "or", English "not"). Every error names
// the column where it was found.
import { CASE_LEVELS } from '../contracts/case.ts';
import { PLATFORMS } from '../contracts/item.ts';
import { QUERY_FIELDS, type CaseLevel, type QueryField, type QueryNode } from './query-ast.ts';
import { foldWord, foldedWords } from './fold-word.ts';

export class QueryError extends Error {
  constructor(readonly reason: string, readonly column: number) {
    super(`column ${column}: ${reason}`);
    this.name = 'QueryError';
  }
}

type Lexeme =
  | { t: '('; col: number }
  | { t: ')'; col: number }
  | { t: 'quote'; text: string; col: number }
  | { t: 'word'; text: string; col: number }
  | { t: 'op'; op: 'AND' | 'OR' | 'NOT'; col: number }
  | { t: 'end'; col: number };

const MAX_QUERY = 4_000;
const MAX_DEPTH = 50;

function lex(q: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    const col = i + 1;
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      out.push({ t: c, col });
      i++;
    } else if (c === '"' || c === '“' || c === '”' || c === '«' || c === '„') {
      const close = c === '«' ? '»' : c === '„' ? '“' : '"';
      let j = i + 1;
      while (j < q.length && q[j] !== close && q[j] !== '"' && q[j] !== '”') j++;
      if (j >= q.length) throw new QueryError(`the quote opened here is never closed`, col);
      out.push({ t: 'quote', text: q.slice(i + 1, j), col });
      i = j + 1;
    } else if (c === '-' && i + 1 < q.length && !/[\s)]/u.test(q[i + 1]!) && (i === 0 || /[\s(]/u.test(q[i - 1]!))) {
      // "-word" is NOT word (as in X and YouTube search); a hyphen inside a word is not.
      out.push({ t: 'op', op: 'NOT', col });
      i++;
    } else {
      let j = i;
      while (j < q.length && !/[\s()"“”«„]/u.test(q[j]!)) j++;
      const text = q.slice(i, j);
      if (text === 'AND' || text === 'OR' || text === 'NOT') out.push({ t: 'op', op: text, col });
      else if (text === '&&') out.push({ t: 'op', op: 'AND', col });
      else if (text === '||') out.push({ t: 'op', op: 'OR', col });
      else out.push({ t: 'word', text, col });
      i = j;
    }
  }
  out.push({ t: 'end', col: q.length + 1 });
  return out;
}

const LEVEL_RE = /^level(>=|<=|>|<|=|:)(.*)$/iu;

function word(text: string, col: number): QueryNode {
  const lower = text.toLowerCase();
  const level = LEVEL_RE.exec(text);
  if (level) {
    const value = level[2]!.toLowerCase();
    if (!(CASE_LEVELS as readonly string[]).includes(value)) throw new QueryError(`level "${level[2]}" is not one of ${CASE_LEVELS.join(', ')}`, col + 5 + level[1]!.length);
    const op = level[1] === ':' ? '=' : (level[1] as '>=' | '>' | '=' | '<=' | '<');
    return { kind: 'level', op, level: value as CaseLevel, raw: text, col };
  }
  const colon = text.indexOf(':');
  if (colon > 0 && !/^[a-z][a-z0-9+.-]*:\/\//iu.test(text)) {
    const name = lower.slice(0, colon);
    const value = text.slice(colon + 1);
    if ((QUERY_FIELDS as readonly string[]).includes(name)) return field(name as QueryField, value, text, col, col + colon + 1);
    if (/^[a-z]+$/u.test(name)) throw new QueryError(`unknown field "${name}:" (fields: ${QUERY_FIELDS.join(', ')}, level)`, col);
  }
  const sign = text[0];
  if (sign === '#' || sign === '@' || sign === '$') {
    const value = foldWord(text.slice(1).replace(/[.,;:!?]+$/u, ''));
    if (!/^[\p{L}\p{N}_]+$/u.test(value)) throw new QueryError(`"${text}" needs letters, digits or _ after ${sign}`, col);
    return { kind: 'tag', sign, value, raw: text, col };
  }
  let body = text;
  const prefix = body.endsWith('*');
  if (prefix) body = body.slice(0, -1);
  if (body.includes('*')) throw new QueryError(`"*" works only at the end of a word (prefix search)`, col + body.indexOf('*'));
  // A domain or URL stays one term: it is matched against the links and web addresses in the post.
  if (/[\p{L}\p{N}][./][\p{L}\p{N}]/u.test(body)) {
    const value = foldWord(body.replace(/^[a-z]+:\/\//iu, '').replace(/^www\./iu, ''));
    return { kind: 'term', value, prefix, raw: text, col };
  }
  const words = foldedWords(body);
  if (!words.length) throw new QueryError(`"${text}" has no letters or digits to search for`, col);
  if (words.length === 1) {
    if (prefix && words[0]!.length < 2) throw new QueryError(`a prefix needs at least 2 characters before "*"`, col);
    return { kind: 'term', value: words[0]!, prefix, raw: text, col };
  }
  if (prefix) throw new QueryError(`"*" works on one word; "${text}" is several`, col);
  // "code-promo" or "l'app": the words in sequence, as the post's tokeniser cuts them.
  return { kind: 'phrase', words, raw: text, col };
}

function field(name: QueryField, value: string, raw: string, col: number, valueCol: number): QueryNode {
  const v = value.trim();
  if (!v) throw new QueryError(`${name}: needs a value`, valueCol);
  switch (name) {
    case 'lang':
      if (!/^[a-z]{2,3}$/iu.test(v)) throw new QueryError(`lang: takes an ISO 639-1 code such as fr or de, not "${v}"`, valueCol);
      return { kind: 'field', field: name, value: v.toLowerCase(), raw, col };
    case 'country':
      if (!/^[a-z]{2}$/iu.test(v)) throw new QueryError(`country: takes a two-letter country code such as FR, not "${v}"`, valueCol);
      return { kind: 'field', field: name, value: v.toUpperCase(), raw, col };
    case 'platform': {
      const p = v.toLowerCase() === 'tiktok_ads' ? 'tiktok' : v.toLowerCase();
      if (!(PLATFORMS as readonly string[]).includes(p)) throw new QueryError(`platform: takes one of ${PLATFORMS.join(', ')}, not "${v}"`, valueCol);
      return { kind: 'field', field: name, value: p, raw, col };
    }
    case 'firm':
    case 'watchlist':
      if (!/^[a-z0-9][a-z0-9_.-]*$/iu.test(v)) throw new QueryError(`${name}: takes an id (letters, digits, - _ .), not "${v}"`, valueCol);
      return { kind: 'field', field: name, value: v.toLowerCase(), raw, col };
  }
}

/** Parses a query; throws QueryError naming the column. */
export function parseQuery(q: string): QueryNode {
  if (q.length > MAX_QUERY) throw new QueryError(`the query is longer than ${MAX_QUERY} characters`, MAX_QUERY + 1);
  const lx = lex(q);
  let p = 0;
  let depth = 0;
  const peek = () => lx[p]!;
  const describe = (l: Lexeme) => (l.t === 'end' ? 'the end of the query' : l.t === 'op' ? l.op : l.t === 'word' ? `"${l.text}"` : l.t === 'quote' ? 'a phrase' : `"${l.t}"`);

  function parseOr(): QueryNode {
    const children = [parseAnd()];
    while (peek().t === 'op' && (peek() as { op: string }).op === 'OR') {
      const op = lx[p++]!;
      if (startsOperand(peek())) children.push(parseAnd());
      else throw new QueryError(`OR at column ${op.col} needs a term on its right, found ${describe(peek())}`, peek().col);
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }
  function startsOperand(l: Lexeme): boolean {
    return l.t === '(' || l.t === 'quote' || l.t === 'word' || (l.t === 'op' && l.op === 'NOT');
  }
  function parseAnd(): QueryNode {
    const children = [parseUnary()];
    for (;;) {
      const l = peek();
      if (l.t === 'op' && l.op === 'AND') {
        p++;
        if (!startsOperand(peek())) throw new QueryError(`AND at column ${l.col} needs a term on its right, found ${describe(peek())}`, peek().col);
        children.push(parseUnary());
      } else if (startsOperand(l)) children.push(parseUnary());
      else break;
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }
  function parseUnary(): QueryNode {
    const l = peek();
    if (l.t === 'op' && l.op === 'NOT') {
      p++;
      if (!startsOperand(peek())) throw new QueryError(`NOT at column ${l.col} needs a term on its right, found ${describe(peek())}`, peek().col);
      return { kind: 'not', child: parseUnary(), col: l.col };
    }
    return parsePrimary();
  }
  function parsePrimary(): QueryNode {
    const l = lx[p++]!;
    switch (l.t) {
      case '(': {
        if (++depth > MAX_DEPTH) throw new QueryError(`parentheses nested deeper than ${MAX_DEPTH}`, l.col);
        if (peek().t === ')') throw new QueryError(`empty parentheses`, peek().col);
        const inner = parseOr();
        const close = lx[p++]!;
        if (close.t !== ')') throw new QueryError(`expected ")" to close the "(" at column ${l.col}, found ${describe(close)}`, close.col);
        depth--;
        return inner;
      }
      case 'quote': {
        const words = foldedWords(l.text);
        if (!words.length) throw new QueryError(`the phrase has no letters or digits`, l.col);
        return words.length === 1 ? { kind: 'term', value: words[0]!, prefix: false, raw: `"${l.text}"`, col: l.col } : { kind: 'phrase', words, raw: `"${l.text}"`, col: l.col };
      }
      case 'word':
        return word(l.text, l.col);
      case ')':
        throw new QueryError(`")" without a matching "("`, l.col);
      case 'end':
        throw new QueryError(p === 1 ? 'the query is empty' : 'the query ends too early', l.col);
      case 'op':
        throw new QueryError(`${l.op} needs a term on its left`, l.col);
    }
  }

  const root = parseOr();
  const rest = peek();
  if (rest.t !== 'end') throw new QueryError(rest.t === ')' ? `")" without a matching "("` : `unexpected ${describe(rest)}`, rest.col);
  if (!positive(root)) throw new QueryError('the query needs at least one term that must be present (NOT alone matches nearly everything)', 1);
  return root;
}

/** Whether the query can match only items that have something (not just lack something). */
function positive(n: QueryNode): boolean {
  if (n.kind === 'not') return false;
  if (n.kind === 'and') return n.children.some(positive);
  if (n.kind === 'or') return n.children.every(positive);
  return true;
}
