export * from './users';
export * from './cv';
export * from './outbox';
export * from './taxonomy';
export * from './badges';
export * from './shortlists';
export * from './jobs';
export * from './security';
