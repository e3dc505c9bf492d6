/** Similar-claim suggestions: which claims of other sources assert the same thing. Pure TypeScript. */
export {
  extractFeatures,
  kindWeight,
  sentenceSpans,
  type TermFeature,
  type TermKind,
} from './features';
export {
  SimilarityIndex,
  type MatchedTerm,
  type SimilarMatch,
  type SimilarOptions,
  type SimilarityDoc,
} from './index-store';
export { rankPairs, suggestForSource, type ClaimPair, type PairOptions } from './rank';
export { stem } from './stem';
