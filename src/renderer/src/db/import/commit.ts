import type { Claim, ChangeEvent, Outlet, Source, Speaker } from '@shared/model';
import { defaultStatusId } from '@shared/statuses';
import { editorNameKey } from '../changes';
import type { ClaimdeskDB } from '../db';
import type { PreparedArticle } from './prepare';

export type CommitResult =
  | { status: 'imported'; sourceId: string; claims: number }
  | { status: 'duplicate'; sourceId: string };

const importTables = (db: ClaimdeskDB) => [
  db.sources,
  db.claims,
  db.speakers,
  db.outlets,
  db.events,
  db.settings,
];

const unique = (values: (string | null)[]) => [
  ...new Set(values.filter((v): v is string => Boolean(v))),
];

/**
 * People or outlets by lower-cased name and alias. A match by name wins over a match by alias,
 * and the first of several wins. A row found both ways is one object, so a role given to it
 * through its name is seen through its alias too.
 */
function byNameThenAlias<T extends { id: string; name: string; aliases: string[] }>(
  byName: T[],
  byAlias: T[],
): Map<string, T> {
  const found = new Map<string, T>();
  const byId = new Map<string, T>();
  const one = (row: T) => {
    const same = byId.get(row.id);
    if (same) return same;
    byId.set(row.id, row);
    return row;
  };
  for (const row of byName) {
    const key = row.name.toLowerCase();
    if (!found.has(key)) found.set(key, one(row));
  }
  for (const row of byAlias) {
    for (const alias of row.aliases) {
      const key = alias.toLowerCase();
      if (!found.has(key)) found.set(key, one(row));
    }
  }
  return found;
}

/**
 * Stores articles in one transaction, each with its outlet, speakers and suggested claims: all of
 * them or, if anything fails, none, so every source is complete or absent. An article whose
 * content hash is in the store (or earlier in the batch) is reported, not duplicated. Outlets and
 * speakers are found by name or alias, ignoring case, or created once and shared by the articles
 * that follow; a known speaker without a role takes the role an article gives.
 *
 * Everything the batch needs is read in one round of queries and written in one round of
 * requests: each await inside a transaction is a round trip to IndexedDB, and every committed
 * transaction wakes each live query, search index and open window, so a batch import pays both
 * once per group rather than once per article.
 */
export async function commitArticles(
  db: ClaimdeskDB,
  articles: readonly PreparedArticle[],
): Promise<CommitResult[]> {
  if (articles.length === 0) return [];
  return db.transaction('rw', importTables(db), async (): Promise<CommitResult[]> => {
    const outletNames = unique(articles.map((a) => a.outletName));
    const speakerNames = unique(articles.flatMap((a) => a.claims.map((c) => c.speakerName)));
    const [stored, editor, outletsByName, outletsByAlias, speakersByName, speakersByAlias] =
      await Promise.all([
        db.sources
          .where('contentHash')
          .anyOf(articles.map((a) => a.contentHash))
          .toArray(),
        db.settings.get(editorNameKey),
        outletNames.length ? db.outlets.where('name').anyOfIgnoreCase(outletNames).toArray() : [],
        outletNames.length
          ? db.outlets.where('aliases').anyOfIgnoreCase(outletNames).toArray()
          : [],
        speakerNames.length
          ? db.speakers.where('name').anyOfIgnoreCase(speakerNames).toArray()
          : [],
        speakerNames.length
          ? db.speakers.where('aliases').anyOfIgnoreCase(speakerNames).toArray()
          : [],
      ]);

    const at = new Date().toISOString();
    const actor = (editor?.value as string | undefined) ?? null;
    const sourceByHash = new Map(stored.map((s) => [s.contentHash, s.id]));
    const outlets = byNameThenAlias(outletsByName, outletsByAlias);
    const speakers = byNameThenAlias(speakersByName, speakersByAlias);
    const newOutlets: Outlet[] = [];
    const newSpeakers: Speaker[] = [];
    const roleUpdates = new Map<string, string>();
    const claims: Claim[] = [];
    const events: ChangeEvent[] = [];
    const writes: Promise<unknown>[] = [];
    const results: CommitResult[] = [];

    const outletIdOf = (name: string | null): string | null => {
      if (!name) return null;
      let outlet = outlets.get(name.toLowerCase());
      if (!outlet) {
        outlet = {
          id: crypto.randomUUID(),
          name,
          aliases: [],
          reliability: null,
          createdAt: at,
          updatedAt: at,
        };
        outlets.set(name.toLowerCase(), outlet);
        newOutlets.push(outlet);
      }
      return outlet.id;
    };

    const speakerIdOf = (name: string, role: string | null): string => {
      let speaker = speakers.get(name.toLowerCase());
      if (!speaker) {
        // Later names that differ only in case join this speaker.
        speaker = {
          id: crypto.randomUUID(),
          name,
          aliases: [],
          role,
          createdAt: at,
          updatedAt: at,
        };
        speakers.set(name.toLowerCase(), speaker);
        newSpeakers.push(speaker);
      } else if (!speaker.role && role) {
        speaker.role = role;
        if (!newSpeakers.includes(speaker)) roleUpdates.set(speaker.id, role);
      }
      return speaker.id;
    };

    for (const article of articles) {
      const existing = sourceByHash.get(article.contentHash);
      if (existing) {
        results.push({ status: 'duplicate', sourceId: existing });
        continue;
      }
      const outletId = outletIdOf(article.outletName);
      const speakerIds = new Map<string, string>();
      for (const name of unique(article.claims.map((c) => c.speakerName))) {
        const role = article.claims.find((c) => c.speakerName === name && c.speakerRole);
        speakerIds.set(name, speakerIdOf(name, role?.speakerRole ?? null));
      }
      const source: Source = {
        id: crypto.randomUUID(),
        title: article.title,
        outletId,
        author: article.author,
        publishedAt: article.publishedAt,
        kind: article.kind,
        rawText: article.rawText,
        text: article.text,
        contentHash: article.contentHash,
        origin: article.origin,
        importedAt: at,
        updatedAt: at,
      };
      sourceByHash.set(source.contentHash, source.id);
      writes.push(db.sources.add(source));
      for (const claim of article.claims) {
        claims.push({
          id: crypto.randomUUID(),
          sourceId: source.id,
          text: claim.text,
          anchor: claim.anchor,
          speakerId: claim.speakerName ? (speakerIds.get(claim.speakerName) ?? null) : null,
          outletId,
          kind: claim.kind,
          status: defaultStatusId,
          credibility: null,
          tags: [],
          note: '',
          review: 'suggested',
          confidence: claim.confidence,
          createdAt: at,
          updatedAt: at,
          updatedBy: actor,
        });
      }
      events.push({
        groupId: crypto.randomUUID(),
        at,
        actor,
        label: `Imported “${source.title}” with ${article.claims.length} suggested claims`,
        table: 'sources',
        key: source.id,
        before: null,
        after: { title: source.title, origin: source.origin, claims: article.claims.length },
        state: 'log',
      });
      results.push({ status: 'imported', sourceId: source.id, claims: article.claims.length });
    }

    // Sent together, awaited once.
    if (newOutlets.length) writes.push(db.outlets.bulkAdd(newOutlets));
    if (newSpeakers.length) writes.push(db.speakers.bulkAdd(newSpeakers));
    for (const [id, role] of roleUpdates) {
      writes.push(db.speakers.update(id, { role, updatedAt: at }));
    }
    if (claims.length) writes.push(db.claims.bulkAdd(claims));
    if (events.length) writes.push(db.events.bulkAdd(events));
    await Promise.all(writes);
    return results;
  });
}

/**
 * Stores one article, its outlet, speakers and suggested claims in a single transaction: the
 * source is either complete or absent. A source with the same content hash is reported, not
 * duplicated.
 */
export async function commitArticle(
  db: ClaimdeskDB,
  article: PreparedArticle,
): Promise<CommitResult> {
  return (await commitArticles(db, [article]))[0]!;
}
