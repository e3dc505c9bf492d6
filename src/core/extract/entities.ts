/**
 * People and organisations named in the body (outside quotes), with the role or affiliation
 * the text gives them, and a timeline of where each is mentioned. Attribution resolves short
 * names, role nouns ("the expert") and pronouns against this index.
 */
import { COURTESY_TITLES, F_MODIFIER, F_NON_NAME, F_NON_NAME_POSS, F_OBJECT, F_ORG, F_ORG_HEAD, F_ORG_POSS, F_ROLE, F_SPEECH, F_STOP, F_TITLE, nameWithoutPossessive, PATRONYMIC_PARTICLES, POST_NOMINALS, wordFlags } from './lexicon';
import { sliceCollapsed } from './chars';
import { genderOfFirstName, genderOfLowerWord, genderOfRole, type Gender } from './gender';
import { HYPHENATED_WORD, initialsStart, isInitialAt, isInitialWord, isJoinedParticleName, isSurnameParticle, NAME_SUFFIX, nicknameEnd, particlesEnd, particleSurnames, runWords, surnameIndex } from './names';
import { tokenSimilarity } from './sameSpeaker';
import { splitWords } from './sentences';
import { titleEnd } from './titles';
import { stripPossessive, type Tok } from './tokens';

export interface Entity {
  name: string;
  tokens: string[];
  role: string | null;
  isOrg: boolean;
  /** As a title shows it ("Ms O'Brien"); null when none did. See personGender for the rest. */
  gender: Gender | null;
  /** personGender's answer from the role and first name, once worked out. */
  guessedGender?: Gender | null;
  /** How often the person was mentioned (salience). */
  count: number;
  /** Offsets of the first and latest mention. */
  firstAt: number;
  lastAt: number;
}

export interface EntityMention {
  entity: Entity;
  start: number;
  end: number;
  /** False when the mention is the object of a preposition ("in a conversation with Putin"). */
  subject: boolean;
}

export interface EntityIndex {
  persons: Entity[];
  orgs: Entity[];
  /** Mentions of persons, in text order. */
  timeline: EntityMention[];
}

/**
 * "Speaking", "Separately", "Reportedly": a sentence-initial word that is no name. Adverbs by
 * their suffixes, so that names ending in -ly ("Sally", "Holly", "Kelly") stay names.
 */
const ADVERB_OR_GERUND = /^\p{Lu}\p{Ll}+(?:ing|ally|ately|ously|ently|antly|edly|ingly|ively|arly|ibly|ably|fully|icly|ssly|dly|efly|gely|stly)$/u;
/**
 * A compound adjective, not a name: "Russian-speaking", "Kremlin-backed", "Soviet-era". A hyphen
 * before a lower-case syllable alone is no sign: Korean given names are written "Tae-jun".
 */
const HYPHEN_LOWER = /-\p{Ll}*(?:ing|ed|born|based|led|backed|owned|style|era|made|run|wide|like|free|bound|oriented|related|allied|aligned|minded|centric|language|class)$/u;
const ROLE_MODIFIERS = new Set(
  `former senior chief deputy political foreign prime vice top leading renowned prominent veteran independent
  military local regional state national international russian well-known famous economic assistant acting
  executive general managing associate principal lead special public press federal interim retired
  and of the for at`.split(/\s+/),
);
const PREPOSITIONS = new Set(
  'with to by for from of about against at in on into over under between among toward towards via'.split(' '),
);
const VERBISH = new Set(
  `is are was were be been has have had said says told will would can could did does do
  who which that began begins believes thinks noted`.split(/\s+/),
);

export function isRoleNoun(lc: string): boolean {
  return (wordFlags(lc) & F_ROLE) !== 0;
}

/** Ends in 's or ’s (as `/['’]s$/` tests). */
function endsPossessiveS(t: string): boolean {
  const n = t.length;
  if (n < 2 || t.charCodeAt(n - 1) !== 0x73) return false;
  const c = t.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019;
}


function joinTokens(body: string, toks: Tok[]): string {
  if (toks.length === 0) return '';
  return sliceCollapsed(body, (toks[0] as Tok).s, (toks[toks.length - 1] as Tok).e);
}

/** No line break between two offsets (a name never spans paragraphs). */
function sameLine(body: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (body.charCodeAt(i) === 10) return false;
  return true;
}

export class EntityBuilder {
  private readonly byName = new Map<string, Entity>();
  /** First and last name tokens (lower case) → persons, for short-form lookups. */
  private readonly byPart = new Map<string, Entity[]>();
  /** Where mentions of persons end in the body. */
  private readonly personEnds = new Set<number>();
  /** The first of two surnames ("Etxeberria" of Unai Etxeberria Arrizabalaga) → its persons. */
  private readonly byInner = new Map<string, Entity[]>();
  readonly index: EntityIndex = { persons: [], orgs: [], timeline: [] };
  /** Mentions noted after the scan (by attribution), in text order. */
  private readonly later: EntityMention[] = [];
  private scanning = true;
  /** findSpellingVariant's answers, and how many persons there were when they were given. */
  private readonly variants = new Map<string, Entity | null>();
  private variantsFor = 0;

  constructor(private readonly body: string) {}

  /**
   * The latest organisation described in lower case before `before` with `head` as its noun,
   * owned by a capitalised word: "Azerbaijan's foreign ministry", "the Russian defence ministry"
   * (for a later "the ministry said"). Looks back at most 2,000 characters.
   */
  describedOrg(head: string, before: number): string | null {
    const from = Math.max(0, before - 2000);
    const text = this.body.slice(from, before);
    let re = DESCRIBED_ORG.get(head);
    if (!re) {
      re = new RegExp(String.raw`(\p{Lu}[\p{L}-]*(?:['’]s)?)\s+((?:[a-z-]+\s+){1,2})${head}\b`, 'gu');
      DESCRIBED_ORG.set(head, re);
    }
    re.lastIndex = 0;
    let found: string | null = null;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // An owner ("Azerbaijan's", "Russian") and the ministry's field ("foreign", "defence"), not
      // any two words before it ("January police raided ministry offices").
      const owner = m[1] as string;
      const fields = (m[2] as string).trim().split(/\s+/);
      if (OWNER.test(owner) && (wordFlags(owner.toLowerCase()) & F_STOP) === 0 && fields.every((w) => (wordFlags(w) & F_TITLE) !== 0)) found = m[0];
    }
    return found;
  }

  /** Finds a person by full name or by last (or only) name. */
  findPerson(tokens: string[], before = Number.MAX_SAFE_INTEGER, byInnerName = true): Entity | null {
    const key = (tokens.length === 1 ? (tokens[0] as string) : tokens.join(' ')).toLowerCase();
    const exact = this.byName.get(key);
    if (exact && !exact.isOrg) return exact;
    // A surname alone: "Krylov", "al-Asadi", or with its particles, "von der Leyen".
    // …or a surname of several words: "Araújo Pinto", "López de Haro".
    if (tokens.length === 1 || isSurnameParticle(tokens[0] as string) || (tokens.length >= 2 && this.byPart.has(key))) {
      // A surname: the most salient person with that surname, the latest mentioned on a tie.
      const cands = this.byPart.get(key) ?? (tokens.length === 1 && byInnerName ? this.byInner.get(key) : undefined);
      if (!cands) return null;
      let best: Entity | null = null;
      let bestScore = -1;
      for (const e of cands) {
        const score = e.count + (e.firstAt < before ? 0.5 : 0);
        if (score > bestScore || (score === bestScore && best !== null && e.lastAt > best.lastAt && e.lastAt < before)) {
          best = e;
          bestScore = score;
        }
      }
      return best;
    }
    // "Vladimir V. Putin" vs "Vladimir Putin": same first name and surname.
    const surname = tokens[surnameIndex(tokens)];
    for (const p of this.index.persons) {
      const ts = p.tokens;
      if (ts.length >= 2 && ts[0] === tokens[0] && ts[surnameIndex(ts)] === surname) return p; // first names compared first: cheap
    }
    return null;
  }

  /**
   * The one person whose surname is a spelling of `surname` ("Mamedli" for Elshad Mammadli, by
   * the same transliteration folding as proposeSameSpeakers); null when none or several are, or
   * when the two differ as a man's and a woman's form of one name ("Aliyev", "Aliyeva"). Only for a
   * speaker's name: text that merely looks like a name is not matched this loosely. Answers are
   * kept until a person is added, so a long text does not compare every name with every person.
   */
  findSpellingVariant(surname: string): Entity | null {
    const persons = this.index.persons;
    // A text naming hundreds of people (a list, not an article) is not searched this way.
    if (surname.length < 5 || persons.length > MAX_VARIANT_PERSONS) return null;
    const key = surname.toLowerCase();
    if (this.variantsFor !== persons.length) {
      this.variants.clear();
      this.variantsFor = persons.length;
    }
    const known = this.variants.get(key);
    if (known !== undefined) return known;
    let found: Entity | null = null;
    for (const p of persons) {
      if (p.tokens.length < 2) continue;
      const own = (p.tokens[surnameIndex(p.tokens)] as string).toLowerCase();
      if (own.length < 5 || own.endsWith('a') !== key.endsWith('a') || tokenSimilarity(own, key) < 0.9) continue;
      if (found) {
        found = null;
        break;
      }
      found = p;
    }
    this.variants.set(key, found);
    return found;
  }

  addPerson(tokens: string[], role: string | null, start: number, end: number, subject = true): Entity {
    // A new one-word person is not merged into someone whose inner name it matches.
    let e = this.findPerson(tokens, start, false);
    if (e && tokens.length > e.tokens.length && e.tokens.length === 1) e = null;
    if (!e) {
      e = { name: tokens.join(' '), tokens, role, isOrg: false, gender: null, count: 0, firstAt: start, lastAt: start };
      this.byName.set(e.name.toLowerCase(), e);
      this.index.persons.push(e);
      if (tokens.length >= 2) {
        const last = surnameIndex(tokens);
        // Iberian double surnames are shortened to both: "Carlos Eduardo de Araújo Pinto" → "Araújo Pinto".
        const double = last >= 2 ? `${tokens[last - 1] as string} ${tokens[last] as string}` : '';
        const parts = [tokens[0] as string, tokens[last] as string, double, ...particleSurnames(tokens)];
        for (const part of new Set(parts.filter((x) => x && !isInitialWord(x)).map((x) => x.toLowerCase()))) {
          const list = this.byPart.get(part);
          if (list) list.push(e);
          else this.byPart.set(part, [e]);
          // A headline's "Staatssekretär von Arnim-Kessler" was this person without a given name:
          // the surname now stands for the whole name.
          const short = this.byName.get(part);
          if (short && short !== e && !short.isOrg && short.tokens.length >= 2 && short.tokens.slice(0, -1).every(isSurnameParticle)) this.byName.set(part, e);
        }
        // Spanish and Basque names carry two surnames, and the first alone stands for the person
        // ("Unai Etxeberria Arrizabalaga" → "Etxeberria", "Ignacio Zubiría Montes de Oca" →
        // "Zubiría"): the inner words, kept apart and asked only when no surname matches.
        for (let k = 1; k < last; k++) {
          const inner = tokens[k] as string;
          // Not a middle given name ("Sarah Jessica Parker"): "Jessica" is someone else.
          if (inner.length < 3 || isSurnameParticle(inner) || isInitialWord(inner) || genderOfFirstName(inner) !== null) continue;
          const key = inner.toLowerCase();
          const list = this.byInner.get(key);
          if (list) list.push(e);
          else this.byInner.set(key, [e]);
        }
      }
    } else if (!e.role && role) {
      e.role = role;
    }
    this.pushMention({ entity: e, start, end, subject });
    return e;
  }

  /**
   * Adds a mention. The scan appends in text order; mentions noted later by attribution go to a
   * second sorted list (mostly appended too), so neither ever needs a large insertion.
   */
  pushMention(m: EntityMention): void {
    if (!m.entity.isOrg) this.personEnds.add(m.end);
    const tl = this.scanning ? this.index.timeline : this.later;
    let i = tl.length;
    while (i > 0 && (tl[i - 1] as EntityMention).start > m.start) i--;
    if (tl[i - 1]?.start === m.start && tl[i - 1]?.entity === m.entity) return;
    if (!this.scanning && this.hasScanned(m)) return;
    if (i === tl.length) tl.push(m);
    else tl.splice(i, 0, m);
    m.entity.count++;
    if (m.start < m.entity.firstAt) m.entity.firstAt = m.start;
    if (m.start > m.entity.lastAt) m.entity.lastAt = m.start;
  }

  private hasScanned(m: EntityMention): boolean {
    const tl = this.index.timeline;
    const i = upperBound(tl, m.start) - 1;
    const x = tl[i];
    return x !== undefined && x.start === m.start && x.entity === m.entity;
  }

  /**
   * The latest person mention before `pos` that `accept`s, looking back at most `maxDistance`
   * characters (keeps long documents linear).
   */
  latest(pos: number, accept: (m: EntityMention) => boolean, maxDistance = 20000): EntityMention | null {
    const a = this.index.timeline;
    const b = this.later;
    let i = upperBound(a, pos - 1) - 1;
    let j = upperBound(b, pos - 1) - 1;
    while (i >= 0 || j >= 0) {
      const x = a[i];
      const y = b[j];
      const takeA = x !== undefined && (y === undefined || x.start >= y.start);
      const m = (takeA ? x : y) as EntityMention;
      if (takeA) i--;
      else j--;
      if (pos - m.start > maxDistance) return null;
      if (accept(m)) return m;
    }
    return null;
  }

  addOrg(name: string, role: string | null = null): Entity {
    const key = name.toLowerCase();
    let e = this.byName.get(key);
    if (!e) {
      e = { name, tokens: splitWords(name), role, isOrg: true, gender: null, count: 0, firstAt: 0, lastAt: 0 };
      this.byName.set(key, e);
      this.index.orgs.push(e);
    }
    return e;
  }

  findOrg(name: string): Entity | null {
    const e = this.byName.get(name.toLowerCase());
    return e && e.isOrg ? e : null;
  }

  /** Scan the body tokens (masked: tokens inside quotes are skipped by the caller). */
  scan(toks: Tok[], masked: (t: Tok) => boolean): void {
    this.scanning = true;
    try {
      this.scanTokens(toks, masked);
    } finally {
      this.scanning = false;
    }
  }

  private scanTokens(toks: Tok[], masked: (t: Tok) => boolean): void {
    const body = this.body;
    const n = toks.length;
    for (let i = 0; i < n; i++) {
      const t = toks[i] as Tok;
      if (!(t.cap || isJoinedParticleName(t)) || masked(t)) continue;
      if ((t.lc === 'a' || t.lc === 'an') && startsSentence(toks, i, this.body)) this.noteAnonymous(toks, i);
      // Extend a run of capitalised words (with particles and initials).
      let j = i + 1;
      /** The run names an organisation ("Department"), and has been joined by "of"/"for" since. */
      let org = (t.f & F_ORG) !== 0;
      let joined = false;
      while (j < n) {
        const u = toks[j] as Tok;
        const prev = toks[j - 1] as Tok;
        if (!sameLine(body, prev.e, u.s)) break;
        const nick = nicknameEnd(toks, j);
        if (nick > 0) {
          j = nick; // Khalif “Bam” Osei-Tutu
          continue;
        }
        if (masked(u)) break;
        if (u.cap || isJoinedParticleName(u)) {
          if (endsPossessiveS(prev.t) && j - 1 >= i) break; // "Iran’s President": split after a possessive
          if ((u.f & F_ORG) !== 0) org = true;
          j++;
          continue;
        }
        // "Department of Health and Social Care", "Bank of Japan": an organisation's name goes on
        // over "of" and "for", and over "and" once joined so ("the White House and Elon Musk" stops).
        const next = toks[j + 1];
        if (org && (u.lc === 'of' || u.lc === 'for' || (u.lc === 'and' && joined)) && next !== undefined && next.cap && (next.f & F_STOP) === 0 && !masked(next)) {
          if (u.lc !== 'and') joined = true;
          j++;
          continue;
        }
        // "von der Leyen", "de la Fuente": up to two particles before a capitalised word.
        const afterParticles = particlesEnd(toks, j);
        if (afterParticles > j && (toks[afterParticles]?.cap ?? false)) {
          j = afterParticles;
          continue;
        }
        if (u.t === '.' && (prev.t.length <= 3 || isInitialAt(prev, u)) && prev.cap && j + 1 < n && (toks[j + 1] as Tok).cap && u.s === prev.e && ((toks[j + 1] as Tok).f & F_STOP) === 0) {
          j++; // "J. Smith", "Mr. Smith"
          continue;
        }
        break;
      }
      if (j === i + 1) this.processSingle(toks, i);
      else this.processRun(toks, i, j);
      i = j - 1;
    }
  }

  /**
   * "A neighbour, who asked not to be named, said …", "A Western diplomat, speaking on condition
   * of anonymity, said …": someone unnamed who speaks opens the sentence at i. Noted as a mention
   * of a nameless person, so that a later "she said" or "the diplomat said" is not given to the
   * last person named. Only a sentence that shows the person speaks or stays anonymous counts
   * ("A man was arrested" does not), and not when a name follows ("A spokesman, John Smith,").
   */
  private noteAnonymous(toks: Tok[], i: number): void {
    let h = i + 1;
    while (h < toks.length && h <= i + 5 && (toks[h] as Tok).word && ((toks[h] as Tok).f & (F_ROLE | F_STOP | F_SPEECH)) === 0) h++;
    const head = toks[h];
    if (!head || (head.f & F_ROLE) === 0 || head.cap) return;
    const after = toks[h + 1];
    if (after && after.t === ',' && (toks[h + 2]?.cap ?? false)) return;
    // The person's own verb (after an aside in commas or a "who" clause) is one of speech, or
    // the sentence says they stay unnamed: "A 23-year-old man was arrested, police said" is neither.
    let speaks = false;
    let end = h + 1;
    while (end < toks.length && end <= h + 30 && !/^[.!?]$/.test((toks[end] as Tok).t)) end++;
    for (let k = h + 1; k < end && !speaks; k++) speaks = ANONYMITY.has((toks[k] as Tok).lc);
    /** Inside ", …," (an aside) or "who …" (a relative clause, which a verb of speech may end). */
    let aside: ',' | 'who' | null = null;
    for (let k = h + 1; k < end && !speaks; k++) {
      const u = toks[k] as Tok;
      if (u.t === ',') aside = aside === ',' ? null : aside === 'who' ? null : ',';
      else if (u.lc === 'who' && aside === null) aside = 'who';
      else if (u.word && (u.f & F_SPEECH) !== 0 && aside !== ',') speaks = true;
      else if (u.word && aside === null && k > h + 1) break;
    }
    if (!speaks) return;
    const at = (toks[i] as Tok).s;
    const e: Entity = { name: '', tokens: [], role: head.lc, isOrg: false, gender: genderOfLowerWord(head.lc), count: 0, firstAt: at, lastAt: at };
    this.pushMention({ entity: e, start: at, end: head.e, subject: true });
  }

  /** A single capitalised word: at most a short mention of a known person. */
  private processSingle(toks: Tok[], i: number): void {
    const t = toks[i] as Tok;
    if ((t.f & (F_STOP | F_NON_NAME)) !== 0 || t.t.length < 2) return;
    const known = this.findPerson([stripPossessive(t.t)], t.s);
    if (known) this.pushMention({ entity: known, start: t.s, end: t.e, subject: this.isSubject(toks, i, i + 1) });
    else if (startsSentence(toks, i, this.body) && ageFollows(toks, i + 1) && (genderOfFirstName(t.t) !== null || PERSON_AFTER_AGE.has(toks[toks[i + 4]?.t === ',' ? i + 5 : i + 4]?.lc ?? ''))) this.addPerson([t.t], null, t.s, t.e);
  }

  private processRun(toks: Tok[], i0: number, runEnd: number): void {
    const body = this.body;
    let i = i0;
    // "Rhodri ap Gwilym KC": honours after the name are not part of it.
    let j = runEnd;
    while (j - 1 > i0 && POST_NOMINALS.has((toks[j - 1] as Tok).t)) j--;
    // Sentence-initial function words.
    while (i < j && (((toks[i] as Tok).f & F_STOP) !== 0 || (i === i0 && j - i > 1 && ADVERB_OR_GERUND.test((toks[i] as Tok).t) && startsSentence(toks, i, this.body)))) i++;
    const words = runWords(toks.slice(i, j));
    if (words.length === 0) return;
    // "Ms O'Brien", "Mr. Ashoka": the title shows the person's gender.
    let shown: Gender | null = null;
    for (let x = i0; x < j && !shown; x++) shown = ((toks[x] as Tok).f & F_TITLE) !== 0 ? genderOfLowerWord((toks[x] as Tok).lc) : null;
    // Leading titles (and nationality adjectives before them) belong to the role.
    const tEnd = titleEnd(words);
    const titleToks = words.slice(0, tEnd + 1);
    let nameToks = words.slice(tEnd + 1);
    // "the Assembly R. Ashoka": a name that opens with initials starts there.
    const initial = initialsStart(nameToks);
    if (initial > 0) {
      titleToks.push(...nameToks.slice(0, initial));
      nameToks = nameToks.slice(initial);
    }
    if (nameToks.length === 0) return;
    // "Senior Adviser to the …": a role with its modifiers names no one.
    if (nameToks.every((t) => (t.f & (F_ROLE | F_MODIFIER)) !== 0)) return;
    const first = toks[i] as Tok;
    const before = toks[i0 - 1];
    const after = toks[j];
    const lastName = nameToks[nameToks.length - 1] as Tok;
    const allCaps = nameToks.every((t) => t.t === t.t.toUpperCase() && t.t.length > 1);
    // "President of the Republic of Azerbaijan Ilham Aliyev": an office, then who holds it.
    const holder = holderAfterOffice(toks, i0, words, this.personEnds);
    if (holder > 0) {
      const office = words[0] as Tok;
      const role = sliceCollapsed(body, (toks[officeStart(toks, i0, this.personEnds)] as Tok).s, (words[holder - 1] as Tok).e);
      this.addPerson(words.slice(holder).map((t) => stripPossessive(t.t)), role, (words[holder] as Tok).s, lastName.e, this.isSubject(toks, i0, j));
      if (office.cap && (office.f & F_ORG) !== 0) this.addOrg(words.slice(0, holder).map((t) => t.t).join(' '));
      return;
    }
    // An organisation's "of"/"and" left among the name words: "Department of Health and Social
    // Care", where "Health" also reads as a title ("Bank of Japan Deputy Governor Kenzo Arakawa"
    // keeps its name words clean, so stays a person).
    if (((words[0] as Tok).f & F_ORG) !== 0 && nameToks.some((t) => !t.cap && ORG_LINKS.has(t.lc))) {
      this.addOrg(nameWithoutPossessive(words.map((t) => t.t)).join(' '));
      return;
    }
    const hasOrgWord = nameToks.some((t) => (t.f & F_ORG_POSS) !== 0);
    // "the Kommersant newspaper", but not "Keir Starmer's team": a possessive owns the noun.
    const orgHeadAfter = after && (after.f & F_ORG_HEAD) !== 0 && !endsPossessiveS(lastName.t);
    const orgHeadBefore = before && (before.f & F_ORG_HEAD) !== 0 && titleToks.length === 0;
    if (hasOrgWord || orgHeadAfter || orgHeadBefore || (allCaps && nameToks.length === 1 && lastName.t.length <= 6)) {
      // "Turkish Foreign Ministry", "Interior Ministry": the title words name the organisation.
      const titled = titleToks.length > 0 && nameToks.length === 1 && (lastName.f & F_ORG_POSS) !== 0;
      const name = nameWithoutPossessive((titled ? words : nameToks).map((t) => t.t)).join(' ');
      if (name.length > 1) this.addOrg(name);
      return;
    }
    if (((nameToks[0] as Tok).f & F_NON_NAME_POSS) !== 0 || allCaps) return;
    if (nameToks.some((t) => t.t.length > 1 && t.t === t.t.toUpperCase() && !NAME_SUFFIX.test(t.t) && !isInitialWord(t.t))) return;
    if (nameToks.some((t) => HYPHEN_LOWER.test(t.t))) return; // Russian-speaking
    const precededByThe = before !== undefined && (before.lc === 'the' || before.lc === 'of') && titleToks.length === 0 && first === toks[i0];
    if (precededByThe) return;
    const tokens = nameToks.map((t) => stripPossessive(t.t));
    // At most five words besides particles: "María Fernanda Treviño de la Garza".
    if (tokens.filter((w) => !isSurnameParticle(w)).length > 5) return;
    const start = (nameToks[0] as Tok).s;
    const end = lastName.e;
    // After a courtesy title that ends an office ("… on International Affairs Dr. X also warned"),
    // the office may follow a preposition; a verb next shows X acts.
    const lastTitle = titleToks[titleToks.length - 1];
    const afterCourtesy = lastTitle !== undefined && titleToks.length > 1 && COURTESY_TITLES.has(lastTitle.lc.replace(/\.$/, ''));
    const acts = afterCourtesy && after !== undefined && after.word && !after.cap && !PREPOSITIONS.has(after.lc) && after.lc !== 'and';
    const subject = acts || this.isSubject(toks, i0, j);
    if (tokens.length === 1) {
      const known = this.findPerson(tokens, start);
      if (known) {
        this.pushMention({ entity: known, start, end, subject });
        known.gender ??= shown;
      }
      return;
    }
    const role =
      joinRole(body, titleToks) ??
      this.roleBefore(toks, i0) ??
      this.appositiveAfter(toks, j) ??
      this.roleCommaBefore(toks, i0);
    const person = this.addPerson(tokens, role, start, end, subject);
    person.gender ??= shown;
  }

  /** Not the object of a preposition, unless a verb follows ("in Azer Badamov, a deputy…, was"). */
  private isSubject(toks: Tok[], i0: number, j: number): boolean {
    // "won over by Arregui's plans": a possessive names whose, never who acts.
    if (endsPossessiveS((toks[j - 1] as Tok).t)) return false;
    // "reports linking captain Marc Okonjo", "succeeded founding-family member Kaneda Hiroshi":
    // look past a role, and the words that describe it, before the name.
    let b = i0 - 1;
    while (b >= 0 && b > i0 - 4 && !(toks[b] as Tok).cap && (((toks[b] as Tok).f & (F_ROLE | F_MODIFIER)) !== 0 || HYPHENATED_WORD.test((toks[b] as Tok).t))) b--;
    if (b < i0 - 1 && b >= 0 && /^[a-z]+(?:ing|ed)$/.test((toks[b] as Tok).t)) return false;
    const before = toks[i0 - 1];
    // "testified that Hughes died": the subject of a reported clause is not the sentence's subject;
    // "told Smith", "asked Jones": the object of a verb of address is not either.
    if (before && (before.lc === 'that' || (before.f & F_OBJECT) !== 0)) return false;
    if (!before || !PREPOSITIONS.has(before.lc)) return true;
    let k = j;
    if (toks[k]?.t === ',') {
      let depth = 0;
      for (k = j + 1; k < toks.length && k < j + 25; k++) {
        const t = toks[k] as Tok;
        if (t.t === '(') depth++;
        if (t.t === ')') depth--;
        if (depth <= 0 && (t.t === ',' || t.t === '.')) break;
      }
      if (toks[k]?.t !== ',') return false;
      k++;
    }
    const v = toks[k];
    return v !== undefined && (VERBISH.has(v.lc) || /^[a-z]+(?:ed|s)$/.test(v.t));
  }

  /** "political scientist Alexander Krylov", "Azerbaijani MP and political analyst Rasim Musabayov". */
  private roleBefore(toks: Tok[], i0: number): string | null {
    let k = i0 - 1;
    const first = toks[k];
    if (!first || (first.f & F_ROLE) === 0 || !sameLine(this.body, first.e, (toks[i0] as Tok).s)) return null;
    let start = k;
    for (k = k - 1; k >= 0 && i0 - k <= 9; k--) {
      const t = toks[k] as Tok;
      if (!t.word) break;
      if ((t.f & F_ROLE) !== 0 || ROLE_MODIFIERS.has(t.lc) || (t.cap && (t.f & F_STOP) === 0) || t.lc.includes('-')) start = k;
      else break;
    }
    while (start < i0 - 1 && ['and', 'of', 'the', 'for', 'at'].includes((toks[start] as Tok).lc)) start++;
    return joinRole(this.body, toks.slice(start, i0));
  }

  /** "Konstantin Zatulin, a deputy of the Russian State Duma." */
  appositiveAfter(toks: Tok[], j: number): string | null {
    const comma = toks[j];
    if (!comma || comma.t !== ',') return null;
    const parts: Tok[] = [];
    let depth = 0;
    for (let k = j + 1; k < toks.length && parts.length < 22; k++) {
      const t = toks[k] as Tok;
      if (t.t === '(') depth++;
      if (t.t === ')') depth--;
      if (depth <= 0 && (t.t === ',' || t.t === '.' || t.t === ';' || t.t === ':' || t.t === '“' || t.t === '"' || t.t === '—')) break;
      if (!sameLine(this.body, comma.e, t.s)) break;
      parts.push(t);
    }
    if (parts.length === 0 || parts.length > 20) return null;
    const lead = (parts[0] as Tok).lc;
    if (['who', 'which', 'whose', 'for', 'in', 'on', 'at', 'however', 'meanwhile', 'too'].includes(lead)) return null;
    // ", a fisherman who has lived on the island for 60 years," — the role stops at "who".
    const rel = parts.findIndex((t, i) => i > 0 && ['who', 'which', 'whose', 'that'].includes(t.lc));
    const role = rel > 0 ? parts.slice(0, rel) : parts;
    // A known role noun, or a short description introduced by an article (", a fisherman,").
    const described = ['a', 'an', 'the'].includes(lead) && role.length <= 10;
    if (!described && !role.slice(0, 7).some((t) => (t.f & F_ROLE) !== 0)) return null;
    if (role.some((t) => VERBISH.has(t.lc))) return null;
    return joinRole(this.body, role);
  }

  /** "Russian political analyst and Editor-in-Chief of the After Empire portal, Olga Kurnosova". */
  private roleCommaBefore(toks: Tok[], i0: number): string | null {
    const comma = toks[i0 - 1];
    if (!comma || comma.t !== ',') return null;
    const parts: Tok[] = [];
    for (let k = i0 - 2; k >= 0 && parts.length <= 16; k--) {
      const t = toks[k] as Tok;
      if (!t.word || !sameLine(this.body, t.e, comma.s)) break;
      parts.unshift(t);
    }
    if (parts.length === 0 || parts.length > 16) return null;
    const before = toks[i0 - 2 - parts.length];
    if (before && before.word) return null;
    if (!parts.some((t) => (t.f & F_ROLE) !== 0)) return null;
    if (parts.some((t) => VERBISH.has(t.lc) || (!t.cap && (t.f & F_STOP) !== 0 && !['and', 'of', 'the', 'for', 'at'].includes(t.lc)))) return null;
    return joinRole(this.body, parts);
  }
}

/**
 * A person's gender as the text shows it: a title ("Ms"), the role's head noun ("spokeswoman"),
 * or a common first name. Worked out only when a pronoun needs it.
 */
export function personGender(e: Entity): Gender | null {
  if (e.gender) return e.gender;
  if (e.guessedGender === undefined) e.guessedGender = genderOfRole(e.role) ?? genderOfFirstName(e.tokens[0] ?? '');
  return e.guessedGender;
}

/** Index of the first mention starting after `pos`. */
function upperBound(tl: EntityMention[], pos: number): number {
  let lo = 0;
  let hi = tl.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tl[mid] as EntityMention).start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words inside an organisation's name: "Department of Health and Social Care". */
const ORG_LINKS = new Set(['for', 'and', 'on', 'of']);

/**
 * An age in an appositive at k: ", 64," or " (34)". After a single word that opens a sentence it
 * shows a person known by one name: "Liudmyla, 64, who lives across the street", "Thandiwe (34)".
 */
function ageFollows(toks: Tok[], k: number): boolean {
  const open = toks[k]?.t;
  const close = toks[k + 2]?.t;
  const age = toks[k + 1]?.t ?? '';
  return ((open === ',' && close === ',') || (open === '(' && close === ')')) && /^[1-9]\d?$|^1[01]\d$/.test(age);
}

/**
 * Where the holder's name starts in a run that ends an office named with "of": "Republic of
 * Azerbaijan Ilham Aliyev" after "President of the", "Russia Sergey Lavrov" after "Minister of
 * Foreign Affairs of", "Presidential Administration Hikmet Hajiyev" after "Head of the … of the".
 * The name is two to four capitalised words at the end, and a title must open the office
 * ("University of California Los Angeles" names no one). -1 when not so.
 */
function holderAfterOffice(toks: Tok[], i0: number, words: Tok[], personEnds: ReadonlySet<number>): number {
  let of = -1;
  for (let k = words.length - 1; k > 0 && of < 0; k--) if ((words[k] as Tok).lc === 'of' && !(words[k] as Tok).cap) of = k;
  const link = toks[i0 - 1]?.lc === 'the' ? toks[i0 - 2] : toks[i0 - 1];
  const afterOf = link !== undefined && !link.cap && OFFICE_LINKS.has(link.lc);
  if (of < 0 && !afterOf) return -1;
  // The office ends at its last organisation word ("… Presidential Administration"); else the
  // name is its last two words ("New York Kathy Hochul", "Internal Affairs Ihor Klymenko"), or
  // more from a known first name or an honorific ("Syed Murtaza Hussain Jafri").
  let officeEnd = of + 1;
  for (let k = of + 1; k < words.length; k++) if (((words[k] as Tok).f & (F_ORG | F_ORG_HEAD)) !== 0) officeEnd = k + 1;
  const first = officeEnd === of + 1 ? of + 2 : officeEnd;
  let start = Math.max(first, words.length - 2);
  // A patronymic inside the name: "Sevinj Ramiz qizi Mammadova", "Ilham Heydar oglu Aliyev".
  if (PATRONYMIC_PARTICLES.has(words[start]?.lc ?? '')) start = Math.max(first, start - 2);
  // …or a patronymic name: "Ulug'bek Baxtiyorovich Xo'jayev", "Sergey Viktorovich Lavrov".
  else if (PATRONYMIC_NAME.test(words[start]?.t ?? '')) start = Math.max(first, start - 1);
  for (let k = start - 1; k >= officeEnd && k >= of + 2; k--) if (opensName((words[k] as Tok).t)) start = k;
  const name = words.slice(start);
  if (name.length < 2 || name.length > 4) return -1;
  const nameWord = (t: Tok): boolean => t.cap && t.t !== t.t.toUpperCase() && (t.f & (F_ORG | F_ORG_HEAD | F_TITLE | F_ROLE | F_STOP)) === 0;
  if (!name.every((t, k) => nameWord(t) || (k > 0 && k < name.length - 1 && PATRONYMIC_PARTICLES.has(t.lc)))) return -1;
  return isOfficeTitle(words[0]) || officeStart(toks, i0, personEnds) < i0 ? start : -1;
}

/** The words that chain an office's parts: "Minister for Relief and Rehabilitation", "Head of …". */
const OFFICE_LINKS = new Set(['of', 'for', 'and']);

/** Who owns a ministry described in lower case: "Azerbaijan's", "Russian", "Chinese", "Turkish". */
const OWNER = /(?:['’]s|(?:an|ian|ese|ish|i|ic|ch))$/u;

/** A Russian-style patronymic: "Baxtiyorovich", "Viktorovna". */
const PATRONYMIC_NAME = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ichna)$/u;

/** describedOrg's pattern for each head noun (compiled once: letter classes are slow to compile). */
const DESCRIBED_ORG = new Map<string, RegExp>();

/** findSpellingVariant compares a name with at most this many persons. */
const MAX_VARIANT_PERSONS = 300;

/** Honorifics that open a name: "Syed Murtaza Hussain Jafri", "Sheikh Mohammed bin …". */
const NAME_HONORIFICS = new Set(['syed', 'syeda', 'sayyid', 'sheikh', 'shaikh', 'haji', 'hajji', 'alhaji', 'alhaja']);

/** A word that can open a person's name: a common first name or an honorific. */
function opensName(word: string): boolean {
  return NAME_HONORIFICS.has(word.toLowerCase()) || genderOfFirstName(word) !== null;
}

function isOfficeTitle(t: Tok | undefined): boolean {
  return t !== undefined && t.cap && (t.f & (F_TITLE | F_ROLE)) !== 0;
}

/**
 * The title that opens an office named over "of" before a run ("President" in "President of the
 * Republic …", "Head" in "Head of the Foreign Policy Affairs Department of the …"), or i0 when
 * there is none within a dozen words.
 */
function officeStart(toks: Tok[], i0: number, personEnds: ReadonlySet<number>): number {
  let found = i0;
  for (let k = i0 - 1; k >= 0 && k >= i0 - 12; k--) {
    const t = toks[k] as Tok;
    // "Vice Minister of Commerce Sun Weimin and Deputy Minister of …": "and" after another
    // holder's name ends the office.
    if (t.lc === 'and' && k > 0 && personEnds.has((toks[k - 1] as Tok).e)) break;
    if (t.t === ')') {
      // "Member of the Milli Majlis (parliament) of Azerbaijan …": an aside inside the office.
      let open = k - 1;
      while (open > k - 5 && open >= 0 && (toks[open] as Tok).t !== '(') open--;
      if (toks[open]?.t !== '(') break;
      k = open;
      continue;
    }
    if (!t.word || (!t.cap && t.lc !== 'the' && !OFFICE_LINKS.has(t.lc))) break;
    if (isOfficeTitle(t)) found = k;
  }
  return found;
}

/**
 * What follows the age of someone known by one name: "Liudmyla, 64, who lives …", "Thandiwe (34),
 * from Melville, said …" — not "Kenya (12) topped the table".
 */
const PERSON_AFTER_AGE = new Set(['who', 'from', 'of', 'a', 'an', 'said', 'says', 'told', 'tells', 'added', 'lives', 'works', 'has', 'had']);

/** Words that show an unnamed source chose to stay so ("not to be named", "anonymity", "surname"). */
const ANONYMITY = new Set(['named', 'anonymity', 'anonymously', 'surname', 'identified']);

/** The token begins a sentence (or paragraph). */
function startsSentence(toks: Tok[], i: number, body: string): boolean {
  const prev = toks[i - 1];
  // After a heading without a full stop, a new paragraph starts a sentence too.
  return !prev || /^[.!?:;"“”«»]$/.test(prev.t) || body.charCodeAt(prev.e) === 0x0a;
}

function joinRole(body: string, toks: Tok[]): string | null {
  const s = joinTokens(body, toks).trim();
  return s.length > 0 ? s : null;
}
