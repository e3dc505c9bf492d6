/**
 * Relevance is compared in buckets of a millionth: scores closer than that count as equal and
 * keep the default order between them. (Scores from the search index are scaled to 0–1.5, see
 * the claims table's scoreSlots; finer differences than 1e-6 tell nothing to a reader.) Bucketing
 * lets 100,000 results be ordered by one native numeric sort.
 */
export const bucketsPerUnit = 1_000_000;
export const maxBucket = 2 ** 24;

/** The bucket of a score; higher is more relevant. Scores beyond the range are clamped. */
export function relevanceBucket(score: number): number {
  return Math.max(0, Math.min(maxBucket, Math.round(score * bucketsPerUnit)));
}
