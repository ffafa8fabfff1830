// Labels typed in a hurry: "affliate link", "sponserd", "refferral". Posts are typed on phones, and a label
// misspelt still tells the reader the post is paid for. The English label words most often misspelt get the forms
// one slip makes (a letter dropped, doubled or swapped with its neighbour), generated here rather than listed. Not
// the first two letters nor the last: slips there make other words ("affiliated", "sponsor" from "sponsors").

/** Long label words whose slips make no other English word (checked by hand for each form this file makes). */
const TYPO_PRONE: ReadonlySet<string> = new Set(['affiliate', 'sponsored', 'advertisement', 'partnership', 'referral', 'commission']);

/** The forms of `word` one slip inside it makes, without the word itself. */
export function typoForms(word: string): string[] {
  const out = new Set<string>();
  for (let i = 2; i < word.length - 1; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    out.add(word.slice(0, i) + word[i] + word.slice(i));
    if (i < word.length - 2) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return [...out];
}

/** The phrase as written and with one of its typo-prone words misspelt in each way typoForms knows. */
export function withTypos(phrase: string): string[] {
  const words = phrase.split(' ');
  const out = [phrase];
  words.forEach((w, i) => {
    const bare = w.replace(/^#/u, '');
    if (!TYPO_PRONE.has(bare)) return;
    for (const f of typoForms(bare)) out.push([...words.slice(0, i), w.startsWith('#') ? `#${f}` : f, ...words.slice(i + 1)].join(' '));
  });
  return out;
}
