import 'server-only';
import type { ErrorObject } from 'ajv';

/** One place where a credential breaks a schema: a JSON Pointer into the credential and what is wrong there. */
export type SchemaViolation = { path: string; message: string };

const inBranch = (error: ErrorObject) => /\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath);
const underContains = (error: ErrorObject) => error.schemaPath.includes('/contains/');

function values(list: unknown[]): string {
  const shown = list.slice(0, 6).map(String).join(', ');
  return list.length > 6 ? `${shown}, … (${list.length} values)` : shown;
}

/** A sentence fragment for one error, better than Ajv's where Ajv's hides the allowed values. */
function describe(error: ErrorObject): string {
  const schema = error.schema as Record<string, unknown> | unknown[] | undefined;
  if (error.keyword === 'required') return 'is required';
  if (error.keyword === 'enum' && Array.isArray(schema)) return `must be one of ${values(schema)}`;
  if (error.keyword === 'const') return `must be ${JSON.stringify(schema)}`;
  if (error.keyword === 'contains' && schema && !Array.isArray(schema) && Array.isArray(schema.enum)) return `must include ${values(schema.enum)}`;
  if (error.keyword === 'pattern') return `must match ${String(schema)}`;
  return error.message ?? error.keyword;
}

const pathOf = (error: ErrorObject) =>
  error.keyword === 'required' ? `${error.instancePath}/${String((error.params as { missingProperty?: string }).missingProperty)}` : error.instancePath;

/**
 * Ajv's errors (allErrors) → one violation per failing path, in the order Ajv found them. Noise is dropped:
 * the summary of a oneOf/anyOf, the errors of branches that failed higher up than the deepest failure,
 * and the per-item errors behind a failed `contains`.
 */
export function schemaViolations(errors: ErrorObject[]): SchemaViolation[] {
  const kept = errors.filter((error) => !underContains(error) && error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
  const paths = kept.map(pathOf);
  const deeper = (path: string) => paths.some((other) => other.startsWith(`${path}/`));
  const byPath = new Map<string, { messages: string[]; branches: boolean }>();
  kept.forEach((error, index) => {
    const path = paths[index]!;
    if (inBranch(error) && deeper(path)) return;
    const entry = byPath.get(path) ?? { messages: [], branches: false };
    const message = describe(error);
    if (!entry.messages.includes(message)) entry.messages.push(message);
    entry.branches ||= inBranch(error);
    byPath.set(path, entry);
  });
  // A oneOf/anyOf whose branches all matched (or reported nothing) still fails: keep its own message.
  for (const error of errors) {
    if ((error.keyword === 'oneOf' || error.keyword === 'anyOf') && !byPath.has(error.instancePath) && !deeper(error.instancePath)) {
      byPath.set(error.instancePath, { messages: [describe(error)], branches: false });
    }
  }
  return [...byPath].map(([path, { messages, branches }]) => ({ path: path || '/', message: messages.join(branches ? ' or ' : '; ') }));
}
