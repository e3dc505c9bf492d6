/**
 * Attribution: finds the cue and mention around a quote ("…,” Krylov said; said Zatulin;
 * according to X; X said: “…”; the expert noted; he added) and resolves the mention to a full
 * name with the entity index.
 */
import { isLetterAt } from './chars';
import { personGender, type Entity, type EntityBuilder, type EntityMention } from './entities';
import { genderOfPronoun, genderOfWord } from './gender';
import { F_MODIFIER, F_OBJECT, F_POSS_S, F_RELATION, F_ROLE, ORG_HEAD_NOUNS, PERSON_PRONOUNS, wordFlags } from './lexicon';
import { parseAppositive, parseAppositives, parseMention, parseVerb, skipClosingComma, type Mention } from './mentions';
import { splitWords } from './sentences';
import type { Tok } from './tokens';

export interface Speaker {
  name: string;
  role: string | null;
  isOrg: boolean;
}

export interface Attribution {
  speaker: Speaker | null;
  cue: string | null;
  mention: string | null;
  /** How sure: strong cue and a full name → high. */
  confidence: number;
  /** Where the attribution sits relative to the quote. */
  where: 'after' | 'before' | 'inline' | 'carry' | 'none';
}

const NO_ATTRIBUTION: Attribution = { speaker: null, cue: null, mention: null, confidence: 0, where: 'none' };

/** Organisations that news describes in lower case ("Azerbaijan's foreign ministry"). */
const DESCRIBED_HEADS = new Set(['ministry', 'department', 'embassy', 'office', 'agency', 'committee']);

/** What an organisation's words come in: "the statement added". */
const STATEMENT_NOUNS = new Set(['statement', 'communique', 'communiqué', 'release']);

export class Resolver {
  /** The organisation last given as a speaker, and where: who "the statement added" quotes. */
  private lastOrg: { speaker: Speaker; at: number } | null = null;

  constructor(private readonly entities: EntityBuilder) {}

  /** Remember that a speaker was mentioned at `pos` (helps later pronouns and role nouns). */
  note(sp: Speaker, start: number, end: number): void {
    if (sp.isOrg) {
      this.lastOrg = { speaker: sp, at: start };
      return;
    }
    const tokens = splitWords(sp.name);
    const e = this.entities.findPerson(tokens, start);
    if (e) this.entities.pushMention({ entity: e, start, end, subject: true });
    else this.entities.addPerson(tokens, sp.role, start, end);
  }

  private latestPerson(pos: number, accept: (m: EntityMention) => boolean = () => true, maxDistance?: number): EntityMention | null {
    return this.entities.latest(pos, accept, maxDistance);
  }

  resolve(m: Mention): { speaker: Speaker | null; exact: boolean } {
    switch (m.kind) {
      case 'pronoun': {
        if (!PERSON_PRONOUNS.has(m.head ?? '')) return { speaker: null, exact: false };
        // "she" is not the man quoted just before, when the text shows either's gender.
        const g = genderOfPronoun(m.head ?? '');
        const fits = (x: EntityMention): boolean => {
          if (g === null) return true;
          const shown = personGender(x.entity);
          return shown === null || shown === g;
        };
        // Prefer a recent subject over a name that was the object of a preposition. Gender is a
        // preference, not a filter: when no one fits, the evidence for it may be wrong.
        const named = (x: EntityMention): boolean => x.entity.name !== '';
        const p =
          this.latestPerson(m.start, (x) => named(x) && x.subject && fits(x), 700) ??
          this.latestPerson(m.start, (x) => named(x) && fits(x)) ??
          this.latestPerson(m.start, (x) => named(x) && x.subject, 700) ??
          this.latestPerson(m.start, named);
        // An unnamed source who spoke after anyone named who fits ("A neighbour, who asked not
        // to be named, …") is who "she" is.
        const unnamed = this.latestPerson(m.start, (x) => !named(x) && fits(x), 700);
        const lastNamed = unnamed && this.latestPerson(m.start, (x) => named(x) && fits(x));
        return { speaker: unnamed && (!lastNamed || unnamed.start > lastNamed.start) ? null : personSpeaker(p), exact: false };
      }
      case 'role': {
        if (m.indefinite) return { speaker: null, exact: false };
        if (ORG_HEAD_NOUNS.has(m.head ?? '')) {
          // "the ministry" → the organisation named earlier ("Foreign Ministry"), if any.
          let org: Entity | null = null;
          // Its head noun opens or closes the name: "the ministry" → "Foreign Ministry", "the
          // department" → "Department of Health and Social Care" (the longest such name).
          for (const o of this.entities.index.orgs) {
            const fits = o.tokens[o.tokens.length - 1]?.toLowerCase() === m.head || o.tokens[0]?.toLowerCase() === m.head;
            if (fits && (org === null || o.tokens.length >= org.tokens.length)) org = o;
          }
          if (org) return { speaker: toSpeaker(org.name, org.role, true), exact: false };
          // "Azerbaijan's foreign ministry denounced …" ¶ "…," the ministry said.
          const described = DESCRIBED_HEADS.has(m.head ?? '') ? this.entities.describedOrg(m.head as string, m.start) : null;
          if (described) return { speaker: toSpeaker(described, null, true), exact: false };
          // "…," the statement added: the organisation whose statement was just quoted.
          const last = this.lastOrg;
          // …unless a person came between, who may have issued it.
          if (STATEMENT_NOUNS.has(m.head ?? '') && last && last.at < m.start && m.start - last.at < 1500 && !this.latestPerson(m.start, (x) => x.start > last.at, m.start - last.at)) return { speaker: last.speaker, exact: false };
          return { speaker: null, exact: false };
        }
        const head = (m.head ?? '').toLowerCase();
        // "the Deputy CM stated" is the Deputy Chief Minister named earlier.
        // "the head of state" is the president or monarch named earlier, not any "Head of …".
        const office = /\bhead of (state|government)$/i.exec(m.text)?.[1]?.toLowerCase();
        const roles = office ? (HEADS_OF.get(office) as string[]) : [ABBREVIATED_ROLES.get(head) ?? head];
        const withRole = (words: string[]): EntityMention | null =>
          this.latestPerson(m.start, (x) => x.entity.role !== null && words.some((r) => roleHasWord(x.entity.role as string, r)));
        // "the presidential aide" with no aide named: the one of the "Presidential Administration".
        const byRole = withRole(roles) ?? (office || !ASSISTANTS.has(head) ? null : withRole(describingWords(m.text, head)));
        // "his mum", "a friend", "the shocked neighbour", "her lawyer": someone tied to another
        // person, never simply the last person named.
        // "the person said" is the unnamed person (a role match above), never the last one named.
        const tied = (wordFlags(head) & F_RELATION) !== 0 || head === 'person' || POSSESSIVE_DETERMINERS.has(m.text.slice(0, m.text.indexOf(' ')).toLowerCase());
        const p = byRole ?? (tied ? null : this.latestPerson(m.start));
        return { speaker: personSpeaker(p), exact: false };
      }
      case 'org': {
        const name = m.nameTokens.join(' ');
        if (!name) return { speaker: null, exact: false };
        const org = this.entities.findOrg(name) ?? this.entities.addOrg(name);
        return { speaker: toSpeaker(org.name, org.role, true), exact: true };
      }
      case 'name': {
        const e = this.entities.findPerson(m.nameTokens, m.start) ?? (m.nameTokens.length === 1 ? this.entities.findSpellingVariant(m.nameTokens[0] as string) : null);
        // "Mr. Shivakumar said": the title shows the gender.
        if (e && m.role && e.gender === null && m.role.length <= 4) e.gender = genderOfWord(m.role);
        if (e) return { speaker: toSpeaker(e.name, e.role ?? m.role, false), exact: true };
        const org = this.entities.findOrg(m.nameTokens.join(' '));
        if (org) return { speaker: toSpeaker(org.name, org.role, true), exact: true };
        // "DC Rees", "PC Jones": an abbreviated rank before a surname the text has given.
        const rank = m.nameTokens.length === 2 && /^[A-Z]{2,3}\.?$/.test(m.nameTokens[0] as string) ? this.entities.findPerson(m.nameTokens.slice(1), m.start) : null;
        if (rank) return { speaker: toSpeaker(rank.name, rank.role, false), exact: true };
        if (m.nameTokens.length >= 2) {
          const added = this.entities.addPerson(m.nameTokens, m.role, m.start, m.end);
          return { speaker: toSpeaker(added.name, added.role, false), exact: true };
        }
        return { speaker: toSpeaker(m.nameTokens.join(' '), m.role, false), exact: false };
      }
    }
  }
}

/** Roles written as initials, as the full words a person's role gives them. */
const ABBREVIATED_ROLES = new Map([
  ['cm', 'chief minister'],
  ['pm', 'prime minister'],
  ['fm', 'foreign minister'],
  ['ceo', 'chief executive'],
  ['cs', 'cabinet secretary'],
]);

/** Role nouns for someone who works for an office: "the presidential aide" is of the presidential one. */
const ASSISTANTS = new Set(['aide', 'aides', 'adviser', 'advisor', 'assistant', 'staffer', 'official', 'envoy', 'representative']);

/**
 * The particular words before a role noun: "presidential" in "the presidential aide". Not the
 * general ones ("former", "senior", "Russian"), which fit too many roles.
 */
function describingWords(mention: string, head: string): string[] {
  const words = mention.toLowerCase().split(/\s+/);
  return words.slice(1, words.lastIndexOf(head)).filter((w) => w.length >= 6 && (wordFlags(w) & (F_MODIFIER | F_ROLE)) === 0);
}

/** The roles a "head of state" or "head of government" holds. */
const HEADS_OF = new Map([
  ['state', ['president', 'king', 'queen', 'emir', 'monarch', 'sultan', 'head of state']],
  ['government', ['prime minister', 'premier', 'chancellor', 'head of government']],
]);

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The person a mention refers to; none for no mention or an unnamed source ("a neighbour"). */
function personSpeaker(p: EntityMention | null): Speaker | null {
  return p && p.entity.name ? toSpeaker(p.entity.name, p.entity.role, false) : null;
}

function toSpeaker(name: string, role: string | null, isOrg: boolean): Speaker {
  return { name, role, isOrg };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Printable ASCII and line white space: text the direct comparison below can judge. */
const PLAIN_ASCII = /^[\t\n\r -~]*$/;

/**
 * Does a person's role hold `word`, or its plural, as a whole word, case aside? What
 * `/(^|[^\p{L}])word s?([^\p{L}]|$)/iu` tests, without compiling such a regex for every role
 * word (~3 ms each, on every thread): ASCII text is compared directly, other text keeps the regex.
 */
export function roleHasWord(role: string, word: string): boolean {
  if (word === '' || !PLAIN_ASCII.test(role) || !PLAIN_ASCII.test(word)) {
    return new RegExp(`(^|[^\\p{L}])${escapeRe(word)}s?([^\\p{L}]|$)`, 'iu').test(role);
  }
  const text = role.toLowerCase();
  const w = word.toLowerCase();
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (isLetterAt(text, i - 1)) continue;
    const e = i + w.length;
    if (!isLetterAt(text, e) || (text.charCodeAt(e) === 115 && !isLetterAt(text, e + 1))) return true;
  }
  return false;
}

function withRole(sp: Speaker | null, role: string | null): Speaker | null {
  if (!sp || sp.role || !role) return sp;
  return { ...sp, role };
}

/** A role phrase worth keeping from a role mention: "a spokesman for the ministry", not "the expert". */
function informativeRole(m: Mention): string | null {
  if (m.kind !== 'role' || !m.role) return m.kind === 'name' ? m.role : null;
  const words = m.role.replace(/^(?:the|this|that)\s+/i, '').split(/\s+/);
  return words.length >= 3 ? words.join(' ') : null;
}

function finish(resolver: Resolver, m: Mention, cue: string, where: Attribution['where'], base: number, role: string | null): Attribution {
  const r = resolver.resolve(m);
  const speaker = withRole(r.speaker, role ?? informativeRole(m));
  if (speaker) resolver.note(speaker, m.start, m.end);
  const conf = speaker ? base * (r.exact ? 1 : m.kind === 'name' ? 0.85 : 0.9) : base * 0.4;
  return { speaker, cue, mention: m.text, confidence: conf, where };
}

/**
 * Attribution in the words right after the closing mark (same sentence):
 * `…,” Krylov said` / `…,” said Smith, a spokesman` / `…,” the expert noted` / `…” — Smith`.
 */
export function attributeAfter(body: string, toks: Tok[], resolver: Resolver, quoteEndedSentence: boolean): Attribution | null {
  let k = 0;
  while (k < toks.length && k < 2 && /^[,;—–-]$/.test((toks[k] as Tok).t)) k++;
  const dashed = k > 0 && /^[—–-]$/.test((toks[k - 1] as Tok).t);
  const base = quoteEndedSentence ? 0.75 : 0.95;
  // "according to X"
  if (toks[k]?.lc === 'according' && toks[k + 1]?.lc === 'to') {
    const m = parseMention(body, toks, k + 2);
    if (m) return finish(resolver, m, 'according to', 'after', base, parseAppositive(body, toks, m.next, false)?.role ?? null);
  }
  // Verb first: "said Smith, a spokesman for X."
  const v = parseVerb(toks, k);
  if (v && !quoteEndedSentence) {
    const m = parseMention(body, toks, v.next);
    if (m) {
      const app = parseAppositive(body, toks, m.next, false);
      // "said the spokesman, Tyler Krantz": the name after the role is the speaker.
      if (app?.name && m.kind === 'role') return finish(resolver, app.name, v.verb, 'after', base, m.role);
      return finish(resolver, m, v.verb, 'after', base, app?.role ?? null);
    }
  }
  // Subject first: "Krylov said", "Smith, a spokesman, said", "the MP concluded".
  const m = parseMention(body, toks, k);
  if (m) {
    if (quoteEndedSentence && m.kind === 'pronoun' && toks[k]?.cap) {
      // “…” He said the plan… is a new sentence, not an attribution, unless it ends here.
      const v2 = parseVerb(toks, m.next);
      if (!v2 || (toks[v2.next] && toks[v2.next]?.t !== '.' && toks[v2.next]?.t !== ',')) return null;
    }
    let after = m.next;
    const app = parseAppositives(body, toks, after);
    if (app) after = app.next;
    const v2 = parseVerb(toks, skipClosingComma(toks, after));
    if (v2 && app?.name && m.kind !== 'name') return finish(resolver, app.name, v2.verb, 'after', base, app.role);
    if (v2) return finish(resolver, m, v2.verb, 'after', base, app?.role ?? null);
    if (dashed && (m.kind === 'name' || m.kind === 'org') && (!toks[after] || /^[.,;(]$/.test((toks[after] as Tok).t))) {
      return finish(resolver, m, '—', 'after', base * 0.9, app?.role ?? null);
    }
  }
  return null;
}

/** Verbs that describe a speaker's manner in the sentence before their quote: "Gert was more measured." */
const MANNER_VERBS = new Set(['was', 'is', 'seemed', 'sounded', 'appeared', 'remained', 'remains', 'seems', 'sounds']);

/** Words after "was"/"is" that describe a speaker's stance: "was more measured", "was blunt". */
const STANCES = new Set([
  'more', 'less', 'equally', 'similarly', 'blunt', 'blunter', 'defiant', 'upbeat', 'optimistic', 'pessimistic', 'scathing',
  'cautious', 'candid', 'unapologetic', 'unrepentant', 'emphatic', 'measured', 'adamant', 'frank', 'philosophical', 'sanguine',
  'unimpressed', 'unconvinced', 'sceptical', 'skeptical', 'critical', 'dismissive', 'forthright', 'direct', 'clear',
]);
/** …and after "is not": "is not convinced". */
const NOT_STANCES = new Set(['convinced', 'persuaded', 'impressed', 'sure', 'so']);

/**
 * The named person a sentence is about, when it opens with their name and describes them:
 * "Gert (61), of Westdene, a retired electrician, was more measured." A quote that follows it
 * with no attribution of its own is theirs. Only a name (not a pronoun or a role) counts.
 */
export function subjectBefore(body: string, toks: Tok[], resolver: Resolver): Attribution | null {
  const m = toks[0]?.word ? parseMention(body, toks, 0) : null;
  if (!m || m.kind !== 'name') return null;
  const after = parseAppositives(body, toks, m.next)?.next ?? m.next;
  const v = skipClosingComma(toks, after);
  const verb = toks[v];
  if (!verb || !MANNER_VERBS.has(verb.lc)) return null;
  // How they spoke or stood ("was more measured", "is not convinced"), not what befell them
  // ("Jones was killed instantly", "Allen was visibly shaken").
  const manner = toks[v + 1]?.lc ?? '';
  const stance = manner === 'not' ? NOT_STANCES.has(toks[v + 2]?.lc ?? '') : STANCES.has(manner);
  if (!stance) return null;
  // A person the text has named ("Laptops were locked" names no one).
  const { speaker, exact } = resolver.resolve(m);
  return speaker && exact && !speaker.isOrg ? { speaker, cue: verb.lc, mention: m.text, confidence: 0.6, where: 'before' } : null;
}

/** Verbs by which someone gives out words ("delivered a final statement", "posted a message"). */
const ISSUE_VERBS = new Set(['delivered', 'issued', 'made', 'gave', 'posted', 'published', 'released', 'sent']);
/** What may follow those words when they are the subject's own ("a statement that …", "a message on Friday"), not "a letter from …" or "a plea deal". */
const AFTER_OWN_WORDS = new Set(['that', 'which', 'in', 'on', 'at', 'to', 'before', 'after', 'during', 'when', 'as', 'and', 'earlier', 'later', 'today', 'yesterday', 'shortly']);
/** What those words come as. */
const SPEECH_NOUNS = new Set(['statement', 'speech', 'address', 'remarks', 'message', 'post', 'letter', 'appeal', 'testimony', 'plea']);

/**
 * "…, Aliyarli delivered a final statement that his lawyer later shared." ¶ “I am not a
 * smuggler …”: who gave out the words the next paragraph quotes.
 */
export function issuerBefore(body: string, toks: Tok[], resolver: Resolver): Attribution | null {
  for (let v = 1; v < toks.length; v++) {
    const verb = toks[v] as Tok;
    if (!ISSUE_VERBS.has(verb.lc)) continue;
    let n = v + 1;
    while (n < toks.length && n <= v + 4 && !SPEECH_NOUNS.has((toks[n] as Tok).lc)) n++;
    if (n > v + 4 || n >= toks.length) continue;
    const next = toks[n + 1];
    if (next && next.word && !AFTER_OWN_WORDS.has(next.lc)) continue;
    // The subject ends right before the verb: its capitalised words.
    let k = v;
    while (k > 0 && ((toks[k - 1] as Tok).cap || (toks[k - 1] as Tok).t === '.')) k--;
    if (k === v) continue;
    const m = parseMention(body, toks, k);
    if (!m || m.next !== v || (m.kind !== 'name' && m.kind !== 'org')) continue;
    const { speaker, exact } = resolver.resolve(m);
    if (speaker && exact) return { speaker, cue: verb.lc, mention: m.text, confidence: 0.6, where: 'before' };
  }
  return null;
}

/**
 * Attribution before the opening mark, within the sentence: `X said: “…”`, `According to X, “…”`,
 * `X called it a “…”`, `The Kommersant newspaper claims that relations “…”`, `Vladimir Putin “apologized…”`.
 */
export function attributeBefore(body: string, toks: Tok[], resolver: Resolver, colonOnly: boolean): Attribution | null {
  let best: { m: Mention; cue: string; role: string | null; score: number; idx: number } | null = null;
  /** Whether the window has a ", saying" at all (most do not), once it is asked. */
  let anyParticiple: boolean | null = null;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Tok;
    if (!t.word) continue;
    const m = parseMention(body, toks, k);
    if (!m) continue;
    const mentionEnd = m.next - 1;
    if (isPossessiveModifier(toks, m)) {
      k = Math.max(k, mentionEnd);
      continue;
    }
    const prev1 = toks[k - 1]?.lc;
    const prev2 = toks[k - 2]?.lc;
    // "a source close to the minister said": the object of a preposition does not speak (but
    // "in the Assembly R. Ashoka termed" is R. Ashoka, whose mention starts after "the Assembly").
    if (prev1 !== undefined && OBJECT_PREPOSITION.has(prev1) && t.s === m.start && !(prev1 === 'to' && prev2 === 'according')) {
      k = Math.max(k, mentionEnd);
      continue;
    }
    let cue: string | null = null;
    let skipTo = -1;
    let score = 0;
    let role: string | null = null;
    let named: Mention | null = null;
    if (prev1 === 'to' && prev2 === 'according') {
      cue = 'according to';
      score = 0.9;
      role = parseAppositive(body, toks, m.next, false)?.role ?? null;
    } else {
      let after = m.next;
      const app = parseAppositives(body, toks, after);
      if (app) after = app.next;
      after = skipClosingComma(toks, after);
      const v = parseVerb(toks, after, true);
      anyParticiple ??= hasParticiple(toks);
      const participle = v || !anyParticiple ? -1 : participleAfter(toks, after);
      if (v) {
        cue = v.verb;
        score = 0.85;
        role = app?.role ?? null;
        if (app) skipTo = v.next - 1; // do not look for speakers inside the appositive
        // "The higher education minister, Rt Hon Peter Ashdown-Bligh MP, told": the name speaks.
        if (app?.name && m.kind !== 'name') named = app.name;
      } else if (participle >= 0 && prev1 !== ',' && m.kind !== 'role') {
        // "Cllr Deirdre McMahon-Keane welcomed the decision, saying the county had “…”"
        cue = (toks[participle] as Tok).lc;
        score = 0.75;
        role = app?.role ?? null;
        skipTo = participle;
      } else if ((after === toks.length || (after === toks.length - 1 && !(toks[after] as Tok).word)) && m.kind !== 'pronoun' && m.kind !== 'role') {
        // A name right before the quote: "during which Vladimir Putin “apologized…”".
        // "had come to Brasilia “in good faith”": the object of a verb or preposition.
        let objectOf = PREPOSITION.has(prev1 ?? '');
        for (let q = k - 1; q >= 0 && q >= k - 5; q--) if ((toks[q] as Tok).f & F_OBJECT) objectOf = true;
        if (!objectOf) {
          cue = 'quote';
          score = 0.7;
        }
      }
    }
    if (cue === null || (colonOnly && cue === 'quote')) {
      k = Math.max(k, mentionEnd);
      continue;
    }
    // Objects of "called"/"told" are not speakers.
    let isObject = false;
    for (let q = k - 1; q >= 0 && q >= k - 5; q--) {
      const u = toks[q] as Tok;
      if (!u.word) break;
      if ((u.f & F_OBJECT) !== 0 && cue !== 'according to') isObject = true;
    }
    if (isObject && cue === 'quote') continue;
    if (isObject && best) continue;
    // The latest speaker wins, but a name merely standing before the quote does not displace a speech verb.
    if (!best || (k >= best.idx && !(cue === 'quote' && best.cue !== 'quote'))) best = { m: named ?? m, cue, role, score, idx: k };
    k = Math.max(k, m.next - 1, skipTo);
  }
  if (!best && toks[toks.length - 1]?.t === ':') {
    // "The chief executive, Laura Bennett, had a blunt message for critics: “…”"
    let first: Mention | null = null;
    for (let k = 0; k < toks.length - 1; k++) {
      const m = parseMention(body, toks, k);
      if (!m) continue;
      if (isPossessiveModifier(toks, m)) {
        k = Math.max(k, m.next - 1);
        continue;
      }
      let objectOf = false;
      for (let q = k - 1; q >= 0 && q >= k - 3 && (toks[q] as Tok).word; q--) if (((toks[q] as Tok).f & F_OBJECT) !== 0 || PREPOSITION.has((toks[q] as Tok).lc)) objectOf = true;
      if (!objectOf && (m.kind === 'name' || m.kind === 'org')) {
        best = { m, cue: ':', role: null, score: 0.75, idx: k };
        break;
      }
      if (!objectOf && !first) first = m;
      k = Math.max(k, m.next - 1);
    }
    if (!best && first && first.kind !== 'pronoun') best = { m: first, cue: ':', role: null, score: 0.65, idx: 0 };
    if (!best && first) best = { m: first, cue: ':', role: null, score: 0.6, idx: 0 };
  }
  if (!best) return null;
  return finish(resolver, best.m, best.cue, 'before', best.score, best.role);
}

/** Before a colon introduction, words that make the next few words an object, not the speaker. */
const PREPOSITION = new Set(['of', 'for', 'with', 'to', 'by', 'from', 'at', 'about', 'against']);
/** Right before a mention, words that make it an object ("close to the minister", "came to Brasilia"). */
const OBJECT_PREPOSITION = new Set([...PREPOSITION, 'in', 'on', 'into', 'over', 'under']);
/** Participles that attribute what follows to the sentence's subject: ", saying …". */
const PARTICIPLES = new Set(['saying', 'adding', 'noting', 'warning', 'arguing', 'insisting', 'claiming', 'stressing', 'explaining', 'telling', 'calling', 'describing']);

/** "Duisburg's harbour master": a possessive before a noun names whose, not who. */
function isPossessiveModifier(toks: Tok[], m: Mention): boolean {
  const last = toks[m.next - 1] as Tok;
  const next = toks[m.next];
  return (last.f & F_POSS_S) !== 0 && next !== undefined && next.word && !next.cap;
}

/** Whether the window has a ", saying" (or another participle of PARTICIPLES) anywhere. */
function hasParticiple(toks: Tok[]): boolean {
  for (let q = 0; q < toks.length - 1; q++) if ((toks[q] as Tok).t === ',' && PARTICIPLES.has((toks[q + 1] as Tok).lc)) return true;
  return false;
}

/** Index of the participle of a ", saying" after `from` in the same sentence, before any quote, or -1. */
function participleAfter(toks: Tok[], from: number): number {
  for (let q = from; q < toks.length - 1 && q < from + 30; q++) {
    const t = toks[q] as Tok;
    if (t.t === '.' || t.t === ';' || t.t === '“' || t.t === '"') return -1;
    if (t.t === ',' && PARTICIPLES.has((toks[q + 1] as Tok).lc)) return q + 1;
  }
  return -1;
}

export { NO_ATTRIBUTION };
