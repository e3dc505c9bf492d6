/**
 * The words of a personal name as a run of tokens gives them: initials keep their full stop
 * ("D.K. Shivakumar", "Lisa A. Murkowski", "Robert F. Kennedy Jr."), other full stops go, a
 * nickname in quotes is left out ("Khalif “Bam” Osei-Tutu"), and surname particles stay
 * ("Ursula von der Leyen", "Mohammed Shia al-Sudani").
 */
import { F_ORG_POSS, F_PARTICLE, F_ROLE, SURNAME_PARTICLES } from './lexicon';
import { Tok } from './tokens';

/** One to four capitals joined by full stops, before the stop that closes them: "R", "D.K", "U.S". */
const INITIALS = /^\p{Lu}(?:\.\p{Lu}){0,3}$/u;
/** Name suffixes written with a full stop. */
const SUFFIX = /^(?:Jr|Sr)$/;
/** An initial with its stop, as name words carry it. */
const INITIAL_WORD = /^\p{Lu}(?:\.\p{Lu}){0,3}\.$/u;

/** Particles written with a capital that begin a surname: "Ó Loingsigh", "Mac Mathúna", "Ould Sidi Baba". */
const CAPITAL_PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Mac', 'Mc', 'Ould', 'Bin', 'Ibn', 'Abu', 'Al', 'El', 'Van', 'Von', 'De', 'Da', 'Di', 'Del', 'Della', 'Le', 'La', 'Ap']);

/** A word that can open a surname ("von", "al", "Ó", "Mac"), as written or capitalised. */
export function isSurnameParticle(word: string): boolean {
  return word.length <= 5 && (SURNAME_PARTICLES.has(word) || CAPITAL_PARTICLES.has(word));
}
/** "al-Sudani", "el-Sisi", "bin-Laden", "ad-Din": an Arabic article or particle joined to a capitalised name. */
const JOINED_PARTICLE = /^(?:al|el|ad|ah|an|ar|as|ash|at|az|bin|ibn|abu|ould)-\p{Lu}/u;

/** A token that continues a name although it starts in lower case ("al-Sudani"). */
export function isJoinedParticleName(t: Tok): boolean {
  // Runs on every lower-case token: the first letter of a particle (a, e, b, i, o), a hyphen at
  // its end, and only then the pattern.
  const w = t.t;
  const c = w.charCodeAt(0);
  if (t.cap || (c !== 0x61 && c !== 0x65 && c !== 0x62 && c !== 0x69 && c !== 0x6f) || w.length < 4) return false;
  if (w.charCodeAt(2) !== 0x2d && w.charCodeAt(3) !== 0x2d && w.charCodeAt(4) !== 0x2d) return false;
  return JOINED_PARTICLE.test(w);
}

/** Abbreviations of places and bodies that look like initials: "U.S. Steel" is no person. */
const NOT_INITIALS = new Set(['U.S', 'U.K', 'U.N', 'E.U', 'U.A.E', 'U.S.A', 'D.C', 'L.A', 'N.Y', 'N.Z', 'S.A']);

/** An initial written as `t` followed directly by the full stop `dot`. */
export function isInitialAt(t: Tok, dot: Tok | undefined): boolean {
  return dot !== undefined && dot.t === '.' && dot.s === t.e && ((INITIALS.test(t.t) && !NOT_INITIALS.has(t.t)) || SUFFIX.test(t.t));
}

/**
 * Where a name that opens with initials starts after an organisation or role word ("the Assembly
 * R. Ashoka" → at "R."), or 0 when the words do not read that way.
 */
export function initialsStart(words: Tok[]): number {
  const i = words.findIndex((w) => isInitialWord(w.t));
  return i > 0 && words.slice(0, i).some((w) => (w.f & (F_ORG_POSS | F_ROLE)) !== 0) ? i : 0;
}

/** Index after up to two lower-case surname particles at k ("von der", "de"), or k. */
export function particlesEnd(toks: Tok[], k: number): number {
  let j = k;
  for (let t = toks[j]; j < k + 2 && t !== undefined && !t.cap && (t.f & F_PARTICLE) !== 0; t = toks[j]) j++;
  return j;
}

/** An initial as a name word carries it ("D.K.", "F."). */
export function isInitialWord(word: string): boolean {
  return INITIAL_WORD.test(word);
}

/**
 * The words of a run: tokens other than full stops, with an initial and its stop merged into
 * one token ("D.K" + "." → "D.K.").
 */
/** Two lower-case words joined by a hyphen: "founding-family", "long-time" (what describes a role). */
export const HYPHENATED_WORD = /^[a-z]+-[a-z]+$/;

export function runWords(run: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < run.length; i++) {
    const t = run[i] as Tok;
    if (t.t === '.') continue;
    const nick = t.word ? -1 : nicknameEnd(run, i);
    if (nick > 0) {
      i = nick - 1;
      continue;
    }
    const dot = run[i + 1];
    if (dot && isInitialAt(t, dot)) {
      out.push(new Tok(`${t.t}.`, null, t.s, dot.e, true, true, t.f));
      i++;
    } else out.push(t);
  }
  return out;
}

/**
 * A nickname in quotes inside a name: toks[k] opens a quote of one or two capitalised words that
 * closes right before another capitalised word. Returns the index after the closing mark, or -1.
 */
export function nicknameEnd(toks: Tok[], k: number): number {
  const open = toks[k];
  if (!open || (open.t !== '"' && open.t !== '“' && open.t !== '‘' && open.t !== "'")) return -1;
  for (let m = k + 1; m <= k + 2; m++) {
    const w = toks[m];
    if (!w || !w.cap) return -1;
    const close = toks[m + 1];
    if (close && (close.t === '"' || close.t === '”' || close.t === '’' || close.t === "'") && close.s === w.e && (toks[m + 2]?.cap ?? false)) return m + 2;
  }
  return -1;
}

const WORD_START = /(^|[\s'’-])(\p{L})/gu;

/** A name written in capitals as names are written ("ADEYEMI-ROSS" → "Adeyemi-Ross"); others as they are. */
export function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(WORD_START, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Suffixes after a name: "III", "Jr.". Not surnames: the surname of "Robert F. Kennedy Jr." is "Kennedy". */
export const NAME_SUFFIX = /^(?:I|II|III|IV|V|VI|Jr|Sr)\.?$/;

/** Index of the surname's last word in a person's name words. */
export function surnameIndex(tokens: string[]): number {
  let i = tokens.length - 1;
  while (i > 0 && NAME_SUFFIX.test(tokens[i] as string)) i--;
  return i;
}

/**
 * The surname with its particles ("von der Leyen", "Ó Loingsigh") and its short form, when the
 * name has a particle after its given name; none otherwise.
 */
export function particleSurnames(tokens: string[]): string[] {
  const last = surnameIndex(tokens);
  // From the first particle after the given name: "Mohamed Lemine Ould Sidi Baba" → "Ould Sidi
  // Baba"; Arabic names are also shortened to a particle and the next name ("Saeed bin Rashid
  // al-Falasi" → "bin Rashid").
  for (let i = 1; i < last; i++) {
    if (!isSurnameParticle(tokens[i] as string)) continue;
    const whole = tokens.slice(i, last + 1).join(' ');
    const forms = i + 1 < last ? [whole, tokens.slice(i, i + 2).join(' ')] : [whole];
    // After a given name, the word before the particle may open a compound surname: "Ana María
    // López de Haro" → "López de Haro", "Mariana Beltrán de Osorio" → "Beltrán de Osorio".
    if (i >= 2) forms.push(tokens.slice(i - 1, last + 1).join(' '));
    return forms;
  }
  return [];
}
