/** The JSON backup: format, validation (zod) and merge planning. Pure. */
export * from './schema';
export type * from './types';
export { parseBackup, countTables, type ParseBackupResult } from './validate';
export {
  planMerge,
  mergeWrites,
  eventFingerprint,
  type MergePlan,
  type MergePut,
  type MergeReport,
  type MergeConflict,
  type MergeOptions,
} from './merge';
export { deepEqual } from './equal';
export { serialiseBackup } from './write';
