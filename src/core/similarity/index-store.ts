import { extractFeatures, kindWeight, type TermFeature, type TermKind } from './features';

/** A claim as the similarity index needs it. */
export interface SimilarityDoc {
  id: string;
  sourceId: string;
  text: string;
}

export interface MatchedTerm {
  key: string;
  kind: TermKind;
  /** How the term is written in each claim ("aircraft" / "airplane"). */
  a: string;
  b: string;
  /** Its share of the whole-claim score, 0..1. */
  share: number;
  /** True when it is in the best-matching sentences of both claims (or no sentence pair decided). */
  inPassage: boolean;
}

export interface SimilarMatch {
  id: string;
  sourceId: string;
  /**
   * 0..1: the better of the two claims' TF-IDF cosine and their best sentence pair's cosine (a
   * little discounted), so one shared assertion inside two long quotes still counts.
   */
  score: number;
  /** Which sentence of each claim matched best (from 0), when a sentence pair decided the score. */
  passage: { a: number; b: number } | null;
  /** Shared terms, those of the deciding sentences first, then by weight. */
  matched: MatchedTerm[];
}

export interface SimilarOptions {
  /** At most this many matches (default 10). */
  limit?: number;
  /** Below this score nothing is suggested (default 0.1). */
  minScore?: number;
  /** At least this many shared terms (default 2). */
  minShared?: number;
  /** Only claims of these sources. */
  onlySources?: ReadonlySet<string>;
  /** Never claims of these sources (by default the claim's own source is left out). */
  excludeSources?: ReadonlySet<string>;
}

/** A sentence pair's cosine counts for this much of a whole-claim one. */
export const passageDiscount = 0.85;
/** How many of the best candidates (by their rarer shared terms) are scored exactly. */
const rescored = 300;
/**
 * Terms in more than this share of the claims are too common to find candidates by (their posting
 * lists are long and their IDF small); they still count in every score.
 */
const commonShare = 0.02;
const commonFloor = 200;
/**
 * Sharing a term found in more than this share of the claims ("Russia" in an archive about
 * Russia) does not count towards `minShared`: two claims must share something more telling.
 */
const informativeShare = 0.25;
const informativeFloor = 3;

/** An Int32Array that grows by doubling. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

function grow<T extends Int32Array | Uint32Array | Uint8Array | Float64Array>(
  array: T,
  needed: number,
  make: (n: number) => T,
): T {
  if (needed <= array.length) return array;
  const next = make(Math.max(needed, array.length * 2, 1024));
  next.set(array);
  return next;
}

interface QueryTerm {
  t: number;
  /** Whole-claim weight: tf × kind × idf. */
  w: number;
  /** Per-sentence weight: kind × idf (presence only). */
  pw: number;
  mask: number;
  /** Rare enough to count towards `minShared`. */
  informative?: boolean;
}

const tf = (count: number) => 1 + Math.log(count);
const sentenceCountOf = (features: TermFeature[]) =>
  features.reduce((n, f) => Math.max(n, 32 - Math.clz32(f.sentences)), 1);
const lowestBit = (mask: number) => 31 - Math.clz32(mask & -mask);

/**
 * An inverted index over claims' terms: a query meets only the claims that share a rarer term
 * with it, never the whole archive. Claims can be added and removed one by one (the app keeps one
 * index and follows edits); IDF and vector lengths are worked out lazily after changes. Storage is
 * pooled typed arrays, so 100,000 claims cost tens of megabytes, not hundreds.
 */
export class SimilarityIndex {
  private termIds = new Map<string, number>();
  private termKinds: TermKind[] = [];
  private postings: IntList[] = [];
  private df: number[] = [];

  // Per claim (by number): identity, liveness and where its terms sit in the pools.
  private ids: string[] = [];
  private sources: string[] = [];
  private texts: string[] = [];
  private alive = new Uint8Array(0);
  private termStart = new Int32Array(0);
  private termCount = new Int32Array(0);
  private sentenceCount = new Uint8Array(0);
  private docNo = new Map<string, number>();
  private bySource = new Map<string, Set<string>>();
  private liveCount = 0;
  private deadTerms = 0;

  // Pools: the terms of every claim, one after another, with their counts and sentence masks.
  private poolTerms = new Int32Array(0);
  private poolCounts = new Uint8Array(0);
  private poolMasks = new Uint32Array(0);
  private poolLength = 0;

  // Worked out by prepare().
  private dirty = true;
  private idf = new Float64Array(0);
  private norms = new Float64Array(0);
  private sentenceNormStart = new Int32Array(0);
  private sentenceNorms = new Float64Array(0);
  private acc = new Float64Array(0);
  /** Claims (by number) whose lengths are worked out, and edits since the last full pass. */
  private preparedDocs = 0;
  private changesSincePrepare = 0;
  private changedTerms = new Set<number>();

  constructor(docs: Iterable<SimilarityDoc> = []) {
    for (const doc of docs) this.add(doc);
  }

  get size(): number {
    return this.liveCount;
  }

  has(id: string): boolean {
    return this.docNo.has(id);
  }

  /** The indexed claims of one source, in the order they were added. */
  claimsOf(sourceId: string): string[] {
    return [...(this.bySource.get(sourceId) ?? [])];
  }

  get(id: string): SimilarityDoc | undefined {
    const no = this.docNo.get(id);
    return no === undefined ? undefined : this.docAt(no);
  }

  private docAt(no: number): SimilarityDoc {
    return { id: this.ids[no]!, sourceId: this.sources[no]!, text: this.texts[no]! };
  }

  /** Adds a claim, or replaces it when its id is already indexed with another text or source. */
  add(doc: SimilarityDoc): void {
    const existing = this.docNo.get(doc.id);
    if (existing !== undefined) {
      if (this.texts[existing] === doc.text && this.sources[existing] === doc.sourceId) return;
      this.remove(doc.id);
    }
    const features = extractFeatures(doc.text);
    const no = this.ids.length;
    const start = this.poolLength;
    const end = start + features.length;
    this.poolTerms = grow(this.poolTerms, end, (n) => new Int32Array(n));
    this.poolCounts = grow(this.poolCounts, end, (n) => new Uint8Array(n));
    this.poolMasks = grow(this.poolMasks, end, (n) => new Uint32Array(n));
    features.forEach((f, i) => {
      let t = this.termIds.get(f.key);
      if (t === undefined) {
        t = this.termKinds.length;
        this.termIds.set(f.key, t);
        this.termKinds.push(f.kind);
        this.postings.push(new IntList(2));
        this.df.push(0);
      }
      this.poolTerms[start + i] = t;
      this.poolCounts[start + i] = Math.min(255, f.count);
      this.poolMasks[start + i] = f.sentences;
      this.postings[t]!.push(no);
      this.df[t]!++;
      this.changedTerms.add(t);
    });
    this.poolLength = end;
    this.ids.push(doc.id);
    this.sources.push(doc.sourceId);
    this.texts.push(doc.text);
    this.alive = grow(this.alive, no + 1, (n) => new Uint8Array(n));
    this.termStart = grow(this.termStart, no + 1, (n) => new Int32Array(n));
    this.termCount = grow(this.termCount, no + 1, (n) => new Int32Array(n));
    this.sentenceCount = grow(this.sentenceCount, no + 1, (n) => new Uint8Array(n));
    this.alive[no] = 1;
    this.termStart[no] = start;
    this.termCount[no] = features.length;
    this.sentenceCount[no] = sentenceCountOf(features);
    this.docNo.set(doc.id, no);
    let ids = this.bySource.get(doc.sourceId);
    if (!ids) this.bySource.set(doc.sourceId, (ids = new Set()));
    ids.add(doc.id);
    this.liveCount++;
    this.changesSincePrepare++;
    this.dirty = true;
  }

  remove(id: string): void {
    const no = this.docNo.get(id);
    if (no === undefined) return;
    this.alive[no] = 0;
    const start = this.termStart[no]!;
    const count = this.termCount[no]!;
    for (let k = start; k < start + count; k++) {
      this.df[this.poolTerms[k]!]!--;
      this.changedTerms.add(this.poolTerms[k]!);
    }
    this.docNo.delete(id);
    const sourceId = this.sources[no]!;
    const ids = this.bySource.get(sourceId);
    ids?.delete(id);
    if (ids?.size === 0) this.bySource.delete(sourceId);
    this.texts[no] = '';
    this.liveCount--;
    this.deadTerms += count;
    this.changesSincePrepare++;
    this.dirty = true;
  }

  /**
   * Works out IDF and vector lengths now (they are otherwise worked out by the first query after a
   * change) and runs one query, e.g. once an archive is loaded, so that the first query a user
   * waits on is as fast as the others.
   */
  warm(): void {
    this.prepare();
    // One query, so the engine has compiled the query path before a user waits on it.
    const first = this.ids.findIndex((_, no) => this.alive[no] === 1);
    if (first >= 0) this.similarTo(this.ids[first]!, { limit: 1 });
  }

  /**
   * Recomputes IDF and vector lengths. After a few edits (under 1% of the claims since the last
   * full pass) only IDF and the new claims' lengths are worked out: the other lengths move by a
   * hair when one claim of thousands changes, and a full pass costs a quarter second at 100,000.
   * Compacts first when much of the pools belongs to removed claims.
   */
  private prepare(): void {
    if (!this.dirty) return;
    if (this.deadTerms > 20_000 && this.deadTerms > this.poolLength / 3) this.compact();
    const n = Math.max(1, this.liveCount);
    const docs = this.ids.length;
    const idf = new Float64Array(this.df.length);
    for (let t = 0; t < this.df.length; t++) {
      const df = this.df[t]!;
      idf[t] = df > 0 ? Math.log((n + 1) / df) : 0;
    }
    const termWeight = new Float64Array(this.df.length);
    for (let t = 0; t < termWeight.length; t++)
      termWeight[t] = kindWeight[this.termKinds[t]!] * idf[t]!;

    const light =
      this.preparedDocs > 0 && this.changesSincePrepare <= Math.max(50, this.liveCount * 0.01);
    const from = light ? this.preparedDocs : 0;
    const norms = light
      ? grow(this.norms, docs, (k) => new Float64Array(k))
      : new Float64Array(docs);
    const sentenceNormStart = light
      ? grow(this.sentenceNormStart, docs + 1, (k) => new Int32Array(k))
      : new Int32Array(docs + 1);
    let total = light ? sentenceNormStart[from]! : 0;
    for (let no = from; no < docs; no++) {
      sentenceNormStart[no] = total;
      total += this.sentenceCount[no]!;
    }
    sentenceNormStart[docs] = total;
    const sentenceNorms = light
      ? grow(this.sentenceNorms, total, (k) => new Float64Array(k))
      : new Float64Array(total);
    const lengthOf = (no: number) => {
      const base = sentenceNormStart[no]!;
      const start = this.termStart[no]!;
      const end = start + this.termCount[no]!;
      let sum = 0;
      for (let s = base; s < sentenceNormStart[no + 1]!; s++) sentenceNorms[s] = 0;
      for (let k = start; k < end; k++) {
        const pw = termWeight[this.poolTerms[k]!]!;
        const w = tf(this.poolCounts[k]!) * pw;
        sum += w * w;
        for (let mask = this.poolMasks[k]!; mask !== 0; mask &= mask - 1) {
          sentenceNorms[base + lowestBit(mask)]! += pw * pw;
        }
      }
      norms[no] = Math.sqrt(sum);
      for (let s = base; s < sentenceNormStart[no + 1]!; s++)
        sentenceNorms[s] = Math.sqrt(sentenceNorms[s]!);
    };
    for (let no = from; no < docs; no++) if (this.alive[no]) lengthOf(no);
    if (light) {
      // The rarer terms whose counts changed move their IDF most: the claims holding them get
      // their lengths again (their lists are short; a common term's IDF barely moves).
      // A count moving by one changes IDF by about 1/df: only short lists matter.
      const rare = 100;
      for (const t of this.changedTerms) {
        if (this.df[t]! > rare) continue;
        const list = this.postings[t]!;
        for (let p = 0; p < list.length; p++) {
          const no = list.data[p]!;
          if (no < from && this.alive[no]) lengthOf(no);
        }
      }
    }
    this.changedTerms.clear();
    this.idf = idf;
    this.norms = norms;
    this.sentenceNormStart = sentenceNormStart;
    this.sentenceNorms = sentenceNorms;
    if (this.acc.length < docs) this.acc = new Float64Array(docs);
    this.preparedDocs = docs;
    if (!light) this.changesSincePrepare = 0;
    this.dirty = false;
  }

  private compact(): void {
    const live: SimilarityDoc[] = [];
    for (let no = 0; no < this.ids.length; no++) if (this.alive[no]) live.push(this.docAt(no));
    Object.assign(this, new SimilarityIndex(live));
  }

  /** The claims most like the given one (indexed or not), best first. */
  similarTo(query: SimilarityDoc | string, options: SimilarOptions = {}): SimilarMatch[] {
    const doc = typeof query === 'string' ? this.get(query) : query;
    if (!doc) return [];
    this.prepare();
    const { limit = 10, minScore = 0.1, minShared = 2, onlySources } = options;
    const excludeSources = options.excludeSources ?? new Set([doc.sourceId]);
    const self = this.docNo.get(doc.id);

    // The query's vector in the index's terms (terms the index has never seen weigh in its length).
    const features = extractFeatures(doc.text);
    const qSentences = sentenceCountOf(features);
    const qSentenceNorms = new Float64Array(qSentences);
    const n = Math.max(1, this.liveCount);
    let queryNormSq = 0;
    const byTerm = new Map<number, QueryTerm>();
    for (const f of features) {
      const t = this.termIds.get(f.key);
      const df = t === undefined ? 0 : this.df[t]!;
      const idf = df > 0 ? this.idf[t!]! : Math.log(n + 1);
      const pw = kindWeight[f.kind] * idf;
      const w = tf(Math.min(255, f.count)) * pw;
      queryNormSq += w * w;
      for (let mask = f.sentences; mask !== 0; mask &= mask - 1) {
        qSentenceNorms[lowestBit(mask)]! += pw * pw;
      }
      if (t !== undefined && df > 0) byTerm.set(t, { t, w, pw, mask: f.sentences });
    }
    if (queryNormSq === 0) return [];
    const informative = Math.max(informativeFloor, n * informativeShare);
    for (const q of byTerm.values()) q.informative = this.df[q.t]! <= informative;
    for (let s = 0; s < qSentences; s++) qSentenceNorms[s] = Math.sqrt(qSentenceNorms[s]!);
    const queryNorm = Math.sqrt(queryNormSq);

    // 1. Candidates: the claims that share a rarer term, by the weight of what they share.
    const common = Math.max(commonFloor, n * commonShare);
    const acc = this.acc;
    const touched = new IntList(256);
    for (const q of byTerm.values()) {
      if (this.df[q.t]! > common) continue;
      const weight = q.w * kindWeight[this.termKinds[q.t]!] * this.idf[q.t]!;
      const list = this.postings[q.t]!;
      for (let p = 0; p < list.length; p++) {
        const no = list.data[p]!;
        if (acc[no] === 0) touched.push(no);
        acc[no] = acc[no]! + weight;
      }
    }
    const best = new TopK(rescored);
    for (let i = 0; i < touched.length; i++) {
      const no = touched.data[i]!;
      const partial = acc[no]!;
      acc[no] = 0;
      if (!this.alive[no] || no === self) continue;
      const sourceId = this.sources[no]!;
      if (excludeSources.has(sourceId) || (onlySources && !onlySources.has(sourceId))) continue;
      best.offer(no, partial / Math.sqrt(this.norms[no]!));
    }

    // 2. Exact scores: whole claims and their best sentence pair.
    const scored: { no: number; score: number; passage: { a: number; b: number } | null }[] = [];
    for (const no of best.items()) {
      const s = this.score(no, byTerm, queryNorm, qSentenceNorms, minShared);
      if (s && s.score >= minScore) scored.push({ no, ...s });
    }
    scored.sort((x, y) => y.score - x.score || x.no - y.no);
    return scored.slice(0, limit).map(({ no, score, passage }) => ({
      id: this.ids[no]!,
      sourceId: this.sources[no]!,
      score,
      passage,
      matched: this.matchedTerms(features, this.texts[no]!, passage),
    }));
  }

  private score(
    no: number,
    byTerm: Map<number, QueryTerm>,
    queryNorm: number,
    qNorms: Float64Array,
    minShared: number,
  ): { score: number; passage: { a: number; b: number } | null } | null {
    const start = this.termStart[no]!;
    const end = start + this.termCount[no]!;
    const width = this.sentenceCount[no]!;
    const usePassages = qNorms.length > 1 || width > 1;
    const cells = usePassages ? qNorms.length * width : 0;
    const dots = new Float64Array(cells);
    const counts = new Uint8Array(cells);
    let dot = 0;
    let shared = 0;
    for (let k = start; k < end; k++) {
      const t = this.poolTerms[k]!;
      const q = byTerm.get(t);
      if (!q) continue;
      if (q.informative) shared++;
      dot += q.w * tf(this.poolCounts[k]!) * kindWeight[this.termKinds[t]!] * this.idf[t]!;
      if (!usePassages) continue;
      const w = q.pw * q.pw;
      for (let qm = q.mask; qm !== 0; qm &= qm - 1) {
        const row = lowestBit(qm) * width;
        for (let dm = this.poolMasks[k]!; dm !== 0; dm &= dm - 1) {
          const cell = row + lowestBit(dm);
          dots[cell]! += w;
          if (q.informative) counts[cell]!++;
        }
      }
    }
    if (shared < minShared) return null;
    const cosine = dot / (queryNorm * this.norms[no]!);
    let passage: { a: number; b: number } | null = null;
    let passageScore = 0;
    const base = this.sentenceNormStart[no]!;
    for (let cell = 0; cell < cells; cell++) {
      if (counts[cell]! < minShared) continue;
      const a = Math.floor(cell / width);
      const b = cell % width;
      const s = (passageDiscount * dots[cell]!) / (qNorms[a]! * this.sentenceNorms[base + b]!);
      if (s > passageScore) {
        passageScore = s;
        passage = { a, b };
      }
    }
    return passageScore > cosine
      ? { score: Math.min(1, passageScore), passage }
      : { score: Math.min(1, cosine), passage: null };
  }

  /** The shared terms of a query and a claim: the deciding sentences' first, then by weight. */
  private matchedTerms(
    queryFeatures: TermFeature[],
    text: string,
    passage: { a: number; b: number } | null,
  ): MatchedTerm[] {
    const other = new Map(extractFeatures(text).map((f) => [f.key, f]));
    const out: MatchedTerm[] = [];
    let total = 0;
    for (const f of queryFeatures) {
      const g = other.get(f.key);
      const t = this.termIds.get(f.key);
      if (!g || t === undefined) continue;
      const w = kindWeight[f.kind] * this.idf[t]!;
      const part = tf(f.count) * w * tf(g.count) * w;
      total += part;
      const inPassage = passage
        ? (f.sentences & (2 ** passage.a)) !== 0 && (g.sentences & (2 ** passage.b)) !== 0
        : true;
      out.push({ key: f.key, kind: f.kind, a: f.surface, b: g.surface, share: part, inPassage });
    }
    for (const m of out) m.share = total > 0 ? m.share / total : 0;
    return out.sort(
      (x, y) =>
        Number(y.inPassage) - Number(x.inPassage) ||
        y.share - x.share ||
        x.key.localeCompare(y.key),
    );
  }
}

/** The k items of highest value, by a binary min-heap. */
class TopK {
  private values: number[] = [];
  private keys: number[] = [];
  constructor(private readonly k: number) {}

  offer(key: number, value: number): void {
    const { values, keys } = this;
    if (values.length < this.k) {
      values.push(value);
      keys.push(key);
      let i = values.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (values[parent]! <= values[i]!) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    if (value <= values[0]!) return;
    values[0] = value;
    keys[0] = key;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < values.length && values[l]! < values[m]!) m = l;
      if (r < values.length && values[r]! < values[m]!) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  items(): number[] {
    return [...this.keys];
  }

  private swap(i: number, j: number): void {
    [this.values[i], this.values[j]] = [this.values[j]!, this.values[i]!];
    [this.keys[i], this.keys[j]] = [this.keys[j]!, this.keys[i]!];
  }
}
