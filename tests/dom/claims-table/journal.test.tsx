import { describe, expect, it } from 'vitest';
import { ChangeJournal } from '../../../src/renderer/src/features/claims/table/journal';

describe('change journal', () => {
  it('remembers changed claims across launches until a snapshot holding them is written', () => {
    const name = `journal-${crypto.randomUUID()}`;
    const journal = new ChangeJournal(name);
    journal.record(['a', 'b']);
    const mark = journal.mark();
    journal.record(['c']);
    // A relaunch (a new instance) sees what was recorded.
    expect(new ChangeJournal(name).pending()).toEqual({ all: false, ids: ['a', 'b', 'c'] });

    // A snapshot taken at `mark` holds a and b, not c (changed while it was written).
    journal.saved(mark);
    expect(new ChangeJournal(name).pending()).toEqual({ all: false, ids: ['c'] });
    journal.saved(journal.mark());
    expect(new ChangeJournal(name).pending()).toEqual({ all: false, ids: [] });
  });

  it('says "everything" for bulk writes, until a later snapshot', () => {
    const journal = new ChangeJournal(`journal-${crypto.randomUUID()}`);
    const before = journal.mark();
    journal.record('all');
    expect(journal.pending().all).toBe(true);
    journal.saved(before);
    expect(journal.pending().all).toBe(true);
    journal.saved(journal.mark());
    expect(journal.pending()).toEqual({ all: false, ids: [] });
  });
});
