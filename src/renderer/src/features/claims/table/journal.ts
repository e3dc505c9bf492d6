import { watchTables } from '../../../lib/search';

/** Beyond this many changed claims the journal just says "many": the whole store is compared. */
const idLimit = 20_000;

const storageKey = (dbName: string) => `claimdesk:claims-table:changed:${dbName}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The claims changed since the table's snapshot was last written, kept in localStorage (written
 * synchronously, so it survives a crash or a closed window). On the next launch the table shows
 * its snapshot and reads just these claims again, so what it shows is right within moments,
 * without waiting for the comparison with the whole store that follows in the background.
 *
 * It is recorded from the app's start (not only while the table is open), from Dexie's change
 * events: edits made in the review queue or the reader before the table was ever opened count.
 */
export class ChangeJournal {
  private ids = new Map<string, number>();
  private all = 0;
  private generation = 0;

  constructor(private readonly dbName: string) {
    try {
      const saved = JSON.parse(storage()?.getItem(storageKey(dbName)) ?? 'null') as {
        all: boolean;
        ids: string[];
      } | null;
      if (saved?.all) this.all = 1;
      for (const id of saved?.ids ?? []) this.ids.set(id, 0);
    } catch {
      this.all = 1;
    }
  }

  record(change: string[] | 'all') {
    this.generation++;
    if (change === 'all' || this.ids.size + change.length > idLimit) {
      this.all = this.generation;
      this.ids.clear();
    } else {
      for (const id of change) this.ids.set(id, this.generation);
    }
    this.persist();
  }

  /** What changed since the snapshot: everything (`all`), or these claims. */
  pending(): { all: boolean; ids: string[] } {
    return { all: this.all > 0, ids: [...this.ids.keys()] };
  }

  /** A mark to pass to `saved` once a snapshot taken now is written. */
  mark(): number {
    return this.generation;
  }

  /** A snapshot holding every change up to `mark` was written: forget those changes. */
  saved(mark: number) {
    if (this.all <= mark) this.all = 0;
    for (const [id, generation] of this.ids) if (generation <= mark) this.ids.delete(id);
    this.persist();
  }

  private persist() {
    try {
      storage()?.setItem(
        storageKey(this.dbName),
        JSON.stringify({ all: this.all > 0, ids: this.all > 0 ? [] : [...this.ids.keys()] }),
      );
    } catch {
      // Storage full or unavailable: the next launch compares everything anyway.
    }
  }
}

const journals = new Map<string, ChangeJournal>();

/** The journal of a store, recording from the first call on. */
export function journalFor(dbName: string): ChangeJournal {
  let journal = journals.get(dbName);
  if (!journal) {
    const created = new ChangeJournal(dbName);
    journals.set(dbName, (journal = created));
    watchTables(dbName, ['claims'], (changes) => {
      const change = changes.get('claims');
      if (change) created.record(change);
    });
  }
  return journal;
}
