export * from './query';
export * from './url';
export { differingFields, type ClaimQueryRow, type RowField } from './row';
export { queryFields } from './fields';
export * from './compare';
export { compileClaimFilter, plainTextMatcher } from './filter';
export { applyClaimQuery, type ApplyOptions } from './apply';
export { ClaimQueryEngine, type QueryResult } from './engine';
export { relevanceBucket } from './relevance';
