import type {
  ChangeEvent,
  Claim,
  ClaimLink,
  Outlet,
  Setting,
  Source,
  Speaker,
} from '@shared/model';
import type { BackupTable } from './schema';

/** Every table of the store, as arrays of rows. */
export interface StoreTables {
  sources: Source[];
  claims: Claim[];
  speakers: Speaker[];
  outlets: Outlet[];
  links: ClaimLink[];
  events: ChangeEvent[];
  settings: Setting[];
}

export interface Backup {
  format: string;
  formatVersion: number;
  schemaVersion: number;
  createdAt: string;
  app?: string;
  counts?: Partial<Record<BackupTable, number>>;
  tables: StoreTables;
}

export type TableCounts = Record<BackupTable, number>;
