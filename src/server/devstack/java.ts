import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MIN_JAVA = 21;

function javaMajor(home: string): number | null {
  try {
    const release = readFileSync(path.join(home, 'release'), 'utf8');
    const match = /^JAVA_VERSION="(\d+)/m.exec(release);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** A JDK ≥ 21 for Elasticsearch: ES_JAVA_HOME, else JAVA_HOME, else the newest under /usr/lib/jvm. */
export function findJdk(): { home: string; version: number } {
  const candidates: string[] = [];
  for (const name of ['ES_JAVA_HOME', 'JAVA_HOME']) {
    const value = process.env[name];
    if (value) candidates.push(value);
  }
  const jvmDir = '/usr/lib/jvm';
  if (existsSync(jvmDir)) for (const entry of readdirSync(jvmDir)) candidates.push(path.join(jvmDir, entry));
  const usable = candidates
    .map((home) => ({ home, version: javaMajor(home) }))
    .filter(
      (jdk): jdk is { home: string; version: number } => jdk.version !== null && jdk.version >= MIN_JAVA && existsSync(path.join(jdk.home, 'bin', 'java')),
    )
    .sort((a, b) => b.version - a.version);
  const best = usable[0];
  if (!best) {
    throw new Error(
      `Elasticsearch needs a JDK ${MIN_JAVA} or newer and none was found (looked at ES_JAVA_HOME, JAVA_HOME and ${jvmDir}). ` +
        'Install one (e.g. Temurin 21+) and set ES_JAVA_HOME, or set ELASTICSEARCH_URL to an existing node.',
    );
  }
  return best;
}
