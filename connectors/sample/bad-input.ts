// Deliberately broken JSON lines for the import connector's tests: each case says which line it is
// on and what the DLQ reason must mention. Huge inputs (5 MB text, 10,000 links) are built in the
// tests themselves rather than committed.
import type { NormalizedItem } from '../../pipelines/contracts/item.ts';

export interface BadInputCase {
  /** 1-based physical line in bad-input.jsonl. */
  line: number;
  what: string;
  /** null = the line is valid and must come through as ok. */
  reasonIncludes: string | null;
  /** For a line that comes through: the field the contract had to cap or mask (its truncations record names it). */
  truncated?: string;
}

export function buildBadInput(good: NormalizedItem, other: NormalizedItem): { bytes: Buffer; cases: BadInputCase[] } {
  const lines: Buffer[] = [];
  const cases: BadInputCase[] = [];
  const add = (what: string, reasonIncludes: string | null, content: Buffer | string, eol = '\n', truncated?: string) => {
    lines.push(Buffer.concat([typeof content === 'string' ? Buffer.from(content, 'utf8') : content, Buffer.from(eol)]));
    cases.push({ line: lines.length, what, reasonIncludes, ...(truncated ? { truncated } : {}) });
  };
  const json = (o: unknown) => JSON.stringify(o);
  const { id: _id, ...noId } = good;

  add('valid item', null, json(good));
  add('truncated JSON', 'invalid JSON', '{"id":"x:1","platform":"x",');
  add('not JSON at all', 'invalid JSON', 'this is not json');
  add('missing id', 'id', json(noId));
  add('wrong types (followers as text, publishedAt as number)', 'author.followers', json({ ...good, publishedAt: 12345, author: { ...good.author, followers: 'many' } }));
  add('unknown platform', 'platform', json({ ...good, platform: 'myspace' }));
  add('id without platform prefix', 'id', json({ ...good, id: 'no-prefix' }));
  // Text moved to the end so the broken byte pair (0xC3 0x28: a lead byte without continuation) sits inside it.
  const head = json({ ...good, text: undefined }).slice(0, -1);
  add('invalid UTF-8 bytes in text', 'invalid UTF-8', Buffer.concat([Buffer.from(`${head},"text":"caf`), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]));
  add('JSON array instead of object', '(root)', '[1,2,3]');
  add('bad evidence hash', 'evidence.sha256', json({ ...good, evidence: { sha256: 'xyz', rawRef: null } }));
  // Neutralised, not refused: the token is masked, recorded, and the rest of the item is scored (decision 0014).
  add('pathological 5,000-character token', null, json({ ...good, text: 'a'.repeat(5_000) }), '\n', 'text');
  add('links is a string', 'links', json({ ...good, links: 'https://qorvex.io/register?ref=X' }));
  add('JSON null', '(root)', 'null');
  add('valid item with CRLF ending', null, json(other), '\r\n');
  lines.push(Buffer.from('\n'));
  add('valid item after an empty line', null, json({ ...good, id: `${good.id}0` }));
  return { bytes: Buffer.concat(lines), cases };
}
