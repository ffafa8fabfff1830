// Class "Terminal and ids": an id with a control character, a bidi control or a lone surrogate is
// refused at the contract, with the field and the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemSchema } from './item.ts';

const base = {
  id: 'x:1', platform: 'x', kind: 'post', publishedAt: '2026-01-01T00:00:00Z', collectedAt: '2026-01-01T00:00:00Z',
  author: { id: 'a', handle: 'someone' }, source: { connector: 't' }, evidence: { sha256: 'f'.repeat(64) },
};

const BAD: Array<[string, string, RegExp]> = [
  ['NUL', 'a\u0000b', /U\+0000/],
  ['ESC', '\u001b[31mred', /U\+001B/],
  ['lone high surrogate', 'a\ud800', /lone surrogate/],
  ['lone low surrogate', '\udc00a', /lone surrogate/],
  ['C1 CSI', 'a\u009bb', /U\+009B/],
  ['DEL', 'a\u007f', /U\+007F/],
  ['bidi override', 'a\u202egnp.exe', /U\+202E/],
];

test('terminal and ids: item ids, author ids and handles with control characters or lone surrogates are refused', () => {
  for (const [what, bad, reason] of BAD) {
    for (const [field, item] of [
      ['id', { ...base, id: `x:${bad}` }],
      ['author.id', { ...base, author: { ...base.author, id: bad } }],
      ['author.handle', { ...base, author: { ...base.author, handle: bad } }],
    ] as const) {
      const r = itemSchema.safeParse(item);
      assert.equal(r.success, false, `${what} in ${field} accepted`);
      const issue = r.error!.issues.find((i) => i.path.join('.') === field);
      assert.ok(issue, `${what} in ${field}: ${JSON.stringify(r.error!.issues)}`);
      assert.match(issue.message, reason);
    }
  }
});

test('terminal and ids: ordinary ids, including emoji and accents, still pass', () => {
  for (const id of ['x:2011365234832332383', 'youtube:dQw4w9WgXcQ', 'telegram:chan/42', 'x:café😀']) {
    assert.equal(itemSchema.safeParse({ ...base, id, author: { id: 'Ünïcode 😀', handle: 'zoë_😀' } }).success, true, id);
  }
});
