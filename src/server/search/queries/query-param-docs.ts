import 'server-only';
import type { ZodOpenApiOverrideMeta } from 'zod-openapi';

// How filter parameters read in the OpenAPI document (`.meta({ override })`): documentation only, parsing is unchanged.

/** A repeatable parameter (`skill=a&skill=b`): the schema also takes a lone value, but to a caller it is a list. */
export const listParam: ZodOpenApiOverrideMeta = ({ jsonSchema }) => {
  const list = jsonSchema.anyOf?.find((option) => typeof option === 'object' && option !== null && 'type' in option && option.type === 'array');
  if (!list) return;
  delete jsonSchema.anyOf;
  Object.assign(jsonSchema, list);
};

/** A yes/no parameter: query strings carry text, so the words it takes, and its default. */
export function flagParam(fallback: boolean): ZodOpenApiOverrideMeta {
  return ({ jsonSchema }) => {
    delete jsonSchema.anyOf;
    Object.assign(jsonSchema, { type: 'string', enum: ['1', '0', 'true', 'false', 'on', 'off'], default: fallback ? '1' : '0' });
  };
}
