// The first differences between two `rsmon cases --json` listings, field by field, short enough to
// read in a test failure (a deepEqual of two long JSON arrays is not).
export function caseDiff(actual: string[], expected: string[], labels: [string, string] = ['actual', 'expected']): string {
  const byId = (lines: string[]) => new Map(lines.map((x) => [JSON.parse(x).id as string, JSON.parse(x) as Record<string, unknown>]));
  const a = byId(actual);
  const e = byId(expected);
  const out: string[] = [];
  for (const id of new Set([...a.keys(), ...e.keys()])) {
    const x = a.get(id);
    const y = e.get(id);
    if (!x || !y) out.push(`${id}: only in ${x ? labels[0] : labels[1]}`);
    else for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      if (JSON.stringify(x[k]) !== JSON.stringify(y[k])) out.push(`${id}.${k}: ${labels[0]} ${JSON.stringify(x[k]).slice(0, 300)} / ${labels[1]} ${JSON.stringify(y[k]).slice(0, 300)}`);
    }
    if (out.length > 12) break;
  }
  return out.join('\n') || 'no difference';
}
