import 'server-only';
import type { FormatViolation } from './check-schema';

/** The Open Badges 2.0 context, as the specification gives it, and the document it resolves to. */
const OB2_CONTEXTS = new Set(['https://w3id.org/openbadges/v2', 'https://openbadgespec.org/v2/context.json']);
const ASSERTION_TYPES = new Set(['Assertion', 'https://w3id.org/openbadges#Assertion']);

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const shown = (value: unknown): string => (value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value).slice(0, 120));

/**
 * What makes an OB 2.0 Assertion one: its `@context` is OB 2.0's (alone, or first among extension contexts),
 * its `type` is `Assertion` (alone or in a list), and its image, if any, is not a data: URI — the specification
 * allows data URIs for BadgeClass and Profile images only; an Assertion's image is the (baked) image's IRI.
 */
export function ob2Violations(assertion: Record<string, unknown>): FormatViolation[] {
  const violations: FormatViolation[] = [];
  const contexts = asArray(assertion['@context']);
  if (!contexts.some((context) => typeof context === 'string' && OB2_CONTEXTS.has(context))) {
    violations.push({
      code: 'ob2_context',
      path: '/@context',
      message: 'must be https://w3id.org/openbadges/v2',
      params: { found: shown(assertion['@context']) },
    });
  }
  if (!asArray(assertion.type).some((type) => typeof type === 'string' && ASSERTION_TYPES.has(type))) {
    violations.push({ code: 'ob2_type', path: '/type', message: 'must be Assertion', params: { found: shown(assertion.type) } });
  }
  const image = assertion.image;
  const imageUri = typeof image === 'string' ? image : image && typeof image === 'object' ? (image as { id?: unknown }).id : undefined;
  if (typeof imageUri === 'string' && /^\s*data:/i.test(imageUri)) {
    violations.push({ code: 'ob2_data_uri_image', path: typeof image === 'string' ? '/image' : '/image/id', message: 'must not be a data: URI' });
  }
  return violations;
}
