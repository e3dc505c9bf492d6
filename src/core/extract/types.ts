import type { SourceKind } from '@shared/manifest';

export type ClaimKind = 'direct' | 'interview' | 'indirect';

/** A detected value with how sure the detector is (0..1); value is null when nothing was found. */
export interface Detected<T> {
  value: T | null;
  confidence: number;
}

export interface DetectedMetadata {
  title: Detected<string>;
  outlet: Detected<string>;
  author: Detected<string>;
  /** ISO date (YYYY-MM-DD), only when the text states it. */
  publishedAt: Detected<string>;
  kind: Detected<SourceKind>;
}

/** Why a speaker was chosen: the cue word and the mention it resolved. */
export interface AttributionEvidence {
  /** e.g. "said", "noted", "according to", ":" or "interview" */
  cue: string | null;
  /** The words in the text that named the speaker, e.g. "the expert", "Krylov", "he". */
  mention: string | null;
}

export interface ExtractedClaim {
  /** Exactly `rawText.slice(start, end)`. */
  text: string;
  /** Offsets into the original text (quote marks excluded). */
  start: number;
  end: number;
  /** The same span in `ArticleAnalysis.body`; `body.slice(bodyStart, bodyEnd)` is the claim as shown. */
  bodyStart: number;
  bodyEnd: number;
  speaker: string | null;
  speakerRole: string | null;
  kind: ClaimKind;
  confidence: number;
  evidence: AttributionEvidence;
}

export interface DetectedSpeaker {
  name: string;
  role: string | null;
  /** Organisations and outlets can be speakers too. */
  isOrganisation: boolean;
}

export interface ArticleAnalysis {
  /** The cleaned body: normalised text without site menus, captions and other boilerplate. */
  body: string;
  metadata: DetectedMetadata;
  claims: ExtractedClaim[];
  speakers: DetectedSpeaker[];
}
