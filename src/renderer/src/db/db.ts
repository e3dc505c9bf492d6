import Dexie, { type EntityTable } from 'dexie';
import type {
  ChangeEvent,
  Claim,
  ClaimLink,
  Outlet,
  Setting,
  Source,
  Speaker,
} from '@shared/model';
import { linkPairMiddleware } from './linkPair';
import { upgrades } from './migrations';
import { databaseName, schemaVersions } from './schema';

export type ClaimdeskDB = Dexie & {
  sources: EntityTable<Source, 'id'>;
  claims: EntityTable<Claim, 'id'>;
  speakers: EntityTable<Speaker, 'id'>;
  outlets: EntityTable<Outlet, 'id'>;
  links: EntityTable<ClaimLink, 'id'>;
  events: EntityTable<ChangeEvent, 'seq'>;
  settings: EntityTable<Setting, 'key'>;
};

/** Opens (or creates) the store; tests pass their own name to stay isolated. */
export function createDatabase(name: string = databaseName): ClaimdeskDB {
  const db = new Dexie(name) as ClaimdeskDB;
  for (const { version, stores } of schemaVersions) {
    const declared = db.version(version).stores(stores);
    const upgrade = upgrades[version];
    if (upgrade) declared.upgrade(upgrade);
  }
  db.use(linkPairMiddleware);
  return db;
}

/** The app's single instance. */
export const db = createDatabase();
