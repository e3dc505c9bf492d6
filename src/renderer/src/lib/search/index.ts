export { ArchiveSearch, type SourcesUpdate } from './client';
export { makeBatch, type ClaimTextBatch, type IndexProgress, type SourceMeta } from './protocol';
export type { SearchHits } from './textIndex';
export { watchTables, type TableChange } from './storageChanges';
