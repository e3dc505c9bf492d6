/**
 * Reported speech without quote marks, proposed as `indirect` claims:
 * "According to the analyst, the Russian side may…", "Smith said (that) …",
 * "The situation is not an easy one for Moscow, she believes."
 */
import type { Body, Paragraph } from './body';
import { F_ACCORDING, F_SPEECH, PERSON_PRONOUNS } from './lexicon';
import { parseAppositives, parseMention, parseVerb, skipClosingComma, type Mention } from './mentions';
import { inRanges, sentenceEnd, type Range } from './sentences';
import type { Resolver } from './speakers';
import type { BodyClaim } from './analyze';
import type { Tok } from './tokens';

const DIRECT_VERBS = new Set(['said', 'says', 'believes', 'believed', 'thinks', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'warned', 'warns', 'stressed', 'noted', 'notes', 'added', 'stated', 'states', 'suggested', 'suggests', 'emphasised', 'emphasized', 'explained', 'concluded', 'predicted', 'admitted', 'acknowledged', 'reiterated', 'maintains', 'maintained', 'contends', 'told']);
const PREPOSITIONS = new Set(['to', 'on', 'in', 'at', 'with', 'for', 'by', 'about', 'of', 'from', 'during', 'after', 'before', 'over', 'against', 'into']);
/** "MOSCOW, Oct 14 (Reuters) - " at the start of a wire story. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+(?:,\s*[\p{L}]{3,9}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[-—–]\s*/u;
/** ", for his part," ", in turn," ", however," */
const PARENTHETICAL = new Set(['for', 'in', 'however', 'meanwhile', 'too', 'also', 'though', 'moreover', 'instead']);

function lowerBound(toks: Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid] as Tok).s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does [s, e) overlap one of the ranges (sorted by start)? */
function overlapsAny(ranges: Range[], s: number, e: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as Range).start < e) lo = mid + 1;
    else hi = mid;
  }
  // Ranges starting before e; claims never nest deeply, so look back a few.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if ((ranges[i] as Range).end > s) return true;
  return false;
}

function skipParenthetical(toks: Tok[], k: number): number {
  if (toks[k]?.t !== ',' || !PARENTHETICAL.has(toks[k + 1]?.lc ?? '')) return k;
  for (let q = k + 1; q < toks.length && q <= k + 6; q++) if ((toks[q] as Tok).t === ',') return q + 1;
  return k;
}

function acceptable(m: Mention, resolved: { exact: boolean; speakerName: string | null }): boolean {
  if (!resolved.speakerName) return false;
  if (m.kind === 'pronoun') return PERSON_PRONOUNS.has(m.head ?? '');
  if (m.kind === 'name') return resolved.exact && m.nameTokens.length >= 1;
  return true;
}

export function findReported(body: Body, allToks: Tok[], resolver: Resolver, covered: Range[], quotes: Range[], skipBefore: number): BodyClaim[] {
  const text = body.text;
  const out: BodyClaim[] = [];
  let ti = 0;
  for (const p of body.paragraphs as Paragraph[]) {
    if (p.end <= skipBefore) continue;
    // Most paragraphs have no speech verb at all: skip them without splitting sentences.
    while (ti < allToks.length && (allToks[ti] as Tok).s < p.start) ti++;
    let cue = false;
    for (let i = ti; i < allToks.length && (allToks[i] as Tok).s < p.end && !cue; i++) {
      const t = allToks[i] as Tok;
      cue = (t.f & (F_SPEECH | F_ACCORDING)) !== 0;
    }
    if (!cue) continue;
    let s = p.start;
    while (s < p.end) {
      const e = sentenceEnd(text, s, p.end, quotes);
      const claim = inSentence(text, allToks, s, e, resolver);
      if (claim && !overlapsAny(covered, claim.start, claim.end) && !inRanges(quotes, claim.start)) out.push(claim);
      s = e;
      while (s < p.end && /\s/.test(text[s] as string)) s++;
    }
  }
  return out;
}

/** After "said": the end of the sentence, a comma, or a short time/place phrase ("on Tuesday,"). */
function endsAttribution(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || /^[.,;!?]$/.test(t.t)) return true;
  if (!PREPOSITIONS.has(t.lc) && !/^(?:yesterday|today|tonight|late|early|earlier|later)$/.test(t.lc)) return false;
  for (let q = k + 1; q < toks.length && q <= k + 6; q++) if (/^[.,;]$/.test((toks[q] as Tok).t)) return true;
  return false;
}

function clauseEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?…]/.test(text[e - 1] as string)) e--;
  return e;
}

function inSentence(text: string, allToks: Tok[], s: number, e: number, resolver: Resolver): BodyClaim | null {
  const i0 = lowerBound(allToks, s);
  let i1 = i0;
  while (i1 < allToks.length && (allToks[i1] as Tok).e <= e) i1++;
  if (i1 - i0 < 6 || i1 - i0 > 120) return null;
  // Only sentences with a speech verb or "according to" can be reported speech.
  let lastCue = -1;
  for (let i = i0; i < i1; i++) {
    const t = allToks[i] as Tok;
    if ((t.f & (F_SPEECH | F_ACCORDING)) !== 0) lastCue = i - i0;
  }
  if (lastCue < 0) return null;
  const toks = allToks.slice(i0, i1);
  const make = (m: Mention, cue: string, from: number, to: number, base: number): BodyClaim | null => {
    const r = resolver.resolve(m);
    if (!acceptable(m, { exact: r.exact, speakerName: r.speaker?.name ?? null })) return null;
    let start = from;
    while (start < to && /\s/.test(text[start] as string)) start++;
    const stop = clauseEnd(text, start, to);
    if (stop - start < 20) return null;
    if (r.speaker) resolver.note(r.speaker, m.start, m.end);
    return { start, end: stop, speaker: r.speaker, kind: 'indirect', confidence: base, cue, mention: m.text };
  };
  // "According to X, clause."
  if (toks[0]?.lc === 'according' && toks[1]?.lc === 'to') {
    const m = parseMention(text, toks, 2);
    if (m && toks[m.next]?.t === ',') return make(m, 'according to', (toks[m.next] as Tok).e, e, 0.55);
    return null;
  }
  // "X (, role,) said (that) clause." — the subject within the first few tokens.
  let k = 0;
  // Skip a leading adverbial ending with a comma ("In April 2024, he stated…").
  const comma = toks.findIndex((t, i) => i < 8 && t.t === ',');
  if (comma > 0 && comma < 7 && PREPOSITIONS.has((toks[0] as Tok).lc)) k = comma + 1;
  for (let tries = 0; tries < 30 && k < lastCue; tries++, k++) {
    const found = parseMention(text, toks, k);
    if (!found) continue;
    let after = skipParenthetical(toks, found.next);
    const app = parseAppositives(text, toks, after);
    if (app) after = skipParenthetical(toks, app.next);
    const v = parseVerb(toks, skipClosingComma(toks, after));
    if (!v) {
      k = found.next - 1;
      continue;
    }
    // "The company's chief executive, Anil Kapoor, told": the name in the appositive speaks.
    const m = app?.name && found.kind !== 'name' ? app.name : found;
    // "Russia will respond to any sanctions, Foreign Minister Sergei Lavrov said on Tuesday, as …"
    if (k >= 5 && toks[k - 1]?.t === ',' && DIRECT_VERBS.has(v.verb) && !toks.slice(0, k - 1).some((t) => t.lc === 'that') && endsAttribution(toks, v.next) && !/ing$/.test((toks[0] as Tok).lc)) {
      // …unless what precedes the comma only names someone ("The company's chief executive, Anil Kapoor, told").
      const np = parseMention(text, toks, 0);
      if (!np || np.next < k - 2) {
        const dateline = DATELINE.exec(text.slice(s, s + 80));
        return make(m, v.verb, s + (dateline ? dateline[0].length : 0), (toks[k - 1] as Tok).s, 0.45);
      }
    }
    if (v.verb === 'told') {
      // "told reporters that …"
      const that = toks.findIndex((t, i) => i > v.next && i < v.next + 6 && t.lc === 'that');
      if (that < 0) return null;
      return make(m, v.verb, (toks[that] as Tok).e, e, 0.5);
    }
    const that = toks.findIndex((t, i) => i >= v.next && i < v.next + 8 && t.lc === 'that');
    if (that === v.next || (that > v.next && !toks.slice(v.next, that).some((t) => /^[.;:]$/.test(t.t)))) {
      return make(m, v.verb, (toks[that] as Tok).e, e, 0.5);
    }
    const nxt = toks[v.next];
    if (DIRECT_VERBS.has(v.verb) && nxt && nxt.word && !PREPOSITIONS.has(nxt.lc)) return make(m, v.verb, nxt.s, e, 0.45);
    return null;
  }
  // "Clause, she believes."
  const n = toks.length;
  const last = toks[n - 1];
  if (last && /^[.!?]$/.test(last.t)) {
    for (let c = n - 2; c >= Math.max(1, n - 8); c--) {
      if ((toks[c] as Tok).t !== ',') continue;
      const m = parseMention(text, toks, c + 1);
      if (!m) break;
      const v = parseVerb(toks, m.next);
      if (v && v.next === n - 1 && DIRECT_VERBS.has(v.verb)) return make(m, v.verb, s, (toks[c] as Tok).s, 0.45);
      break;
    }
  }
  return null;
}
