/** The CLI's JSON shape for one analysed file (the contract other tools parse). */
import type { ArticleAnalysis, ClaimKind } from './types';
import type { SourceKind } from '@shared/manifest';

export interface CliRecord {
  file: string;
  source: { title: string | null; outlet: string | null; author: string | null; publishedAt: string | null; kind: SourceKind | null };
  claims: Array<{ text: string; start: number; end: number; speaker: string | null; speakerRole: string | null; kind: ClaimKind; confidence: number }>;
}

export function toCliRecord(file: string, a: ArticleAnalysis): CliRecord {
  const m = a.metadata;
  return {
    file,
    source: { title: m.title.value, outlet: m.outlet.value, author: m.author.value, publishedAt: m.publishedAt.value, kind: m.kind.value },
    claims: a.claims.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      speaker: c.speaker,
      speakerRole: c.speakerRole,
      kind: c.kind,
      confidence: c.confidence,
    })),
  };
}
