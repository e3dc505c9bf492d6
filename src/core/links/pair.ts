/**
 * The unordered pair of claims a link joins, as one string: the same for a→b and b→a, so "is
 * there a link between these two claims?" is one index lookup whichever way the link was made.
 * Claim ids are UUIDs, so the separator cannot occur in them.
 */
export function linkPair(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
