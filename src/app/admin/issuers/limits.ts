/** Server actions carry at most 1 MB: a registry file is read in the browser and sent as text below that. */
export const MAX_REGISTRY_FILE_CHARS = 900_000;
