// Reading a hand-edited YAML config file (alerts, watchlists): parse errors and schema errors are
// both reported as `file:line: field: message`, so an analyst can go straight to the line.
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { z } from 'zod';

export class ConfigFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigFileError';
  }
}

/** The YAML node at a path; the nearest ancestor when the key is missing. */
export function nodeAt(root: Node | null | undefined, path: ReadonlyArray<PropertyKey>): Node | null {
  let node: Node | null = root ?? null;
  for (const key of path) {
    const next = isMap(node) ? (node.get(String(key), true) as Node | undefined) : isSeq(node) && typeof key === 'number' ? (node.get(key, true) as Node | undefined) : undefined;
    if (!next) return node;
    node = next;
  }
  return node;
}

export interface YamlConfig<T> {
  value: T;
  /** `file:line` of the node at a path, for problems found after the schema (duplicates, references). */
  where: (path: ReadonlyArray<PropertyKey>) => string;
  /** 1-based line of the node at a path. */
  line: (path: ReadonlyArray<PropertyKey>) => number;
  doc: Document;
}

export function parseYamlConfig<S extends z.ZodType>(text: string, file: string, schema: S): YamlConfig<z.infer<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) throw new ConfigFileError(doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`));
  const line = (path: ReadonlyArray<PropertyKey>) => {
    const offset = nodeAt(doc.contents as Node, path)?.range?.[0];
    return offset === undefined ? 1 : lines.linePos(offset).line;
  };
  const where = (path: ReadonlyArray<PropertyKey>) => `${file}:${line(path)}`;
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    throw new ConfigFileError(parsed.error.issues.map((i) => `${where(i.path)}: ${i.path.map(String).join('.') || '(root)'}: ${i.message}`));
  }
  return { value: parsed.data, where, line, doc };
}
