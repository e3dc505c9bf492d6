import type { Claim, Outlet, Source, Speaker } from '@shared/model';
import { defaultStatusId } from '@shared/statuses';
import { editorNameKey } from '../changes';
import type { ClaimdeskDB } from '../db';
import type { PreparedArticle } from './prepare';

export type CommitResult =
  | { status: 'imported'; sourceId: string; claims: number }
  | { status: 'duplicate'; sourceId: string };

/** Finds a speaker or outlet by its name or one of its aliases, ignoring case. */
async function findNamed<T extends { id: string }>(
  table: ClaimdeskDB['speakers'] | ClaimdeskDB['outlets'],
  name: string,
): Promise<T | undefined> {
  const byName = await table.where('name').equalsIgnoreCase(name).first();
  if (byName) return byName as unknown as T;
  return (await table.where('aliases').equalsIgnoreCase(name).first()) as unknown as T | undefined;
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
  return db.transaction(
    'rw',
    [db.sources, db.claims, db.speakers, db.outlets, db.events, db.settings],
    async (): Promise<CommitResult> => {
      const existing = await db.sources.where('contentHash').equals(article.contentHash).first();
      if (existing) return { status: 'duplicate', sourceId: existing.id };

      const at = new Date().toISOString();
      const actor = ((await db.settings.get(editorNameKey))?.value as string | undefined) ?? null;

      let outletId: string | null = null;
      if (article.outletName) {
        const outlet = await findNamed<Outlet>(db.outlets, article.outletName);
        outletId = outlet?.id ?? crypto.randomUUID();
        if (!outlet) {
          await db.outlets.add({
            id: outletId,
            name: article.outletName,
            aliases: [],
            reliability: null,
            createdAt: at,
            updatedAt: at,
          });
        }
      }

      // Every speaker the article names, looked up at once (by name, then alias, ignoring case).
      const names = [
        ...new Set(article.claims.flatMap((c) => (c.speakerName ? [c.speakerName] : []))),
      ];
      const known = new Map<string, Speaker>();
      if (names.length > 0) {
        const [byName, byAlias] = await Promise.all([
          db.speakers.where('name').anyOfIgnoreCase(names).toArray(),
          db.speakers.where('aliases').anyOfIgnoreCase(names).toArray(),
        ]);
        for (const speaker of byName) {
          const key = speaker.name.toLowerCase();
          if (!known.has(key)) known.set(key, speaker);
        }
        for (const speaker of byAlias) {
          for (const alias of speaker.aliases) {
            const key = alias.toLowerCase();
            if (!known.has(key)) known.set(key, speaker);
          }
        }
      }

      const speakerIds = new Map<string, string>();
      for (const name of names) {
        const speaker = known.get(name.toLowerCase());
        if (speaker) {
          speakerIds.set(name, speaker.id);
          const role = article.claims.find(
            (c) => c.speakerName === name && c.speakerRole,
          )?.speakerRole;
          if (!speaker.role && role) {
            speaker.role = role;
            await db.speakers.update(speaker.id, { role, updatedAt: at });
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
            article.claims.find((c) => c.speakerName === name && c.speakerRole)?.speakerRole ??
            null,
          createdAt: at,
          updatedAt: at,
        };
        // Later names of this article that differ only in case join this speaker.
        known.set(name.toLowerCase(), created);
        await db.speakers.add(created);
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
      await db.sources.add(source);

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
      await db.claims.bulkAdd(claims);

      await db.events.add({
        groupId: crypto.randomUUID(),
        at,
        actor,
        label: `Imported “${source.title}” with ${claims.length} suggested claims`,
        table: 'sources',
        key: source.id,
        before: null,
        after: { title: source.title, origin: source.origin, claims: claims.length },
        state: 'log',
      });
      return { status: 'imported', sourceId: source.id, claims: claims.length };
    },
  );
}
