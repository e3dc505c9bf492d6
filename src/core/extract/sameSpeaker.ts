/**
 * Proposes when two speaker records are probably one person: transliteration variants
 * (Musabayov / Musabekov), short forms (Krylov / Alexander Krylov), initials (V. Putin), or the
 * same name with a different role. People who only share a first name are not proposed.
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

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** 0..1 similarity of two name tokens after transliteration folding. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ca = canonical(a);
  const cb = canonical(b);
  if (ca === cb) return 0.95;
  const d = levenshtein(ca, cb);
  const sim = 1 - d / Math.max(ca.length, cb.length);
  // Names that share their start are more alike (Musabayov / Musabekov).
  let prefix = 0;
  while (prefix < Math.min(ca.length, cb.length, 4) && ca[prefix] === cb[prefix]) prefix++;
  return Math.min(0.94, sim + prefix * 0.025);
}

function initialMatches(a: string, b: string): boolean {
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

interface Match {
  score: number;
  reason: string;
}

/** How alike two names are; null when they are probably different people. */
export function compareNames(x: string, y: string): Match | null {
  const a = tokensOf(x);
  const b = tokensOf(y);
  if (a.length === 0 || b.length === 0) return null;
  if (a.join(' ') === b.join(' ')) return { score: 1, reason: 'same name' };
  const lastA = a[a.length - 1] as string;
  const lastB = b[b.length - 1] as string;
  const surname = tokenSimilarity(lastA, lastB);
  // Short form: one name is a single token equal to the other's surname.
  if (a.length === 1 || b.length === 1) {
    const single = a.length === 1 ? lastA : lastB;
    const full = a.length === 1 ? b : a;
    const best = Math.max(...full.map((t) => tokenSimilarity(single, t)));
    if (best >= 0.95) return { score: 0.85, reason: `short form of ${a.length === 1 ? y : x}` };
    if (best >= 0.8 && single.length >= 5) return { score: 0.65, reason: 'short form with spelling variant' };
    return null;
  }
  const firstA = a[0] as string;
  const firstB = b[0] as string;
  const first = initialMatches(firstA, firstB) ? 0.9 : tokenSimilarity(firstA, firstB);
  if (first < 0.75) return null; // Ilham Aliyev vs Heydar Aliyev
  if (surname >= 0.95 && first >= 0.95) return { score: 0.95, reason: 'same name, spelling variant' };
  if (surname >= 0.95 && initialMatches(firstA, firstB)) return { score: 0.85, reason: 'initial of the first name' };
  if (surname >= 0.74) {
    const score = Math.min(0.9, 0.35 + 0.3 * first + 0.35 * surname);
    return { score, reason: 'transliteration variant of the surname' };
  }
  // Reversed order ("Putin Vladimir").
  if (a.length === 2 && b.length === 2 && tokenSimilarity(firstA, lastB) >= 0.95 && tokenSimilarity(lastA, firstB) >= 0.95) {
    return { score: 0.8, reason: 'name order reversed' };
  }
  return null;
}

function roleWords(role: string | null | undefined): Set<string> {
  return new Set(tokensOf(role ?? '').filter((t) => t.length > 3));
}

export function proposeSameSpeakers(speakers: SpeakerRecord[]): SameSpeakerProposal[] {
  const out: SameSpeakerProposal[] = [];
  for (let i = 0; i < speakers.length; i++) {
    for (let j = i + 1; j < speakers.length; j++) {
      const s = speakers[i] as SpeakerRecord;
      const t = speakers[j] as SpeakerRecord;
      if (s.id === t.id) continue;
      let best: Match | null = null;
      for (const x of [s.name, ...(s.aliases ?? [])]) {
        for (const y of [t.name, ...(t.aliases ?? [])]) {
          const m = compareNames(x, y);
          if (m && (!best || m.score > best.score)) best = m;
        }
      }
      if (!best) continue;
      let { score, reason } = best;
      const ra = roleWords(s.role);
      const rb = roleWords(t.role);
      if (ra.size > 0 && rb.size > 0) {
        const shared = [...ra].some((w) => rb.has(w));
        if (shared) score = Math.min(1, score + 0.05);
        else if (score >= 0.95) reason = `${reason}, different role`;
      }
      if (score >= MIN_SCORE) out.push({ a: s.id, b: t.id, score: Math.round(score * 100) / 100, reason });
    }
  }
  return out.sort((p, q) => q.score - p.score);
}
