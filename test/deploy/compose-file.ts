// Reading docker-compose.yml, the Dockerfile and .dockerignore the way Docker does, for the deploy
// tests (no Docker engine on CI machines, so the files are checked, not run).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { REPO } from '../helpers/cli.ts';

export interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | { published?: string | number; host_ip?: string; target?: number }>;
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] | string; disable?: boolean };
  restart?: string;
  deploy?: { replicas?: number };
  profiles?: string[];
  [key: string]: unknown;
}

export interface ComposeFile {
  name?: string;
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
  [key: string]: unknown;
}

export const COMPOSE_PATH = join(REPO, 'docker-compose.yml');

/** Parsed with YAML merge keys (`<<: *anchor`), which Compose supports; parse errors and warnings are returned. */
export function loadCompose(path = COMPOSE_PATH): { compose: ComposeFile; problems: string[] } {
  const doc = parseDocument(readFileSync(path, 'utf8'), { merge: true, prettyErrors: true, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => e.message);
  return { compose: doc.toJS({ maxAliasCount: 100 }) as ComposeFile, problems };
}

/** `environment` as a map, from either form Compose accepts (map, or `KEY=value` list). */
export function envOf(s: ComposeService): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(s.environment)) {
    for (const kv of s.environment) {
      const i = kv.indexOf('=');
      out[i < 0 ? kv : kv.slice(0, i)] = i < 0 ? '' : kv.slice(i + 1);
    }
  } else {
    for (const [k, v] of Object.entries(s.environment ?? {})) out[k] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}

export function commandOf(s: ComposeService): string[] {
  if (s.command === undefined) return [];
  return Array.isArray(s.command) ? s.command.map(String) : s.command.split(/\s+/).filter(Boolean);
}

export function dependsOn(s: ComposeService): Record<string, string> {
  if (!s.depends_on) return {};
  if (Array.isArray(s.depends_on)) return Object.fromEntries(s.depends_on.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(s.depends_on).map(([d, v]) => [d, v?.condition ?? 'service_started']));
}

/** Published ports as `host_ip:host_port` (host ip `0.0.0.0` when none is given), with the container port. */
export function publishedPorts(s: ComposeService): Array<{ hostIp: string; hostPort: string; target: string }> {
  return (s.ports ?? []).map((p) => {
    if (typeof p === 'object') return { hostIp: p.host_ip ?? '0.0.0.0', hostPort: String(p.published ?? ''), target: String(p.target ?? '') };
    const parts = p.split(':');
    const target = parts.pop()!.split('/')[0]!;
    const hostPort = parts.pop() ?? target;
    return { hostIp: parts.pop() ?? '0.0.0.0', hostPort, target };
  });
}

export function imageTag(image: string): { repo: string; tag: string | null } {
  const at = image.lastIndexOf(':');
  // A colon before the last slash belongs to a registry port, not a tag.
  if (at < 0 || at < image.lastIndexOf('/')) return { repo: image, tag: null };
  return { repo: image.slice(0, at), tag: image.slice(at + 1) };
}

// ---- Dockerfile and .dockerignore ----------------------------------------------------------------

export interface DockerfileInstr {
  op: string;
  args: string;
}

/** Instructions with line continuations joined and comments dropped. */
export function parseDockerfile(text: string): DockerfileInstr[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const m = /^(\S+)\s*(.*)$/.exec(l)!;
      return { op: m[1]!.toUpperCase(), args: m[2]!.trim() };
    });
}

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Docker's .dockerignore rule: patterns apply in order, the last match wins, `!` re-includes, and a
 * pattern matching a directory matches everything under it.
 */
export function dockerIgnored(patterns: string[], path: string): boolean {
  const segments = path.split('/');
  let ignored = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = (negate ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    const re = globToRegExp(pattern);
    const matches = segments.some((_, i) => re.test(segments.slice(0, i + 1).join('/')));
    if (matches) ignored = !negate;
  }
  return ignored;
}

export function readDockerignore(path = join(REPO, '.dockerignore')): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
