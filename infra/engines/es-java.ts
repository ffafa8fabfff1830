// Finds a JDK that can run Elasticsearch 9 (Java 21+). The machine default is often Java 17, and
// the integ-test zip ships no bundled JDK, so we must pick one explicitly and say so when there is none.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MIN_JAVA = 21;

/** Major version from a JDK's `release` file (JAVA_VERSION="25.0.3"), or null when unreadable. */
export function javaMajor(home: string): number | null {
  try {
    const m = /JAVA_VERSION="(\d+)(?:\.(\d+))?/.exec(readFileSync(join(home, 'release'), 'utf8'));
    if (!m) return null;
    // Java 8 and older report "1.8.0"; they are far below the minimum either way.
    return m[1] === '1' ? Number(m[2] ?? 0) : Number(m[1]);
  } catch {
    return null;
  }
}

/**
 * ES_JAVA_HOME wins when it is set (and must then be good enough: a wrong explicit choice is an error,
 * not something to silently override); otherwise the newest 21+ JDK under the usual roots.
 */
export function findJavaHome(env: NodeJS.ProcessEnv = process.env, roots = ['/usr/lib/jvm', '/opt/java', '/usr/local/lib/jvm']): string {
  const explicit = env.ES_JAVA_HOME;
  if (explicit) {
    const major = javaMajor(explicit);
    if (!existsSync(join(explicit, 'bin', 'java'))) throw new Error(`ES_JAVA_HOME=${explicit} has no bin/java`);
    if (major !== null && major < MIN_JAVA) throw new Error(`ES_JAVA_HOME=${explicit} is Java ${major}; Elasticsearch 9 needs Java ${MIN_JAVA}+`);
    return explicit;
  }
  const found: Array<{ home: string; major: number }> = [];
  for (const root of roots) {
    let names: string[] = [];
    try {
      names = readdirSync(root);
    } catch {
      continue;
    }
    for (const name of names) {
      const home = join(root, name);
      const major = javaMajor(home);
      if (major !== null && major >= MIN_JAVA && existsSync(join(home, 'bin', 'java'))) found.push({ home, major });
    }
  }
  found.sort((a, b) => b.major - a.major || a.home.localeCompare(b.home));
  const best = found[0];
  if (!best) {
    throw new Error(
      `no Java ${MIN_JAVA}+ found (looked in ${roots.join(', ')}). Elasticsearch 9 needs it: install one ` +
        `(e.g. apt-get install openjdk-21-jdk-headless, or a Temurin 21/25 JDK) or set ES_JAVA_HOME`,
    );
  }
  return best.home;
}
