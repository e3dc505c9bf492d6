import { analyzeArticle, normalizeText } from '@core/extract';
import type { SourceKind } from '@shared/manifest';
import type { ClaimAnchor, SourceOrigin, StoredClaimKind } from '@shared/model';
import { sha256Hex } from '../../lib/hash';

/** Metadata the user (or the seed manifest) supplied; it wins over what the extractor detected. */
export interface MetadataOverride {
  title?: string;
  outlet?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  kind?: SourceKind;
}

export interface PreparedClaim {
  text: string;
  anchor: ClaimAnchor;
  speakerName: string | null;
  speakerRole: string | null;
  kind: StoredClaimKind;
  confidence: number;
}

/** Everything an article needs in the store, worked out before any transaction opens. */
export interface PreparedArticle {
  rawText: string;
  text: string;
  contentHash: string;
  title: string;
  outletName: string | null;
  author: string | null;
  publishedAt: string | null;
  kind: SourceKind;
  origin: SourceOrigin;
  claims: PreparedClaim[];
}

const anchorContext = 32;

/** TextPosition + TextQuote selectors for a span of `text`. */
export function anchorFor(text: string, start: number, end: number): ClaimAnchor {
  return {
    start,
    end,
    prefix: text.slice(Math.max(0, start - anchorContext), start),
    suffix: text.slice(end, end + anchorContext),
  };
}

function fallbackTitle(body: string, origin: SourceOrigin): string {
  const firstLine =
    body
      .split('\n')
      .find((line) => line.trim().length > 0)
      ?.trim() ?? '';
  if (firstLine) return firstLine.length > 90 ? `${firstLine.slice(0, 87)}…` : firstLine;
  return origin.name ?? 'Untitled article';
}

export interface PrepareOptions {
  /**
   * How the extractor reads `rawText`: as HTML (tags skipped, offsets kept) or as plain text.
   * By default from the origin's file name (`.html`), else from the text itself.
   */
  format?: 'html' | 'text';
}

export async function prepareArticle(
  rawText: string,
  origin: SourceOrigin,
  override: MetadataOverride = {},
  options: PrepareOptions = {},
): Promise<PreparedArticle> {
  const fileName =
    options.format === 'text'
      ? 'article.txt'
      : options.format === 'html'
        ? 'article.html'
        : (origin.name ?? undefined);
  const analysis = analyzeArticle(rawText, { fileName });
  const detected = analysis.metadata;
  const contentHash = await sha256Hex(normalizeText(rawText));
  const pick = <K extends keyof MetadataOverride>(key: K, found: MetadataOverride[K] | null) =>
    key in override ? override[key] : found;
  return {
    rawText,
    text: analysis.body,
    contentHash,
    title: override.title ?? detected.title.value ?? fallbackTitle(analysis.body, origin),
    outletName: pick('outlet', detected.outlet.value) ?? null,
    author: pick('author', detected.author.value) ?? null,
    publishedAt: pick('publishedAt', detected.publishedAt.value) ?? null,
    kind: override.kind ?? detected.kind.value ?? 'news',
    origin,
    claims: analysis.claims.map((claim) => ({
      text: analysis.body.slice(claim.bodyStart, claim.bodyEnd),
      anchor: anchorFor(analysis.body, claim.bodyStart, claim.bodyEnd),
      speakerName: claim.speaker,
      speakerRole: claim.speakerRole,
      kind: claim.kind,
      confidence: claim.confidence,
    })),
  };
}
