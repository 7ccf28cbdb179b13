import 'server-only';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['src', 'public', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

function addTree(hash: ReturnType<typeof createHash>, root: string, relative: string): void {
  const full = path.join(root, relative);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const entry of readdirSync(full).sort()) if (!entry.endsWith('.test.ts')) addTree(hash, root, path.join(relative, entry));
    return;
  }
  hash.update(relative).update('\0').update(readFileSync(full)).update('\0');
}

/** A hash of everything the production build depends on. */
export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) addTree(hash, root, input);
  return hash.digest('hex');
}

export function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Runs `next build` unless the existing build was made from the same sources. */
export async function ensureProductionBuild(root: string): Promise<'built' | 'reused'> {
  const fingerprint = sourceFingerprint(root);
  const marker = path.join(root, '.next', 'badgeboard-fingerprint');
  if (existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(marker) && readFileSync(marker, 'utf8') === fingerprint) return 'reused';
  await runCommand('npx', ['next', 'build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  writeFileSync(marker, fingerprint);
  return 'built';
}
