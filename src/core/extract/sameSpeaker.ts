/**
 * Proposes when two speaker records are probably one person: transliteration variants
 * (Musabayov / Musabekov), short forms (Krylov / Alexander Krylov), initials (V. Putin), or the
 * same name with a different role. People who only share a first name are not proposed.
 *
 * Speed: every name is tokenised and folded once (cached across calls, so the Speakers screen's
 * pair-by-pair calls reuse it), token similarities are bounded before any edit distance is
 * computed, and long lists compare only candidate pairs: records with similar surnames, a
 * one-word name similar to any word of the other name, or a first name equal to the other's
 * surname (reversed order). Every pair that can match is among the candidates, so the proposals
 * (and their order) are exactly those of comparing all pairs.
 */

export interface SpeakerRecord {
  id: string;
  name: string;
  role?: string | null;
  aliases?: string[];
}

export interface SameSpeakerProposal {
  a: string;
  b: string;
  /** 0..1: how likely the two records are the same person. */
  score: number;
  reason: string;
}

const MIN_SCORE = 0.6;

/** Lower case, no diacritics, no punctuation: the tokens of a name. */
function tokensOf(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`.]/g, ' ')
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((t) => (t.includes('-') && t.length > 12 ? t.split('-') : [t]))
    .filter((t) => t.length > 0 && !/^(?:mr|mrs|ms|dr|prof|sir|jr|sr)$/.test(t));
}

/** Collapse common transliteration variants (Cyrillic, Arabic, Turkic names into Latin). */
export function canonical(token: string): string {
  return token
    .replace(/ks/g, 'x')
    .replace(/kh/g, 'h')
    .replace(/(?:sch|sh|ch|tch)/g, 's')
    .replace(/(?:zh|j|dzh|dj)/g, 'z')
    .replace(/(?:ts|tz|c)/g, 's')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/ff$/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/ii/g, 'i')
    .replace(/ie|ye|yo|io|e/g, 'e')
    .replace(/(.)\1+/g, '$1');
}

/** Bounded memo tables (names and tokens repeat across calls and pairs). */
const CACHE_MAX = 200_000;

/** A token with its folded form and a cheap fingerprint for bounds. */
interface Token {
  raw: string;
  canon: string;
  /** Bit (code unit mod 32) of every character of `canon`. */
  mask: number;
}

const tokenCache = new Map<string, Token>();

function tokenOf(raw: string): Token {
  let t = tokenCache.get(raw);
  if (!t) {
    const canon = canonical(raw);
    let mask = 0;
    for (let i = 0; i < canon.length; i++) mask |= 1 << (canon.charCodeAt(i) & 31);
    t = { raw, canon, mask };
    if (tokenCache.size >= CACHE_MAX) tokenCache.clear();
    tokenCache.set(raw, t);
  }
  return t;
}

interface PreparedName {
  tokens: Token[];
  /** tokens joined by spaces (the "same name" test). */
  joined: string;
}

const nameCache = new Map<string, PreparedName>();

function prepare(name: string): PreparedName {
  let p = nameCache.get(name);
  if (!p) {
    const raw = tokensOf(name);
    p = { tokens: raw.map(tokenOf), joined: raw.join(' ') };
    if (nameCache.size >= CACHE_MAX) nameCache.clear();
    nameCache.set(name, p);
  }
  return p;
}

let rowA = new Int32Array(32);
let rowB = new Int32Array(32);

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length] as number;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Shared start of two folded tokens, up to 4 characters. */
function prefixOf(ca: string, cb: string): number {
  let prefix = 0;
  while (prefix < Math.min(ca.length, cb.length, 4) && ca[prefix] === cb[prefix]) prefix++;
  return prefix;
}

/** Similarity of two distinct folded forms (the formula of tokenSimilarity). */
function similarityOfForms(ca: string, cb: string, prefix: number): number {
  const d = levenshtein(ca, cb);
  const sim = 1 - d / Math.max(ca.length, cb.length);
  return Math.min(0.94, sim + prefix * 0.025);
}

/**
 * An upper bound of similarity(x, y) from lengths and character sets (each character of one
 * form missing from the other costs at least one edit): when it is below a threshold, the edit
 * distance need not be computed.
 */
function similarityBound(x: Token, y: Token, prefix: number): number {
  const la = x.canon.length;
  const lb = y.canon.length;
  const dMin = Math.max(Math.abs(la - lb), popcount(x.mask & ~y.mask), popcount(y.mask & ~x.mask));
  return 1 - dMin / Math.max(la, lb) + prefix * 0.025;
}

/** tokenSimilarity of two prepared tokens. */
function similarity(x: Token, y: Token): number {
  if (x.raw === y.raw) return 1;
  if (x.canon === y.canon) return 0.95;
  return similarityOfForms(x.canon, y.canon, prefixOf(x.canon, y.canon));
}

/** similarity(x, y) >= threshold, without the edit distance when the bound rules it out. */
function similarAtLeast(x: Token, y: Token, threshold: number): boolean {
  if (x.raw === y.raw || x.canon === y.canon) return true;
  const prefix = prefixOf(x.canon, y.canon);
  if (similarityBound(x, y, prefix) < threshold) return false;
  return similarityOfForms(x.canon, y.canon, prefix) >= threshold;
}

/** 0..1 similarity of two name tokens after transliteration folding. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return similarity(tokenOf(a), tokenOf(b));
}

function initialMatches(a: string, b: string): boolean {
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

interface Match {
  score: number;
  reason: string;
}

/** compareNames on prepared names (`x`, `y` are the names as given, for the reason text). */
function comparePrepared(pa: PreparedName, pb: PreparedName, x: string, y: string): Match | null {
  const a = pa.tokens;
  const b = pb.tokens;
  if (a.length === 0 || b.length === 0) return null;
  if (pa.joined === pb.joined) return { score: 1, reason: 'same name' };
  const lastA = a[a.length - 1] as Token;
  const lastB = b[b.length - 1] as Token;
  // Short form: one name is a single token equal to the other's surname.
  if (a.length === 1 || b.length === 1) {
    const single = a.length === 1 ? lastA : lastB;
    const full = a.length === 1 ? b : a;
    // Only whether the best similarity reaches 0.95 (or 0.8 for longer words) matters.
    for (const t of full) if (similarAtLeast(single, t, 0.95)) return { score: 0.85, reason: `short form of ${a.length === 1 ? y : x}` };
    if (single.raw.length >= 5) {
      for (const t of full) if (similarAtLeast(single, t, 0.8)) return { score: 0.65, reason: 'short form with spelling variant' };
    }
    return null;
  }
  const firstA = a[0] as Token;
  const firstB = b[0] as Token;
  const initial = initialMatches(firstA.raw, firstB.raw);
  if (!initial && !similarAtLeast(firstA, firstB, 0.75)) return null; // Ilham Aliyev vs Heydar Aliyev
  const first = initial ? 0.9 : similarity(firstA, firstB);
  if (similarAtLeast(lastA, lastB, 0.74)) {
    const surname = similarity(lastA, lastB);
    if (surname >= 0.95 && first >= 0.95) return { score: 0.95, reason: 'same name, spelling variant' };
    if (surname >= 0.95 && initial) return { score: 0.85, reason: 'initial of the first name' };
    const score = Math.min(0.9, 0.35 + 0.3 * first + 0.35 * surname);
    return { score, reason: 'transliteration variant of the surname' };
  }
  // Reversed order ("Putin Vladimir").
  if (a.length === 2 && b.length === 2 && similarAtLeast(firstA, lastB, 0.95) && similarAtLeast(lastA, firstB, 0.95)) {
    return { score: 0.8, reason: 'name order reversed' };
  }
  return null;
}

/** How alike two names are; null when they are probably different people. */
export function compareNames(x: string, y: string): Match | null {
  return comparePrepared(prepare(x), prepare(y), x, y);
}

const roleCache = new Map<string, Set<string>>();

function roleWords(role: string | null | undefined): Set<string> {
  const key = role ?? '';
  let words = roleCache.get(key);
  if (!words) {
    words = new Set(tokensOf(key).filter((t) => t.length > 3));
    if (roleCache.size >= CACHE_MAX) roleCache.clear();
    roleCache.set(key, words);
  }
  return words;
}

/** A record's names (name, then aliases), prepared. */
interface PreparedRecord {
  names: string[];
  prepared: PreparedName[];
  roles: Set<string>;
  /** What it was made from, to notice a record edited in place. */
  name: string;
  aliases: string[] | undefined;
  aliasCount: number;
  role: string | null | undefined;
}

/** Per record object: the Speakers screen asks about the same objects pair by pair. */
const recordCache = new WeakMap<SpeakerRecord, PreparedRecord>();

function prepareRecord(s: SpeakerRecord): PreparedRecord {
  const cached = recordCache.get(s);
  if (cached && cached.name === s.name && cached.aliases === s.aliases && cached.role === s.role && cached.aliasCount === (s.aliases?.length ?? 0)) {
    let same = true;
    for (let k = 0; k < cached.aliasCount && same; k++) same = cached.names[k + 1] === (s.aliases as string[])[k];
    if (same) return cached;
  }
  const names = [s.name, ...(s.aliases ?? [])];
  const p: PreparedRecord = {
    names,
    prepared: names.map(prepare),
    roles: roleWords(s.role),
    name: s.name,
    aliases: s.aliases,
    aliasCount: s.aliases?.length ?? 0,
    role: s.role,
  };
  recordCache.set(s, p);
  return p;
}

/** The proposal for records s and t (i < j in the input), as comparing every pair does it. */
function proposal(s: SpeakerRecord, t: SpeakerRecord, ps: PreparedRecord, pt: PreparedRecord): SameSpeakerProposal | null {
  if (s.id === t.id) return null;
  let best: Match | null = null;
  for (let x = 0; x < ps.names.length; x++) {
    for (let y = 0; y < pt.names.length; y++) {
      const m = comparePrepared(ps.prepared[x] as PreparedName, pt.prepared[y] as PreparedName, ps.names[x] as string, pt.names[y] as string);
      if (m && (!best || m.score > best.score)) best = m;
    }
  }
  if (!best) return null;
  let { score, reason } = best;
  const ra = ps.roles;
  const rb = pt.roles;
  if (ra.size > 0 && rb.size > 0) {
    const shared = [...ra].some((w) => rb.has(w));
    if (shared) score = Math.min(1, score + 0.05);
    else if (score >= 0.95) reason = `${reason}, different role`;
  }
  if (score < MIN_SCORE) return null;
  return { a: s.id, b: t.id, score: Math.round(score * 100) / 100, reason };
}

/** Lists shorter than this are compared pair by pair (the index costs more than it saves). */
const INDEX_FROM = 48;

export function proposeSameSpeakers(speakers: SpeakerRecord[]): SameSpeakerProposal[] {
  const n = speakers.length;
  if (n === 2) {
    // The Speakers screen's pair-by-pair call: no lists, no closures.
    const s = speakers[0] as SpeakerRecord;
    const t = speakers[1] as SpeakerRecord;
    const p = proposal(s, t, prepareRecord(s), prepareRecord(t));
    return p ? [p] : [];
  }
  const prepared = speakers.map(prepareRecord);
  const out: SameSpeakerProposal[] = [];
  const consider = (i: number, j: number): void => {
    const p = proposal(speakers[i] as SpeakerRecord, speakers[j] as SpeakerRecord, prepared[i] as PreparedRecord, prepared[j] as PreparedRecord);
    if (p) out.push(p);
  };
  if (n < INDEX_FROM) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) consider(i, j);
  } else {
    for (const key of candidatePairs(prepared)) consider(Math.floor(key / n), key % n);
  }
  return out.length > 1 ? out.sort((p, q) => q.score - p.score) : out;
}

/** Record indices by token. */
class TokenIndex {
  readonly byRaw = new Map<string, { token: Token; records: number[] }>();

  add(t: Token, record: number): void {
    const e = this.byRaw.get(t.raw);
    if (!e) this.byRaw.set(t.raw, { token: t, records: [record] });
    else if (e.records[e.records.length - 1] !== record) e.records.push(record);
  }
}

/**
 * Every record pair (i < j, as i * n + j, ascending) that can match. A match needs, for some
 * pair of their names: identical tokens, or surnames at least 0.74 alike (multi-word names), or
 * a one-word name at least 0.8 alike to a word of the other, or (reversed order) a first name
 * whose folded form equals the other's folded surname.
 */
function candidatePairs(records: PreparedRecord[]): number[] {
  const n = records.length;
  const lasts = new TokenIndex();
  const singles = new TokenIndex();
  const words = new TokenIndex();
  const firstsByCanon = new Map<string, number[]>();
  const lastsByCanon = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, r: number): void => {
    const l = m.get(k);
    if (!l) m.set(k, [r]);
    else if (l[l.length - 1] !== r) l.push(r);
  };
  records.forEach((rec, r) => {
    for (const p of rec.prepared) {
      const ts = p.tokens;
      if (ts.length === 0) continue;
      for (const t of ts) words.add(t, r);
      if (ts.length === 1) singles.add(ts[0] as Token, r);
      else {
        const last = ts[ts.length - 1] as Token;
        lasts.add(last, r);
        push(firstsByCanon, (ts[0] as Token).canon, r);
        push(lastsByCanon, last.canon, r);
      }
    }
  });
  const pairs = new Set<number>();
  const cross = (as: number[], bs: number[]): void => {
    for (const a of as) {
      for (const b of bs) {
        if (a < b) pairs.add(a * n + b);
        else if (b < a) pairs.add(b * n + a);
      }
    }
  };
  // Surnames of multi-word names.
  const lastList = [...lasts.byRaw.values()];
  forSimilar(lastList, lastList, 0.74, true, (x, y) => cross(x.records, y.records));
  // One-word names against every word.
  forSimilar([...singles.byRaw.values()], [...words.byRaw.values()], 0.8, false, (x, y) => cross(x.records, y.records));
  // Reversed order.
  for (const [canon, firsts] of firstsByCanon) {
    const l = lastsByCanon.get(canon);
    if (l) cross(firsts, l);
  }
  return [...pairs].sort((p, q) => p - q);
}

/**
 * Calls back for every pair (x from xs, y from ys) with similarity(x, y) >= threshold; with
 * `same` (xs === ys), each unordered pair once and every entry with itself. Entries are sorted
 * by folded length so that only lengths within reach are compared.
 */
function forSimilar<E extends { token: Token }>(xs: E[], ys: E[], threshold: number, same: boolean, found: (x: E, y: E) => void): void {
  const byLength = [...ys].sort((p, q) => p.token.canon.length - q.token.canon.length);
  const lengths = byLength.map((e) => e.token.canon.length);
  const position = same ? new Map(byLength.map((e, i) => [e, i])) : null;
  // similarity <= 1 - |la - lb| / max(la, lb) + 0.1: lengths further apart cannot reach it.
  const slack = 1 - threshold + 0.1;
  for (const x of xs) {
    const la = x.token.canon.length;
    const lo = lowerBound(lengths, Math.floor(la * (1 - slack)));
    const hiLen = slack >= 1 ? Number.POSITIVE_INFINITY : Math.ceil(la / (1 - slack));
    const self = position ? (position.get(x) as number) : -1;
    for (let k = lo; k < byLength.length && (lengths[k] as number) <= hiLen; k++) {
      if (same && k < self) continue;
      const y = byLength[k] as E;
      if (same && k === self) {
        found(x, y);
        continue;
      }
      if (similarAtLeast(x.token, y.token, threshold)) found(x, y);
    }
  }
}

function lowerBound(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
