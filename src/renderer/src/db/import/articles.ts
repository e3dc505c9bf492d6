import { decodeText, formatBytes, markdownToText } from '@core/decode';
import { looksLikeHtml } from '@core/extract/html';
import type { SourceKind } from '@shared/manifest';
import type { SourceOrigin } from '@shared/model';
import type { HtmlReducer } from '../../lib/html/types';
import { isQuotaError } from '../../lib/quota';
import type { ClaimdeskDB } from '../db';
import { commitArticle, commitArticles, type CommitResult } from './commit';
import { prepareArticle, type PreparedArticle } from './prepare';

/** Something the user brought in: a file's bytes, pasted text, or a file the picker could not read. */
export type ArticleInput =
  | { type: 'file'; name: string; bytes: Uint8Array }
  | { type: 'paste'; name: string; text: string }
  | { type: 'unreadable'; name: string; error: string };

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** Metadata the user can correct before import. */
export interface ArticleDetails {
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  kind: SourceKind;
}

/** One input, read and analysed, ready for the preview table. */
export type PreparedInput =
  | {
      key: string;
      name: string;
      state: 'ready';
      format: ArticleFormat;
      article: PreparedArticle;
      /** What the extractor (or the page's metadata) found; the preview edits a copy. */
      details: ArticleDetails;
      notes: string[];
      /** Set when the store already holds this article (same content hash). */
      duplicateOf: { id: string; title: string } | null;
      /** Set when an earlier input of this batch is the same article. */
      sameAs: string | null;
    }
  | { key: string; name: string; state: 'failed'; problem: string };

export const maxArticleBytes = 5_000_000;
export const maxHtmlBytes = 20_000_000;

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** Hints for files that are Claimdesk's own exports, picked here by mistake. */
const wrongPlace: Record<string, string> = {
  csv: 'This is a CSV file. To bring back edited claims, use “Re-import edited CSV” on the Data screen.',
  json: 'This is a JSON file. To restore a backup, use “Restore” on the Data screen.',
};

function formatOf(name: string, text: string): { format: ArticleFormat; note: string | null } {
  const ext = extension(name);
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return { format: 'html', note: null };
  if (ext === 'md' || ext === 'markdown') return { format: 'markdown', note: null };
  if (looksLikeHtml(text)) {
    return { format: 'html', note: 'This text is an HTML page; it was read as one.' };
  }
  return { format: 'text', note: null };
}

function plural(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

let counter = 0;
const nextKey = () => `input-${++counter}`;

/**
 * Reads one input into an article: decodes the bytes (encoding detected, binary and oversized
 * files refused), reduces HTML to its sanitised main text, strips Markdown markup, then runs the
 * extractor for metadata and suggested claims. Never throws: a bad file becomes a `failed` row
 * whose problem names what is wrong.
 */
export async function prepareInput(
  input: ArticleInput,
  reduceHtml: HtmlReducer,
): Promise<PreparedInput> {
  const key = nextKey();
  const { name } = input;
  const failed = (problem: string): PreparedInput => ({ key, name, state: 'failed', problem });
  try {
    if (input.type === 'unreadable') return failed(input.error);
    const notes: string[] = [];
    let decoded: string;
    let origin: SourceOrigin;
    if (input.type === 'file') {
      const hint = wrongPlace[extension(name)];
      if (hint) return failed(hint);
      const html = /^(html?|xhtml)$/.test(extension(name));
      const result = decodeText(input.bytes, {
        maxBytes: html ? maxHtmlBytes : maxArticleBytes,
        noun: html ? 'web page' : 'article',
      });
      if (!result.ok) return failed(result.problem);
      decoded = result.text;
      notes.push(...result.notes);
      origin = { type: 'file', name: name.split(/[\\/]/).pop() || name };
    } else {
      decoded = input.text;
      origin = { type: 'paste', name: null };
    }
    if (!decoded.trim()) return failed('The file holds no text (only spaces or empty lines).');

    const { format, note } = formatOf(input.type === 'file' ? name : '', decoded);
    if (note) notes.push(note);
    let text = decoded;
    let found: Partial<ArticleDetails> = {};
    if (format === 'html') {
      const reduced = reduceHtml(decoded);
      text = reduced.text;
      found = {
        ...(reduced.metadata.title ? { title: reduced.metadata.title } : {}),
        ...(reduced.metadata.author ? { author: reduced.metadata.author } : {}),
        ...(reduced.metadata.outlet ? { outlet: reduced.metadata.outlet } : {}),
        ...(reduced.metadata.publishedAt ? { publishedAt: reduced.metadata.publishedAt } : {}),
      };
      const { scripts, frames, handlers, scriptLinks } = reduced.removed;
      const dropped = [
        scripts && plural(scripts, 'script'),
        frames && plural(frames, 'frame'),
        handlers && plural(handlers, 'event handler'),
        scriptLinks && plural(scriptLinks, 'javascript: link'),
      ].filter(Boolean);
      notes.push(
        `Web page reduced to its ${reduced.usedReadability ? 'main text' : 'text'}${dropped.length ? `; ${dropped.join(', ')} removed without running` : ''}.`,
      );
      if (!text.trim()) return failed('The web page has no article text Claimdesk could find.');
    } else if (format === 'markdown') {
      text = markdownToText(decoded);
      if (!text.trim())
        return failed('The Markdown file holds no text once its markup is removed.');
    }
    if (text.length > maxArticleBytes) {
      return failed(
        `The article text is too long (${formatBytes(text.length)} characters); an article can be at most ${formatBytes(maxArticleBytes)}.`,
      );
    }
    // HTML and Markdown are stored as the plain text they were reduced to: that text is the
    // article the claims are anchored in, and its hash is the article's identity.
    const article = await prepareArticle(text, origin, found, { format: 'text' });
    if (!article.text.trim())
      return failed('No article text is left once the page’s boilerplate is removed.');
    return {
      key,
      name,
      state: 'ready',
      format,
      article,
      details: {
        title: article.title,
        outlet: article.outletName,
        author: article.author,
        publishedAt: article.publishedAt,
        kind: article.kind,
      },
      notes,
      duplicateOf: null,
      sameAs: null,
    };
  } catch (error) {
    return failed(
      `Claimdesk could not read it: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Marks inputs that are already in the store, or that repeat an earlier input of the batch. */
export async function markDuplicates(
  db: ClaimdeskDB,
  inputs: PreparedInput[],
): Promise<PreparedInput[]> {
  const hashes = inputs.flatMap((i) => (i.state === 'ready' ? [i.article.contentHash] : []));
  const stored = new Map(
    (await db.sources.where('contentHash').anyOf(hashes).toArray()).map((s) => [
      s.contentHash,
      { id: s.id, title: s.title },
    ]),
  );
  const firstByHash = new Map<string, string>();
  return inputs.map((input) => {
    if (input.state !== 'ready') return input;
    const hash = input.article.contentHash;
    const earlier = firstByHash.get(hash);
    if (earlier === undefined) firstByHash.set(hash, input.key);
    return {
      ...input,
      duplicateOf: stored.get(hash) ?? null,
      sameAs: earlier === undefined || earlier === input.key ? null : earlier,
    };
  });
}

export type ImportOutcome =
  | {
      key: string;
      name: string;
      status: 'imported';
      sourceId: string;
      title: string;
      claims: number;
    }
  | { key: string; name: string; status: 'duplicate'; sourceId: string; title: string }
  | { key: string; name: string; status: 'failed'; problem: string };

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Articles stored per transaction in a batch import (see commitArticles). */
export const articlesPerTransaction = 25;

type Entry = { input: PreparedInput; details?: ArticleDetails };

/** The article as the user corrected its details in the preview. */
function chosenArticle(
  input: Extract<PreparedInput, { state: 'ready' }>,
  details?: ArticleDetails,
) {
  const chosen = details ?? input.details;
  return {
    ...input.article,
    title: chosen.title.trim() || input.article.title,
    outletName: chosen.outlet?.trim() || null,
    author: chosen.author?.trim() || null,
    publishedAt: chosen.publishedAt || null,
    kind: chosen.kind,
  } satisfies PreparedArticle;
}

async function outcomeOf(
  db: ClaimdeskDB,
  input: PreparedInput,
  article: PreparedArticle,
  result: CommitResult,
): Promise<ImportOutcome> {
  if (result.status === 'imported') {
    return {
      key: input.key,
      name: input.name,
      status: 'imported',
      sourceId: result.sourceId,
      title: article.title,
      claims: result.claims,
    };
  }
  const existing = await db.sources.get(result.sourceId);
  return {
    key: input.key,
    name: input.name,
    status: 'duplicate',
    sourceId: result.sourceId,
    title: existing?.title ?? article.title,
  };
}

const quotaProblem =
  'Not stored, because the disk is full or this app’s storage quota is used up. Articles imported before it, and everything else saved before, are safe. Free some space (or back up and remove old sources) and import it again.';
const notTried = 'Not tried: the disk was already full. Import it again once there is space.';

/** The outcome of an input that was never stored: unreadable, or after the disk filled up. */
const failedOutcome = (input: PreparedInput, whenReady: string): ImportOutcome => ({
  key: input.key,
  name: input.name,
  status: 'failed',
  problem: input.state === 'ready' ? whenReady : input.problem,
});

/**
 * Stores the ready inputs with the details as the user corrected them: a group of articles per
 * transaction (commitArticles), each source with its outlet, speakers and suggested claims
 * complete or absent. When a group fails, its articles are stored again one transaction each, so
 * a failure is reported for its own file and the others go on; with the disk full, the rest are
 * not tried. An article already in the store is reported, not duplicated.
 */
export async function importArticles(
  db: ClaimdeskDB,
  inputs: readonly Entry[],
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const total = inputs.length;
  let diskFull = false;
  for (let first = 0; first < total && !diskFull; first += articlesPerTransaction) {
    await yieldToPage();
    const group = inputs.slice(first, first + articlesPerTransaction);
    const ready = group.flatMap((entry, offset) =>
      entry.input.state === 'ready'
        ? [{ offset, input: entry.input, article: chosenArticle(entry.input, entry.details) }]
        : [],
    );
    // Unreadable inputs keep their reason; every ready one gets its outcome below.
    const stored = group.map(({ input }) => failedOutcome(input, notTried));
    onProgress({ done: first, total, current: group[0]!.input.name });
    // Only the store itself is retried: once the group is committed, a retry would find its own
    // articles and call them duplicates.
    let results: CommitResult[] | null = null;
    try {
      results = await commitArticles(
        db,
        ready.map((r) => r.article),
      );
    } catch {
      results = null;
    }
    if (results) {
      for (const [index, r] of ready.entries()) {
        stored[r.offset] = await outcomeOf(db, r.input, r.article, results[index]!);
      }
    } else {
      // Something in the group failed and took the whole group back: store one at a time.
      for (const r of ready) {
        onProgress({ done: first + r.offset, total, current: r.input.name });
        if (diskFull) continue; // stays "not tried"
        let result: CommitResult;
        try {
          result = await commitArticle(db, r.article);
        } catch (error) {
          diskFull = isQuotaError(error);
          stored[r.offset] = failedOutcome(
            r.input,
            diskFull
              ? quotaProblem
              : `It could not be stored: ${error instanceof Error ? error.message : String(error)}`,
          );
          continue;
        }
        stored[r.offset] = await outcomeOf(db, r.input, r.article, result);
      }
    }
    outcomes.push(...stored);
  }
  // With the disk full the rest would fail the same way, each after reading and writing.
  for (const { input } of inputs.slice(outcomes.length)) {
    outcomes.push(failedOutcome(input, notTried));
  }
  onProgress({ done: total, total, current: null });
  return outcomes;
}
