/** What an HTML page reduces to. Type-only (no DOM types), so store code can depend on it. */
export interface ReducedHtml {
  /** The article as plain text: title, byline, then the main content's paragraphs. */
  text: string;
  metadata: {
    title: string | null;
    author: string | null;
    outlet: string | null;
    /** YYYY-MM-DD, only when the page states it. */
    publishedAt: string | null;
  };
  /** False when Readability found no main content and the whole (sanitised) body was used. */
  usedReadability: boolean;
  /** Active content found in the page and dropped (it never ran). */
  removed: { scripts: number; frames: number; handlers: number; scriptLinks: number };
}

export type HtmlReducer = (html: string) => ReducedHtml;
