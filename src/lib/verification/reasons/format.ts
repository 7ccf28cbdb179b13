import { detail, list, str, type Reasons } from './types';

const kinds: Record<string, string> = {
  endorsement: 'endorsement credential',
  vc: 'Verifiable Credential',
  ob3: 'Open Badges 3.0 credential',
  ob2: 'Open Badges 2.0 assertion',
  clr: 'Comprehensive Learner Record (CLR 2.0)',
};
export const kindName = (value: unknown) => kinds[str(value)] ?? 'credential';

export const formatReasons: Reasons = {
  readable: (p) => `${kindName(p.kind)}${p.jwt ? ' (JWT)' : ''} with all required fields.`,
  schema: (p) =>
    `This ${kindName(p.kind)} does not follow the Open Badges schema${p.schema ? ` (${str(p.schema)})` : ''} at ${str(p.path, 'the top level')}: ${str(p.message)}${
      Number(p.count) > 1 ? ` (and ${Number(p.count) - 1} more)` : ''
    }. Ask the issuer for a corrected badge.`,
  ob2_context: (p) =>
    `This is not an Open Badges 2.0 assertion: its @context is ${str(p.found, '(none)')}, where OB 2.0 requires https://w3id.org/openbadges/v2. Ask the issuer for a corrected badge.`,
  ob2_type: (p) =>
    `This Open Badges 2.0 document is not an Assertion: its type is ${str(p.found, '(none)')}. Upload the badge you were awarded (an Assertion), not another OB 2.0 document.`,
  ob2_data_uri_image: () =>
    "The assertion's image is a data: URI. Open Badges 2.0 allows data URIs only for a BadgeClass or issuer image; an assertion's image must be the address of its baked PNG or SVG. Ask the issuer for a corrected badge.",
  missing_parts: (p) => `This ${kindName(p.kind)} is missing required parts (${str(p.problems)}). Ask the issuer for a complete badge.`,
  // Notes (warnings) from the schema check.
  json_ld_shape: (p) => `${str(p.path)} is a single value where the schema expects a list; JSON-LD treats both the same, so it is accepted.`,
  json_ld_list: (p) => `${str(p.path)} is a one-element list where the schema expects a single value; JSON-LD treats both the same, so it is accepted.`,
  unknown_schema: (p) =>
    `The credential declares a schema Badgeboard does not have (${str(p.id, 'no id')}${p.type ? `, ${str(p.type)}` : ''}); it was not checked against that schema.`,
  vc1_data_model: (p) =>
    `This credential uses the VC 1.1 data model of the Open Badges 3.0 drafts (issuanceDate, the credentials/v1 context); the 1EdTech schema is written for VC 2.0, so it was checked with the VC 2.0 names${
      Number(p.count) > 0
        ? ` and its ${str(p.count)} difference${Number(p.count) > 1 ? 's' : ''} (first at ${str(p.path)}: ${str(p.message)}) are shown as a warning, not a failure`
        : ' and fits it'
    }.`,
  not_open_badge: (p) =>
    `This is a Verifiable Credential (${list(p.types).join(', ') || 'no type'}) but not an Open Badge: it names no achievement awarded to anyone, so it is not a badge. Ask the issuer for the Open Badge itself.`,
  unreadable: (p) => `This badge could not be read${detail(p)}.`,
};
