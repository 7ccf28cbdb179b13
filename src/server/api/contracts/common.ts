import 'server-only';
import { z } from 'zod';

/** A path id: a UUID. Anything else names nothing (404), see `defineRoute`. */
export const idParams = z.object({ id: z.uuid().meta({ description: 'The id (a UUID).' }) });

/** Bodies that only carry a few fields. */
export const SMALL_JSON_BYTES = 16 * 1024;
