export * from './query';
export * from './url';
export type { ClaimQueryRow } from './row';
export * from './compare';
export { compileClaimFilter, plainTextMatcher } from './filter';
export { applyClaimQuery, type ApplyOptions } from './apply';
export { ClaimQueryEngine, type QueryResult } from './engine';
export { relevanceBucket } from './relevance';
