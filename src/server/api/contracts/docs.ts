// Contracts of the developer-facing routes (the OpenAPI document itself). Owned by the OpenAPI work.
export {};
