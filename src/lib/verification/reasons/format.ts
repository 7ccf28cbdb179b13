import { detail, str, type Reasons } from './types';

const kinds: Record<string, string> = { ob3: 'Open Badges 3.0 credential', ob2: 'Open Badges 2.0 assertion', clr: 'Comprehensive Learner Record (CLR 2.0)' };
export const kindName = (value: unknown) => kinds[str(value)] ?? 'credential';

export const formatReasons: Reasons = {
  readable: (p) => `${kindName(p.kind)}${p.jwt ? ' (JWT)' : ''} with all required fields.`,
  schema: (p) => `This ${kindName(p.kind)} does not follow the Open Badges schema at ${str(p.path, 'the top level')}: ${str(p.message)}. Ask the issuer for a corrected badge.`,
  missing_parts: (p) => `This ${kindName(p.kind)} is missing required parts (${str(p.problems)}). Ask the issuer for a complete badge.`,
  // Notes (warnings) from the schema check.
  json_ld_shape: (p) => `${str(p.path)} is a single value where the schema expects a list; JSON-LD treats both the same, so it is accepted.`,
  unreadable: (p) => `This badge could not be read${detail(p)}.`,
};
