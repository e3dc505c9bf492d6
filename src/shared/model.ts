import type { SourceKind } from './manifest';

/** The records Claimdesk keeps (see DESIGN.md, "Data model"). Dates are ISO strings. */

export type Review = 'suggested' | 'accepted' | 'rejected';
export type StoredClaimKind = 'direct' | 'indirect' | 'interview' | 'manual';
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export type LinkRelation = 'corroborates' | 'contradicts' | 'same-statement';
export type SourceOriginType = 'seed' | 'file' | 'paste';

export interface SourceOrigin {
  type: SourceOriginType;
  /** The seed or user file name; null for pasted text. */
  name: string | null;
}

export interface Source {
  id: string;
  title: string;
  outletId: string | null;
  author: string | null;
  publishedAt: string | null;
  kind: SourceKind;
  /** The article exactly as it arrived (decoded). */
  rawText: string;
  /** The cleaned body shown in the reader; claim anchors point into it. */
  text: string;
  /** SHA-256 of the normalised raw text: the identity that keeps re-imports from duplicating. */
  contentHash: string;
  origin: SourceOrigin;
  importedAt: string;
  updatedAt: string;
}

/** W3C TextPosition + TextQuote selectors over `Source.text`. */
export interface ClaimAnchor {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export interface Claim {
  id: string;
  sourceId: string;
  /** The exact words, as they stand in the source text at `anchor`. */
  text: string;
  anchor: ClaimAnchor;
  speakerId: string | null;
  outletId: string | null;
  kind: StoredClaimKind;
  status: string;
  credibility: Credibility | null;
  tags: string[];
  note: string;
  review: Review;
  /** The extractor's confidence for suggestions; null for manual claims. */
  confidence: number | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface Speaker {
  id: string;
  name: string;
  aliases: string[];
  role: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Outlet {
  id: string;
  name: string;
  aliases: string[];
  reliability: Reliability | null;
  createdAt: string;
  updatedAt: string;
}

export interface ClaimLink {
  id: string;
  fromClaimId: string;
  toClaimId: string;
  relation: LinkRelation;
  note: string;
  createdAt: string;
  updatedAt: string;
  /**
   * Its two claims, unordered (core/links/pair.ts), for the index that finds the link between
   * two claims. Derived: the store sets it on every write (schema 2), so writers leave it out.
   */
  pair?: string;
}

export type TableName = 'sources' | 'claims' | 'speakers' | 'outlets' | 'links' | 'settings';

/** One row of the append-only audit trail; rows sharing a groupId form one undoable step. */
export interface ChangeEvent {
  seq?: number;
  groupId: string;
  at: string;
  actor: string | null;
  /** What the user did, in words ("Set status to disputed"). */
  label: string;
  table: TableName;
  key: string;
  before: unknown;
  after: unknown;
  /** done → undone by undo; discarded when a new change replaces the redo branch; log-only rows are not undoable. */
  state: 'done' | 'undone' | 'discarded' | 'log';
}

export interface Setting {
  key: string;
  value: unknown;
}
