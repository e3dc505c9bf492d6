/** Claim extraction engine: public entry points. Pure TypeScript (no DOM, no Node APIs). */
import { analyze } from './analyze';
import { looksLikeHtml, maskHtml } from './html';
import type { ArticleAnalysis, ExtractedClaim } from './types';

export type * from './types';
export { normalizeText } from './normalize';
export { proposeSameSpeakers, type SameSpeakerProposal, type SpeakerRecord } from './sameSpeaker';

export interface AnalyzeOptions {
  /** The file the text came from: `.html`/`.htm` files are read as HTML (tags skipped, offsets kept). */
  fileName?: string;
}

/** Cleans an article, detects its metadata and proposes every quoted claim with its speaker. */
export function analyzeArticle(rawText: string, options?: AnalyzeOptions): ArticleAnalysis {
  const html = options?.fileName ? /\.html?$/i.test(options.fileName) : looksLikeHtml(rawText);
  return analyze(rawText, html ? maskHtml(rawText) : rawText);
}

/** The claims of `analyzeArticle(rawText)`. */
export function extractClaims(rawText: string): ExtractedClaim[] {
  return analyze(rawText).claims;
}
