import 'server-only';
import Ajv2019, { type ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
// Imported, not read with fs: the schemas become part of the server build (and the CLI's), whatever the working directory.
import achievementCredential from '../../../../data/schemas/1edtech-ob30/ob_v3p0_achievementcredential_schema.json';
import endorsementCredential from '../../../../data/schemas/1edtech-ob30/ob_v3p0_endorsementcredential_schema.json';
import credentialsResponse from '../../../../data/schemas/1edtech-ob30/ob_v3p0_getopenbadgecredentialsresponse_schema.json';
import profile from '../../../../data/schemas/1edtech-ob30/ob_v3p0_profile_schema.json';

export type BundledSchema = { id: string; name: string };

const SCHEMAS = [achievementCredential, endorsementCredential, credentialsResponse, profile] as { $id: string; title?: string }[];

export const ACHIEVEMENT_CREDENTIAL_SCHEMA = achievementCredential.$id;
export const ENDORSEMENT_CREDENTIAL_SCHEMA = endorsementCredential.$id;

/** `credentialSchema.type` values that mean "validate with this JSON Schema" (OB 3.0, its schema files, VC 2.0). */
export const JSON_SCHEMA_TYPES: ReadonlySet<string> = new Set(['1EdTechJsonSchemaValidator2019', 'JsonSchemaValidator2019', 'JsonSchema']);

const fileName = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/**
 * The bundled schema a URL names: its `$id` (…/schema/json-ld/<file>) or the URL 1EdTech publishes it at
 * (…/schema/json/<file>), which is what credentials declare.
 */
export function bundledSchema(url: string): BundledSchema | null {
  const found = SCHEMAS.find((schema) => schema.$id === url || schema.$id.replace('/schema/json-ld/', '/schema/json/') === url);
  return found ? { id: found.$id, name: fileName(found.$id) } : null;
}

let ajv: Ajv2019 | null = null;
const compiled = new Map<string, ValidateFunction>();

/** The validator for a bundled schema, compiled on first use and kept. */
export function schemaValidator(id: string): ValidateFunction {
  const cached = compiled.get(id);
  if (cached) return cached;
  if (!ajv) {
    // strict: false — the 1EdTech files use keywords (e.g. `$comment` placement, tuple `items`) strict mode rejects.
    ajv = new Ajv2019({ strict: false, allErrors: true, verbose: true });
    addFormats(ajv);
    for (const schema of SCHEMAS) ajv.addSchema(schema);
  }
  const validate = ajv.getSchema(id);
  if (!validate) throw new Error(`No bundled JSON Schema with $id ${id}`);
  compiled.set(id, validate);
  return validate;
}
