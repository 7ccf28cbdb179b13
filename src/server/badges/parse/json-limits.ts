import 'server-only';
import { AppError } from '@/server/errors';

export const MAX_JSON_BYTES = 1024 * 1024;
const MAX_DEPTH = 40;
const MAX_NODES = 50_000;

/** JSON.parse with the upload limits: size, nesting depth and node count (defuses "JSON bombs"). */
export function parseJsonWithLimits(text: string, what = 'The badge JSON'): unknown {
  if (Buffer.byteLength(text, 'utf8') > MAX_JSON_BYTES)
    throw new AppError('input:too_large', `${what} is larger than 1 MB. A badge is a few kilobytes: check you picked the right file.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : '';
    throw new AppError('input:invalid', `${what} is not valid JSON (${detail}). Copy it again from your wallet, including the first "{" and last "}".`);
  }
  let nodes = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (++nodes > MAX_NODES) throw new AppError('input:too_large', `${what} has too many parts to be a badge (over ${MAX_NODES.toLocaleString('en-GB')}).`);
    if (depth > MAX_DEPTH) throw new AppError('input:invalid', `${what} is nested more than ${MAX_DEPTH} levels deep; a badge never is.`);
    if (node && typeof node === 'object') for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return value;
}
