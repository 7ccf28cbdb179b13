import 'server-only';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findJdk } from './java';

/** The Elasticsearch release the project provisions (Maven Central's integ-test-zip) and docker-compose pins. */
export const ES_VERSION = '9.4.3';
const ES_USER = 'badgeboard-es';
const ARTIFACT = `org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip`;

export type LocalNode = { url: string; startedHere: boolean; stop: () => Promise<void>; detail: string };
type Log = (line: string) => void;

/** Answers whether an Elasticsearch node (not just any server) listens at the URL. */
export async function probeElasticsearch(url: string, timeoutMs = 1500): Promise<{ version: string } | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (response.headers.get('x-elastic-product') !== 'Elasticsearch') return null;
    const body = (await response.json()) as { version?: { number?: string } };
    return { version: body.version?.number ?? 'unknown' };
  } catch {
    return null;
  }
}

function run(command: string, args: string[], options: { cwd?: string } = {}): void {
  const result = spawnSync(command, args, { cwd: options.cwd, encoding: 'utf8' });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${(result.stderr || result.stdout).slice(-2000)}`);
}

/** Downloads (once, via Maven) and unpacks the distribution under `.cache/`. Idempotent. */
export function installElasticsearch(root: string, log: Log): string {
  const home = path.join(root, '.cache', `elasticsearch-${ES_VERSION}`);
  if (existsSync(path.join(home, 'bin', 'elasticsearch'))) return home;
  const downloads = path.join(root, '.cache', 'downloads');
  mkdirSync(downloads, { recursive: true });
  const zip = path.join(downloads, `elasticsearch-${ES_VERSION}.zip`);
  if (!existsSync(zip)) {
    log(`downloading Elasticsearch ${ES_VERSION} from Maven Central (about 120 MB, once)`);
    run('mvn', ['-q', '-B', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${downloads}`]);
  }
  log('unpacking');
  const staging = path.join(root, '.cache', `elasticsearch-${ES_VERSION}.partial`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  run('unzip', ['-q', zip, '-d', staging]);
  const [inner] = readdirSync(staging);
  if (!inner) throw new Error(`The Elasticsearch archive ${zip} is empty; delete it and try again.`);
  renameSync(path.join(staging, inner), home);
  rmSync(staging, { recursive: true, force: true });
  for (const file of readdirSync(path.join(home, 'bin'))) chmodSync(path.join(home, 'bin', file), 0o755);
  return home;
}

/** Elasticsearch refuses to run as root: as root, run it as a dedicated system user that owns its folders. */
function runAsUser(folders: string[]): string | null {
  if (process.getuid?.() !== 0) return null;
  if (spawnSync('id', [ES_USER]).status !== 0) {
    run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', ES_USER]);
  }
  for (const folder of folders) run('chown', ['-R', `${ES_USER}:`, folder]);
  return ES_USER;
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * A local single-node Elasticsearch on 127.0.0.1: reused when one already answers on the port,
 * otherwise installed and started here (security off: it only listens on loopback).
 */
export async function ensureLocalElasticsearch(root: string, options: { port?: number; heap?: string; log?: Log } = {}): Promise<LocalNode> {
  const log = options.log ?? (() => undefined);
  const port = options.port ?? 9200;
  const url = `http://127.0.0.1:${port}`;
  const running = await probeElasticsearch(url);
  if (running) return { url, startedHere: false, stop: async () => undefined, detail: `reused the Elasticsearch ${running.version} node already at ${url}` };

  const jdk = findJdk();
  const home = installElasticsearch(root, log);
  const dataRoot = path.join(root, '.data', 'elasticsearch');
  const dataDir = path.join(dataRoot, 'data');
  const logDir = path.join(dataRoot, 'logs');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(logDir, { recursive: true });
  const user = runAsUser([home, dataRoot]);
  const heap = options.heap ?? '512m';
  const settings = [
    'discovery.type=single-node',
    'network.host=127.0.0.1',
    `http.port=${port}`,
    'transport.port=0',
    `path.data=${dataDir}`,
    `path.logs=${logDir}`,
    'xpack.security.enabled=false',
    'cluster.routing.allocation.disk.threshold_enabled=false',
    'action.destructive_requires_name=false',
  ].flatMap((setting) => ['-E', setting]);
  const binary = path.join(home, 'bin', 'elasticsearch');
  const [command, args] = user ? ['runuser', ['-u', user, '--', binary, ...settings]] : [binary, settings];
  const consoleLog = path.join(dataRoot, 'console.log');
  writeFileSync(consoleLog, '');
  log(`starting Elasticsearch ${ES_VERSION} on ${url} (JDK ${jdk.version}, heap ${heap}${user ? `, user ${user}` : ''})`);
  const out = openSync(consoleLog, 'a');
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, ES_JAVA_HOME: jdk.home, ES_JAVA_OPTS: `-Xms${heap} -Xmx${heap}`, JAVA_HOME: jdk.home },
  });
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  writeFileSync(path.join(dataRoot, 'node.pid'), String(child.pid));

  const stop = async () => {
    if (exited !== null || !child.pid) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const deadline = Date.now() + 20_000;
    while (exited === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    if (exited === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  };

  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`Elasticsearch exited (code ${exited}) while starting. Last lines of ${consoleLog}:\n${tail(consoleLog)}`);
    try {
      const response = await fetch(`${url}/_cluster/health?wait_for_status=yellow&timeout=2s`, { signal: AbortSignal.timeout(3000) });
      if (response.ok) return { url, startedHere: true, stop, detail: `started Elasticsearch ${ES_VERSION} at ${url} (data in .data/elasticsearch)` };
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`Elasticsearch did not become healthy within 3 minutes. Last lines of ${consoleLog}:\n${tail(consoleLog)}`);
}
