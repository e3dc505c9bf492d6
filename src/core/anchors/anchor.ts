export interface TextAnchor {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/**
 * True when the anchor's position still holds exactly the quoted words. A claim whose anchor fails
 * this is orphaned: shown as such, never moved to a guessed place.
 */
export function anchorMatches(text: string, anchor: TextAnchor, quote: string): boolean {
  return (
    anchor.start >= 0 &&
    anchor.end <= text.length &&
    anchor.start < anchor.end &&
    text.slice(anchor.start, anchor.end) === quote
  );
}
