// Contracts of the public verification route (`POST /api/v1/verify`). Owned by the API keys work.
export {};
