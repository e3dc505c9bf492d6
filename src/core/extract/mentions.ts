/**
 * Parses the words that name a speaker ("Krylov", "the expert", "he", "Foreign Minister
 * Sergei Lavrov", "The Kommersant newspaper", "a spokesman for the ministry") and the speech
 * verb that goes with them.
 */
import { sliceCollapsed } from './chars';
import {
  F_ADVERB,
  F_CALLING,
  F_DETERMINER,
  F_MODIFIER,
  F_NON_NAME_POSS,
  F_ORG,
  F_ORG_HEAD,
  F_ORG_POSS,
  F_PARTICLE,
  F_POSS_S,
  F_PRONOUN,
  F_ROLE,
  F_ROLE_EXACT,
  F_SPEECH,
  F_STOP,
  F_TIME,
  F_TITLE,
  nameWithoutPossessive,
  POST_NOMINALS,
  wordFlags,
} from './lexicon';
import { HYPHENATED_WORD, initialsStart, isInitialAt, isJoinedParticleName, nicknameEnd, particlesEnd, runWords } from './names';
import { titleEnd } from './titles';
import { stripPossessive, type Tok } from './tokens';

export type MentionKind = 'name' | 'pronoun' | 'role' | 'org';

export interface Mention {
  kind: MentionKind;
  /** Body offsets of the mention. */
  start: number;
  end: number;
  /** The mention as written. */
  text: string;
  /** For names and organisations: the name without titles. */
  nameTokens: string[];
  /** For role mentions: the role noun ("expert"); for names: titles before the name. */
  head: string | null;
  /** Role text given with the mention (titles, appositive). */
  role: string | null;
  /** Token index just after the mention. */
  next: number;
  /** "a spokesperson", "a senior diplomat": an unnamed source. */
  indefinite?: boolean;
}

const NATIONALITY_NOUN = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|man|woman|i|ard|er)$/u;
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** Lower-case words that can stand before a role noun ("former", "senior", "well-known"). */
function isLowerModifier(t: Tok): boolean {
  // Only a word with a hyphen can be "lower-letters-hyphen-lower-letters".
  return (t.f & F_MODIFIER) !== 0 || (t.t.includes('-') && HYPHENATED_WORD.test(t.lc));
}

/** A lower-case word that is no function word, role, verb of speech or number: "group", "club". */
function isPlainNoun(t: Tok | undefined): boolean {
  if (!t || !t.word || t.cap || isLowerModifier(t)) return false;
  const c = t.t.charCodeAt(0);
  return !(c >= 48 && c <= 57) && (t.f & (F_STOP | F_SPEECH | F_ROLE | F_PRONOUN | F_DETERMINER | F_TIME | F_ADVERB)) === 0;
}

function slice(body: string, toks: Tok[], a: number, b: number): string {
  const first = toks[a];
  const last = toks[b - 1];
  if (!first || !last) return '';
  return sliceCollapsed(body, first.s, last.e);
}

function isTitle(t: Tok): boolean {
  return (t.f & F_TITLE) !== 0;
}

/** A capitalised run starting at k: [end index, tokens]. */
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'de']);

/**
 * End of a capitalised run starting at k. Connectors ("of", "for", "and") are kept only inside
 * organisation names ("Royal College of Nursing", "Society for Acute Medicine").
 */
function capRun(toks: Tok[], k: number): number {
  let j = k;
  let firstConnector = -1;
  let org = false;
  while (j < toks.length) {
    const u = toks[j] as Tok;
    if (u.cap || isJoinedParticleName(u)) {
      if (u.f & F_ORG) org = true;
      j++;
      if (/['’]s$/.test(u.t)) break;
      continue;
    }
    const after = particlesEnd(toks, j);
    if (after > j && (toks[after]?.cap ?? false)) {
      j = after;
      continue;
    }
    const nick = j > k ? nicknameEnd(toks, j) : -1;
    if (nick > 0) {
      j = nick;
      continue;
    }
    if (CONNECTORS.has(u.t) && j > k && (toks[j + 1]?.cap ?? false) && ((toks[j + 1] as Tok).f & F_STOP) === 0) {
      if (firstConnector < 0) firstConnector = j;
      j++;
      continue;
    }
    // "Ram Prasath Manohar V. said": a closing initial keeps its stop before a lower-case word.
    if (j > k && isInitialAt(toks[j - 1] as Tok, u) && (toks[j - 1] as Tok).t.length === 1 && toks[j + 1]?.word && !(toks[j + 1] as Tok).cap) {
      j++;
      break;
    }
    if (u.t === '.' && j > k && ((toks[j - 1] as Tok).t.length <= 3 || isInitialAt(toks[j - 1] as Tok, u)) && (toks[j - 1] as Tok).cap && (toks[j + 1]?.cap ?? false) && ((toks[j + 1] as Tok).f & F_STOP) === 0) {
      j++;
      continue;
    }
    break;
  }
  // Connectors belong to an organisation's own name ("Royal College of Nursing"), not to a
  // person's affiliation ("Alan Brooks of Georgetown Law").
  if (firstConnector >= 0 && !toks.slice(k, firstConnector).some((u) => (u.f & F_ORG) !== 0)) return firstConnector;
  if (firstConnector >= 0 && !org) return firstConnector;
  return j;
}

export function parseMention(body: string, toks: Tok[], k: number): Mention | null {
  const t = toks[k];
  if (!t || !t.word) return null;
  if (t.f & F_PRONOUN) {
    return { kind: 'pronoun', start: t.s, end: t.e, text: t.t, nameTokens: [], head: t.lc, role: null, next: k + 1 };
  }
  if (t.f & F_DETERMINER) {
    // "The Royal College of Nursing", "the Foreign Ministry": an organisation's name.
    if (toks[k + 1]?.cap) {
      const end = capRun(toks, k + 1);
      const run = toks.slice(k + 1, end);
      const head = toks[end];
      // "the Assembly R. Ashoka": a person whose name opens with initials, after an organisation.
      const words = runWords(run);
      const initial = initialsStart(words);
      if (initial > 0) {
        const at = (words[initial] as Tok).s;
        for (let x = k + 1; x < end; x++) if ((toks[x] as Tok).s === at) return parseMention(body, toks, x);
      }
      if (run.some((u) => (u.f & F_ORG_POSS) !== 0) && !(head && (head.f & F_ROLE) !== 0)) {
        const withHead = head !== undefined && (head.f & F_ORG_HEAD) !== 0;
        const next = withHead ? end + 1 : end;
        return {
          kind: 'org',
          start: t.s,
          end: (toks[next - 1] as Tok).e,
          text: slice(body, toks, k, next),
          nameTokens: nameWithoutPossessive(run.map((u) => u.t)),
          head: withHead ? (head as Tok).lc : null,
          role: null,
          next,
        };
      }
    }
    for (let m = k + 1; m < toks.length && m <= k + 5; m++) {
      let u = toks[m] as Tok;
      if (!u.word) return null;
      if ((u.f & F_ROLE) !== 0 && !(u.cap && m + 1 < toks.length && (toks[m + 1] as Tok).cap)) {
        // "the executive director", "the chief executive officer": the last role noun is the head.
        while (toks[m + 1] !== undefined && !(toks[m + 1] as Tok).cap && ((toks[m + 1] as Tok).f & F_ROLE) !== 0) {
          m++;
          u = toks[m] as Tok;
        }
        let next = m + 1;
        // "a spokesman for the ministry", "the head of Vestnik Kavkaza"
        const p = toks[next];
        if (p && ['for', 'of', 'at', 'from', 'with', 'in'].includes(p.lc)) {
          let q = next + 1;
          while (q < toks.length && q <= next + 7 && (toks[q] as Tok).word && ((toks[q] as Tok).f & F_SPEECH) === 0) q++;
          if (q > next + 1) next = q;
        }
        return {
          kind: 'role',
          start: t.s,
          end: (toks[next - 1] as Tok).e,
          text: slice(body, toks, k, next),
          nameTokens: [],
          head: u.lc,
          role: slice(body, toks, k, next),
          next,
          indefinite: INDEFINITE.has(t.lc) || (/s$/.test(u.lc) && !/ss$/.test(u.lc)),
        };
      }
      if (u.f & F_ORG_HEAD) {
        const caps = toks.slice(k + 1, u.cap ? m + 1 : m).filter((x) => x.cap);
        return {
          kind: caps.length > 0 ? 'org' : 'role',
          start: t.s,
          end: u.e,
          text: slice(body, toks, k, m + 1),
          nameTokens: nameWithoutPossessive(caps.map((x) => x.t)),
          head: u.lc,
          role: null,
          next: m + 1,
        };
      }
      if (u.cap && m === k + 1 && t.lc === 'the' && NATIONALITY_NOUN.test(u.t) && !(toks[m + 1]?.cap ?? false)) {
        // "the German said", "the Frenchman added": a person described by nationality.
        return { kind: 'role', start: t.s, end: u.e, text: slice(body, toks, k, m + 1), nameTokens: [], head: u.lc, role: null, next: m + 1 };
      }
      if (/^\d+-year-old$/.test(u.lc)) {
        return { kind: 'role', start: t.s, end: u.e, text: slice(body, toks, k, m + 1), nameTokens: [], head: u.lc, role: null, next: m + 1 };
      }
      if (u.cap || isLowerModifier(u) || (u.f & F_POSS_S) !== 0) continue;
      // "the furious mum", "the grieving father": one or two describing words before the noun.
      if (m <= k + 2 && (u.f & (F_STOP | F_SPEECH)) === 0) continue;
      return null;
    }
    return null;
  }
  let k0 = k;
  // A surname with its particles: "von der Leyen said", "al-Asadi told me".
  // Only a surname: one capitalised word after the particles ("dijo el Presidente Pedro Sánchez" is no name).
  const afterParticles = t.cap ? k : particlesEnd(toks, k);
  const surnameFirst = isJoinedParticleName(t) || (afterParticles > k && (toks[afterParticles]?.cap ?? false) && !(toks[afterParticles + 1]?.cap ?? false));
  // "political scientist Alexander Krylov": lower-case role words before a name.
  if (!t.cap && !surnameFirst) {
    // "group chief executive Tan Wei Ming", "club captain X": a plain noun or two may name what
    // the role is of.
    let r = k;
    while (r < k + 2 && isPlainNoun(toks[r])) r++;
    let m = r;
    while (m < toks.length && m < r + 5 && !(toks[m] as Tok).cap && (((toks[m] as Tok).f & F_ROLE) !== 0 || isLowerModifier(toks[m] as Tok))) m++;
    if (m === r || !(toks[m]?.cap ?? false) || ((toks[m - 1] as Tok).f & F_ROLE) === 0) return null;
    k0 = m;
  }
  if (((toks[k0] as Tok).f & F_STOP) !== 0 && !isTitle(toks[k0] as Tok)) return null;
  let end = capRun(toks, k0);
  if (end === k0) return null;
  // "Commission spokesperson Lina Kovačević", "Putin aide Yuri Ushakov": a capitalised word, a
  // role noun, then the name; all before the name is the role.
  let roleEnd = end;
  while (roleEnd < end + 3 && toks[roleEnd] !== undefined && !(toks[roleEnd] as Tok).cap && (((toks[roleEnd] as Tok).f & F_ROLE) !== 0 || isLowerModifier(toks[roleEnd] as Tok))) roleEnd++;
  let roleNamed = roleEnd > end && ((toks[roleEnd - 1] as Tok).f & F_ROLE) !== 0;
  // "BMKG deputy for meteorology Ratna Sulistyowati": the role may name its field.
  if (roleNamed && (toks[roleEnd]?.lc === 'for' || toks[roleEnd]?.lc === 'of')) {
    let r = roleEnd + 1;
    while (r < roleEnd + 4 && toks[r] !== undefined && (toks[r] as Tok).word && !(toks[r] as Tok).cap && ((toks[r] as Tok).f & (F_STOP | F_SPEECH)) === 0) r++;
    if (r > roleEnd + 1 && (toks[r]?.cap ?? false)) roleEnd = r;
  }
  const afterRole = toks[roleEnd];
  roleNamed &&= afterRole !== undefined && afterRole.cap && ((afterRole.f & F_STOP) === 0 || isTitle(afterRole));
  if (!roleNamed && roleEnd > end && end === k0 + 1 && ((toks[roleEnd - 1] as Tok).f & F_ROLE) !== 0) {
    // "Her Spanish counterpart, …", "the Kremlin spokesman said": one capitalised word describes
    // the role, and no name follows it.
    const head = toks[roleEnd - 1] as Tok;
    return { kind: 'role', start: t.s, end: head.e, text: slice(body, toks, k, roleEnd), nameTokens: [], head: head.lc, role: slice(body, toks, k, roleEnd), next: roleEnd };
  }
  if (roleNamed) {
    k0 = roleEnd;
    end = capRun(toks, k0);
  }
  const words = runWords(toks.slice(k0, end));
  const tEnd = titleEnd(words);
  let nameWords = words.slice(tEnd + 1);
  // "the Assembly R. Ashoka": a name that opens with initials starts there.
  const initial = initialsStart(nameWords);
  if (initial > 0) nameWords = nameWords.slice(initial);
  // "Peter Ashdown-Bligh MP": a title in capitals after the name is not part of it.
  while (nameWords.length > 2 && isTitle(nameWords[nameWords.length - 1] as Tok) && (nameWords[nameWords.length - 1] as Tok).t === (nameWords[nameWords.length - 1] as Tok).t.toUpperCase()) nameWords = nameWords.slice(0, -1);
  // "Rhodri ap Gwilym KC": honours after the name are not part of it.
  while (nameWords.length > 1 && POST_NOMINALS.has((nameWords[nameWords.length - 1] as Tok).t)) nameWords = nameWords.slice(0, -1);
  if (nameWords.length === 0 || nameWords.filter((w) => (w.f & F_PARTICLE) === 0 || w.cap).length > 5) return null;
  // "Traders said", "Residents told": a group described, not a name.
  const only = nameWords[0] as Tok;
  if (nameWords.length === 1 && (only.f & (F_ROLE | F_ROLE_EXACT)) === F_ROLE) {
    return { kind: 'role', start: t.s, end: only.e, text: slice(body, toks, k, end), nameTokens: [], head: only.lc, role: null, next: end, indefinite: true };
  }
  if (isTitle(nameWords[nameWords.length - 1] as Tok) && nameWords.length <= 2) return null; // "Azerbaijani MP": a role, no name
  const isOrg = nameWords.some((w) => (w.f & F_ORG_POSS) !== 0) || (toks[end] !== undefined && ((toks[end] as Tok).f & F_ORG_HEAD) !== 0);
  // "Foreign Ministry", "Interior Ministry": the title words name the organisation.
  if (isOrg && nameWords.length === 1 && tEnd >= 0) nameWords = words.slice(Math.max(0, words.findIndex((w) => isTitle(w))));
  if (!isOrg && ((nameWords[0] as Tok).f & F_NON_NAME_POSS) !== 0) return null;
  const firstName = nameWords[0] as Tok;
  const lowerRole = k0 > k ? slice(body, toks, k, k0) : null;
  const titleRole = firstName.s > (toks[k0] as Tok).s ? sliceCollapsed(body, (toks[k0] as Tok).s, words[words.indexOf(firstName) - 1]?.e ?? firstName.s) : null;
  let next = end;
  const head = toks[end];
  if (isOrg && head !== undefined && (head.f & F_ORG_HEAD) !== 0) {
    // "Iraq’s Ministry of Water Resources": the organisation is the capitalised head's own name.
    const headEnd = head.cap ? capRun(toks, end) : end + 1;
    if (headEnd > end + 1) {
      return {
        kind: 'org',
        start: t.s,
        end: (toks[headEnd - 1] as Tok).e,
        text: slice(body, toks, k, headEnd),
        nameTokens: nameWithoutPossessive(runWords(toks.slice(end, headEnd)).map((w) => w.t)),
        head: null,
        role: null,
        next: headEnd,
      };
    }
    next = end + 1;
  }
  return {
    kind: isOrg ? 'org' : 'name',
    start: t.s,
    end: (toks[next - 1] as Tok).e,
    text: slice(body, toks, k, next),
    nameTokens: isOrg ? nameWithoutPossessive(nameWords.map((w) => w.t)) : nameWords.map((w) => stripPossessive(w.t)),
    head: null,
    role: [lowerRole, titleRole].filter(Boolean).join(' ') || null,
    next,
  };
}

/** ", a spokesman for X," or ", 45," after a mention: returns the index after it and the role. */
export interface Appositive {
  next: number;
  role: string | null;
  /** A name at the end of the appositive: "the ministry's counterpart, EU spokesperson Anna Keller,". */
  name?: Mention;
}

export function parseAppositive(body: string, toks: Tok[], k: number, requireClose: boolean): Appositive | null {
  if (toks[k]?.t !== ',') return null;
  let q = k + 1;
  let depth = 0;
  while (q < toks.length && q <= k + 22) {
    const u = toks[q] as Tok;
    if (u.t === '(') depth++;
    if (u.t === ')') depth--;
    if (depth <= 0 && /^[,.;:!?"“”«»]$/.test(u.t)) break;
    q++;
  }
  if (q === k + 1) return null;
  const closed = toks[q]?.t === ',';
  if (requireClose && !closed) return null;
  let parts = toks.slice(k + 1, q);
  const lead = (parts[0] as Tok).lc;
  // ", who chairs the residents' group," — a relative clause describing the speaker.
  if (closed && (lead === 'who' || lead === 'whose') && parts.length <= 20) return { next: q + 1, role: null };
  // ", of Westdene," / ", from Cork," — where the speaker lives or comes from.
  if (closed && (lead === 'of' || lead === 'from') && parts.length >= 2 && parts.length <= 4 && parts.slice(1).every((u) => u.cap)) return { next: q + 1, role: null };
  // ", in a post on X," / ", speaking on Monday," — how or when, between the speaker and the verb.
  if (closed && ADVERBIAL_LEAD.has(lead) && parts.length <= 10 && parseVerb(toks, q + 1) !== null) return { next: q + 1, role: null };
  // ", a fisherman who has lived on the island for 60 years," — the role stops at "who".
  const rel = parts.findIndex((u, i) => i > 0 && ['who', 'which', 'whose'].includes(u.lc));
  if (rel > 0) parts = parts.slice(0, rel);
  // The appositive is a name, with its titles: "the league's executive director, Owen Pruitt,",
  // "the minister, Rt Hon Peter Ashdown-Bligh MP, told", "said the spokesman, Tyler Krantz."
  if ((parts[0] as Tok).cap) {
    const whole = parseMention(body, toks, k + 1);
    if (whole && whole.kind === 'name' && whole.next === q && whole.nameTokens.length >= 2) return { next: closed ? q + 1 : q, role: whole.role, name: whole };
  }
  const isAge = parts.length === 1 && /^\d{1,3}$/.test((parts[0] as Tok).t);
  const hasRole = parts.slice(0, 8).some((u) => (u.f & (F_ROLE | F_TITLE)) !== 0);
  // ", a chronobiologist at the University of Surrey who …," — a description that opens with an article.
  const described = closed && (lead === 'a' || lead === 'an' || lead === 'the') && parts.length >= 2 && parts.length <= 14 && (parts[1] as Tok).word;
  if (!isAge && !hasRole && !described) return null;
  if (parts.some((u) => (u.f & (F_SPEECH | F_ROLE)) === F_SPEECH)) return null;
  const next = closed ? q + 1 : q;
  const roleEnd = k + 1 + parts.length;
  // A role followed by a full name.
  let r = q;
  while (r > k + 2 && (toks[r - 1] as Tok).cap) r--;
  if (r < q - 1 && r > k + 1) {
    const m = parseMention(body, toks, r);
    if (m && m.kind === 'name' && m.next === q && m.nameTokens.length >= 2) {
      return { next, role: slice(body, toks, k + 1, r), name: m };
    }
  }
  return { next, role: isAge ? null : slice(body, toks, k + 1, roleEnd) };
}

/** A US party tag: "R-Ohio", "D-Calif". */
const PARTY_TAG = /^[RDI]-\p{Lu}/u;

/**
 * Everything between a speaker's name and the verb, as far as it describes the speaker: a
 * bracket ("(FF)", "(R-Ind.)"), a party tag (", R-Ohio,"), an age, a role and a relative clause,
 * in any order, up to four of them: "Rep. Bradley K. Vance, R-Ohio, who opposes …, called".
 * The first role found is the one returned.
 */
export function parseAppositives(body: string, toks: Tok[], k: number): Appositive | null {
  let next = k;
  let found: Appositive | null = null;
  for (let round = 0; round < 4; round++) {
    const t = toks[next];
    // The comma that closed one part opens the next: ", 45, who …,".
    const comma = found !== null && toks[next - 1]?.t === ',' ? next - 1 : next;
    if (t?.t === '(') {
      let q = next + 1;
      while (q < toks.length && q <= next + 6 && (toks[q] as Tok).t !== ')') q++;
      if (toks[q]?.t !== ')') break;
      next = q + 1;
      found ??= { next, role: null };
      found.next = next;
      continue;
    }
    if (toks[comma]?.t === ',' && PARTY_TAG.test(toks[comma + 1]?.t ?? '')) {
      let q = comma + 2;
      if (toks[q]?.t === '.') q++;
      if (toks[q]?.t !== ',') break;
      next = q + 1;
      found ??= { next, role: null };
      found.next = next;
      continue;
    }
    const app = parseAppositive(body, toks, comma, true);
    if (!app) break;
    next = app.next;
    if (!found) found = { ...app };
    else {
      found.role ??= app.role;
      found.name ??= app.name;
      found.next = next;
    }
  }
  return found;
}

export interface VerbMatch {
  verb: string;
  next: number;
}

/** Openers of a phrase that says how or when someone spoke: ", in a statement,". */
const ADVERBIAL_LEAD = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'speaking', 'writing', 'via', 'through', 'when', 'while', 'addressing', 'earlier', 'later', 'meanwhile', 'however', 'though', 'too', 'also']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const PERIODS = new Set(['week', 'weekend', 'month', 'year', ...DAY_PARTS]);

/**
 * Index after a short time phrase at k ("on Monday", "on Tuesday night", "last week",
 * "yesterday", "Monday"), or k: "Shivakumar on Monday said…".
 */
function timePhraseEnd(toks: Tok[], k: number): number {
  // Runs before every verb test: most words are no time word.
  if (((toks[k]?.f ?? 0) & F_TIME) === 0) return k;
  const lc = (i: number): string => toks[i]?.lc ?? '';
  let q = k;
  if (lc(q) === 'late' || lc(q) === 'early' || lc(q) === 'earlier') q++;
  if (lc(q) === 'on' && WEEKDAYS.has(lc(q + 1))) return DAY_PARTS.has(lc(q + 2)) ? q + 3 : q + 2;
  if (WEEKDAYS.has(lc(q))) return DAY_PARTS.has(lc(q + 1)) ? q + 2 : q + 1;
  if ((lc(q) === 'last' || lc(q) === 'this') && PERIODS.has(lc(q + 1))) return q + 2;
  if (lc(q) === 'yesterday' || lc(q) === 'today' || lc(q) === 'tonight') return q + 1;
  return k;
}

/** A speech verb at k, after a time phrase and up to three adverbs or auxiliaries. */
export function parseVerb(toks: Tok[], k: number, allowCalling = false): VerbMatch | null {
  let q = timePhraseEnd(toks, k);
  let skipped = 0;
  while (q < toks.length && skipped < 3 && ((toks[q] as Tok).f & (F_ADVERB | F_SPEECH)) === F_ADVERB) {
    q++;
    skipped++;
  }
  const v = toks[q];
  if (!v) return null;
  const nxt = toks[q + 1]?.lc;
  if ((v.lc === 'pointed' || v.lc === 'points') && nxt === 'out') return { verb: `${v.lc} out`, next: q + 2 };
  if ((v.lc === 'went' || v.lc === 'goes') && nxt === 'on') return { verb: `${v.lc} on`, next: q + 2 };
  if ((v.lc === 'summed' || v.lc === 'sums') && nxt === 'up') return { verb: `${v.lc} up`, next: q + 2 };
  if (v.lc === 'was' && nxt === 'quoted') return { verb: 'was quoted', next: q + 2 };
  if (v.lc === 'reacted' || v.lc === 'responded' || v.lc === 'replied') return { verb: v.lc, next: q + 1 };
  if ((v.f & F_SPEECH) !== 0 || (allowCalling && (v.f & F_CALLING) !== 0)) return { verb: v.lc, next: q + 1 };
  // French compound past: "a déclaré", "a dit".
  if (v.lc === 'a' && nxt !== undefined && ((wordFlags(nxt) & F_SPEECH) !== 0 || nxt === 'dit')) return { verb: `a ${nxt}`, next: q + 2 };
  return null;
}

/** Skips ", " before a verb when a name closes an appositive: "The chief executive, Anil Kapoor, told". */
export function skipClosingComma(toks: Tok[], k: number): number {
  return toks[k]?.t === ',' && parseVerb(toks, k + 1) !== null ? k + 1 : k;
}
