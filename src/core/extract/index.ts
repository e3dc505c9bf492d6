/** Claim extraction engine: public entry points. Pure TypeScript (no DOM, no Node APIs). */
import { analyze } from './analyze';
import type { ArticleAnalysis, ExtractedClaim } from './types';

export type * from './types';
export { normalizeText } from './normalize';
export { proposeSameSpeakers, type SameSpeakerProposal, type SpeakerRecord } from './sameSpeaker';

export interface AnalyzeOptions {
  /** The file the text came from (used only as a weak hint). */
  fileName?: string;
}

/** Cleans an article, detects its metadata and proposes every quoted claim with its speaker. */
export function analyzeArticle(rawText: string, _options?: AnalyzeOptions): ArticleAnalysis {
  return analyze(rawText);
}

/** The claims of `analyzeArticle(rawText)`. */
export function extractClaims(rawText: string): ExtractedClaim[] {
  return analyze(rawText).claims;
}
