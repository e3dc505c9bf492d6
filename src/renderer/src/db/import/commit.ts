import type { Claim, Outlet, Source, Speaker } from '@shared/model';
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

/**
 * Stores several articles in one transaction, each exactly as commitArticle stores it (later
 * ones see the speakers and outlets earlier ones created): all of them or, if any fails, none.
 * Every committed transaction wakes each live query, search index and open window, so a batch
 * import stores its articles a group at a time rather than paying that once per article.
 * `onStored` is called after each article is written (not yet committed).
 */
export async function commitArticles(
  db: ClaimdeskDB,
  articles: readonly PreparedArticle[],
  onStored: (index: number) => void = () => {},
): Promise<CommitResult[]> {
  return db.transaction('rw', importTables(db), async () => {
    const results: CommitResult[] = [];
    for (const [index, article] of articles.entries()) {
      results.push(await commitArticle(db, article));
      onStored(index);
    }
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
  return db.transaction('rw', importTables(db), async (): Promise<CommitResult> => {
    // Every read the article needs, asked for at once: each await inside a transaction is a
    // round trip to IndexedDB, and an import of 1,000 articles pays each of them 1,000 times.
    const names = [
      ...new Set(article.claims.flatMap((c) => (c.speakerName ? [c.speakerName] : []))),
    ];
    const [existing, editor, outletByName, outletByAlias, speakersByName, speakersByAlias] =
      await Promise.all([
        db.sources.where('contentHash').equals(article.contentHash).first(),
        db.settings.get(editorNameKey),
        article.outletName
          ? db.outlets.where('name').equalsIgnoreCase(article.outletName).first()
          : undefined,
        article.outletName
          ? db.outlets.where('aliases').equalsIgnoreCase(article.outletName).first()
          : undefined,
        names.length > 0 ? db.speakers.where('name').anyOfIgnoreCase(names).toArray() : [],
        names.length > 0 ? db.speakers.where('aliases').anyOfIgnoreCase(names).toArray() : [],
      ]);
    if (existing) return { status: 'duplicate', sourceId: existing.id };

    const at = new Date().toISOString();
    const actor = (editor?.value as string | undefined) ?? null;
    // The writes are sent together too, and awaited once at the end.
    const writes: Promise<unknown>[] = [];

    let outletId: string | null = null;
    if (article.outletName) {
      // By name first, then by alias, ignoring case.
      const outlet: Outlet | undefined = outletByName ?? outletByAlias;
      outletId = outlet?.id ?? crypto.randomUUID();
      if (!outlet) {
        writes.push(
          db.outlets.add({
            id: outletId,
            name: article.outletName,
            aliases: [],
            reliability: null,
            createdAt: at,
            updatedAt: at,
          }),
        );
      }
    }

    // Every speaker the article names (by name, then alias, ignoring case).
    const known = new Map<string, Speaker>();
    for (const speaker of speakersByName) {
      const key = speaker.name.toLowerCase();
      if (!known.has(key)) known.set(key, speaker);
    }
    for (const speaker of speakersByAlias) {
      for (const alias of speaker.aliases) {
        const key = alias.toLowerCase();
        if (!known.has(key)) known.set(key, speaker);
      }
    }

    const speakerIds = new Map<string, string>();
    const createdSpeakers: Speaker[] = [];
    for (const name of names) {
      const speaker = known.get(name.toLowerCase());
      if (speaker) {
        speakerIds.set(name, speaker.id);
        const role = article.claims.find(
          (c) => c.speakerName === name && c.speakerRole,
        )?.speakerRole;
        if (!speaker.role && role) {
          speaker.role = role;
          writes.push(db.speakers.update(speaker.id, { role, updatedAt: at }));
        }
        continue;
      }
      const id = crypto.randomUUID();
      speakerIds.set(name, id);
      const created: Speaker = {
        id,
        name,
        aliases: [],
        role:
          article.claims.find((c) => c.speakerName === name && c.speakerRole)?.speakerRole ?? null,
        createdAt: at,
        updatedAt: at,
      };
      // Later names of this article that differ only in case join this speaker.
      known.set(name.toLowerCase(), created);
      createdSpeakers.push(created);
    }
    if (createdSpeakers.length > 0) writes.push(db.speakers.bulkAdd(createdSpeakers));

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
    writes.push(db.sources.add(source));

    const claims: Claim[] = article.claims.map((claim) => ({
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
    }));
    writes.push(db.claims.bulkAdd(claims));

    writes.push(
      db.events.add({
        groupId: crypto.randomUUID(),
        at,
        actor,
        label: `Imported “${source.title}” with ${claims.length} suggested claims`,
        table: 'sources',
        key: source.id,
        before: null,
        after: { title: source.title, origin: source.origin, claims: claims.length },
        state: 'log',
      }),
    );
    await Promise.all(writes);
    return { status: 'imported', sourceId: source.id, claims: claims.length };
  });
}
