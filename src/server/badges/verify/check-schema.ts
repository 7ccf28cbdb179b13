import type { CheckNote } from '@/lib/verification/model';
import type { DecodedCredential } from '../parse/decode-credential';

export type SchemaFindings = { violations: { path: string; message: string }[]; notes: CheckNote[] };

/** Validates an OB 3.0 credential against the 1EdTech JSON Schemas. (Placeholder until the schemas are bundled.) */
export function schemaFindings(_decoded: DecodedCredential): SchemaFindings {
  return { violations: [], notes: [] };
}
