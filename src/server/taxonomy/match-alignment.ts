import 'server-only';
import { z } from 'zod';
import { customKey, ESCO_BASE } from './concept-keys';

/** An OB 2.0 / OB 3.0 alignment object (both use these names). */
export const alignmentSchema = z.object({
  targetUrl: z.string().optional(),
  targetCode: z.string().optional(),
  targetFramework: z.string().optional(),
  targetName: z.string().optional(),
  targetType: z.string().optional(),
  targetDescription: z.string().optional(),
});
export type Alignment = z.infer<typeof alignmentSchema>;

/** What an alignment points at, before looking it up: an ESCO URI, an ESCO notation, or a concept of another framework. */
export type AlignmentTarget =
  | { kind: 'esco'; key: string }
  | { kind: 'esco-notation'; notation: string }
  | { kind: 'other'; key: string; frameworkId: string; code: string; name: string | null }
  | { kind: 'none' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ESCO_NOTATION = /^(?:[SKLT]\d*(?:\.\d+)*|\d{2,4})$/;
const ESCO_PATH = /^https?:\/\/data\.europa\.eu\/esco\/([a-z-]+)\/([^/?#\s]+)\/?$/i;

function isEscoFramework(framework: string | undefined): boolean {
  return Boolean(framework && /(^|\W)esco(\W|$)/i.test(framework));
}

/** Canonical ESCO URI from any of its spellings: https, trailing slash, upper case, or an ESCO portal link carrying `?uri=`. */
export function normaliseEscoUri(value: string): string | null {
  let candidate = value.trim();
  try {
    const url = new URL(candidate);
    const inner = url.searchParams.get('uri');
    if (inner && /esco/i.test(url.hostname)) candidate = inner;
  } catch {
    return null;
  }
  const match = ESCO_PATH.exec(candidate);
  if (!match) return null;
  const [, kind, id] = match;
  return `${ESCO_BASE}${kind!.toLowerCase()}/${UUID.test(id!) ? id!.toLowerCase() : id}`;
}

/** Framework id for a non-ESCO framework name or URL: lower-case words joined by dashes. */
export function frameworkIdOf(framework: string): string {
  return (
    framework
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'unknown'
  );
}

/** Pure: how to read an alignment. Looking the target up in the taxonomy is `resolveAlignment`'s job. */
export function matchAlignment(alignment: Alignment): AlignmentTarget {
  const url = alignment.targetUrl?.trim();
  const code = alignment.targetCode?.trim();
  const framework = alignment.targetFramework?.trim();
  for (const value of [url, code]) {
    const esco = value ? normaliseEscoUri(value) : null;
    if (esco) return { kind: 'esco', key: esco };
  }
  if (code && UUID.test(code) && (isEscoFramework(framework) || (url && /esco/i.test(url)))) {
    return { kind: 'esco', key: `${ESCO_BASE}skill/${code.toLowerCase()}` };
  }
  if (code && isEscoFramework(framework) && ESCO_NOTATION.test(code.toUpperCase())) {
    return { kind: 'esco-notation', notation: code.toUpperCase() };
  }
  const name = alignment.targetName?.trim() || null;
  if (code || url) {
    const frameworkId = frameworkIdOf(framework || (url ? new URL(url, 'http://x').hostname : 'unknown'));
    const localCode = code || url!.replace(/\/+$/, '').toLowerCase();
    return { kind: 'other', key: customKey(frameworkId, localCode), frameworkId, code: localCode, name };
  }
  return { kind: 'none' };
}
