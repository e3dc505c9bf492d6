/** Closed word lists used by the attribution parser (general English news vocabulary). */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Verbs that introduce or attribute speech (past, present and base forms). */
export const SPEECH_VERBS = set(`
said says say saying added adds adding noted notes noting concluded concludes concluding
remarked remarks emphasised emphasized emphasises emphasizes stressed stresses suggested suggests
told tells wrote writes stated states explained explains argued argues insisted insists warned warns
claimed claims declared declares continued continues asked asks replied replies answered answers
commented comments observed observes admitted admits acknowledged acknowledges recalled recalls
believes believed thinks thought announced announces reiterated reiterates underlined underlines
underscored underscores maintained maintains urged urges predicted predicts responded responds
countered counters cautioned cautions conceded concedes confirmed confirms denied denies joked jokes
quipped quips lamented laments complained complains assured assures promised promises vowed vows
pledged pledges mentioned mentions shouted tweeted posted recounted recounts testified testifies
exclaimed opined reckons reckoned feels felt hopes hoped estimated estimates indicated indicates
highlighted highlights elaborated specified clarified agreed objected protested boasted conceded
retorted retorts interjected interjects whispered sighed contended contends alleged alleges charged charges summarised summarized
affirmed affirms asserted asserts proclaimed proclaims speculated speculates
mused muses reported reports wondered wonders demanded demands accused accuses
criticised criticized condemned condemns believe think
laughed laughs smiled smiles grinned chuckled beamed scoffed snapped fumed yelled pleaded
sagte sagt erklärte erklärt betonte betont meinte meint sagten fügte warnte kritisierte
déclaré déclare affirmé affirme souligné souligne ajouté ajoute expliqué explique estimé estime indiqué indique
dijo afirmó señaló explicó añadió aseguró declaró
`);

/** Speech verbs that take a quoted complement inside the sentence ("called it a “…”"). */
export const CALLING_VERBS = set(`
called calls calling described describes describing labelled labeled labels branded brands termed terms
dubbed characterised characterized dismissed dismisses denounced denounces hailed hails
`);

/** Verbs after which a following name is an object, not the speaker. */
export const OBJECT_VERBS = set(`
called calls calling described describes labelled labeled branded termed dubbed accused accuses
urged urges told tells asked asks thanked thanks criticised criticized praised praises met meets
named names blamed blames quoted quotes cited cites interviewed interviews invited invites
`);

export const ADVERBS = set(`
also later then further again previously once recently earlier simply only bluntly flatly firmly
quickly repeatedly publicly reportedly even has had have was is would will could might may
openly privately separately subsequently frankly bitterly angrily calmly herself himself itself
however
`);

export const PRONOUNS = set(`he she they it we i him her them`);
export const PERSON_PRONOUNS = set(`he she him her`);

/** Nouns that name a person's job or standing ("the expert", "political scientist X"). */
export const ROLE_NOUNS = set(`
person analyst analysts expert experts scientist scientists commentator commentators observer observers
deputy deputies mp mps mep meps cm pm cs lawmaker lawmakers legislator senator congressman congresswoman representative
minister ministers secretary spokesman spokeswoman spokesperson spokespersons spokespeople president
vice-president director head chairman chairwoman chair chief editor editor-in-chief professor
researcher fellow scholar historian economist official officials officer diplomat ambassador envoy
governor mayor leader founder co-founder ceo executive manager lawyer attorney judge prosecutor
journalist correspondent reporter columnist writer author adviser advisor consultant strategist
general colonel commander businessman businesswoman entrepreneur philanthropist activist politician
candidate member chancellor premier king queen prince emperor pope priest bishop cleric doctor
physician surgeon nurse teacher student resident witness victim farmer worker owner coach player
captain negotiator inspector investigator sheriff detective coordinator partner lecturer dean rector
secretary-general ombudsman attache attaché source sources specialist
presenter host interviewee pundit campaigner organiser organizer director-general president-elect
staatssekretär staatssekretärin staatsminister kanzler kanzlerin bundeskanzler bundeskanzlerin bürgermeister bürgermeisterin
opposition-leader colleague sociologist psychologist mother father son daughter wife husband
man woman boy girl goalkeeper keeper striker defender midfielder winger forward boss skipper referee umpire
manager chairman fisherman shopkeeper pensioner retiree veteran volunteer survivor parent mayor-elect counterpart aide aides staffer negotiator
mum mom dad grandmother grandfather grandma grandpa uncle aunt brother sister nephew niece cousin
neighbour neighbor friend widow widower fiancé fiancée girlfriend boyfriend stepfather stepmother
newcomer incumbent challenger nominee democrat democrats republican republicans
co-author co-authors co-chair co-host co-owner co-leader co-director
trader investor banker broker protester demonstrator shopper commuter motorist passenger
`);

/** Capitalised titles that can precede a name and belong to the role, not the name. */
export const TITLES = set(`
president vice prime minister foreign defence defense interior finance deputy secretary general
chancellor senator sen. rep. representative gov. governor mayor mr. mrs. ms. mr mrs ms miss dr. dr
prof. prof professor judge justice chairman chairwoman chair director spokesman spokeswoman ambassador
king queen prince princess pope emperor sheikh catholicos patriarch archbishop bishop father rabbi
imam colonel col. lt. lieutenant captain capt. major maj. sergeant sgt. admiral adm. commander chief
premier commissioner speaker leader head prosecutor attorney mp mep ceo chairperson editor sir dame lord
lady brig. gen. secretary-general director-general editor-in-chief economy justice health
education trade energy agriculture culture commerce transport transportation housing
environment tourism infrastructure homeland
cr cllr councillor councilor sec. smt. shri sri shrimati hon. supt. insp. det. sgt. rev. fr. atty. ald. alderman
constable detective inspector superintendent
herr frau staatsministerin ministerpräsident ministerpräsidentin
td msp mla mpp cfo cto coo rt. rt
councilmember councilman councilwoman assemblymember assemblyman assemblywoman congressman congresswoman
mpa mna meteorologist
`);

/** Words that make a capitalised run an organisation or a place, not a person. */
export const ORG_WORDS = set(`
ministry committee council federation republic republics union party movement organization
organisation group agency news post times herald journal gazette tribune daily press inc inc. corp
corp. ltd ltd. llc company co. bank fund university institute college school church army navy force
forces guard corps police service services office department court parliament assembly senate
congress duma majlis house center centre airlines airways association foundation commission summit
forum conference club team square street avenue road bridge station airport port sea ocean river
lake mountains valley island islands region province district state states kingdom empire reich day
eve war games cup olympics program programme project initiative treaty agreement declaration accord
act law code constitution prize award media tv radio channel network portal magazine newspaper
review digest society institution caucasus asia europe america africa corridor gas oil energy motors holdings partners
capital exchange market index communist democratic republican labour conservative liberal front
alliance coalition bloc cabinet government administration kremlin white pentagon embassy consulate
mission brigade battalion division regiment command authority authorities board bureau directorate
telegraph guardian observer express mirror independent standard chronicle monitor insider wire
people people's nations
town city county fc rovers wanderers athletic albion hotspur
`);

/** Capitalised words that never start a personal name. */
export const NON_NAME = set(`
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday new north south east west northern southern eastern western
central united great upper lower old greater holy royal national international federal supreme
first second third fourth fifth last next christmas easter ramadan covid internet god
`);

/** Function words that are capitalised only at the start of a sentence. */
export const STOP = set(`
the a an in on at for but and or as according after before when while if this that these those it he
she we they i his her their its our my your meanwhile however moreover nevertheless nonetheless still
yet so then now also despite during since under over with without from to by of amid among against
both either neither many some several most other another every each no not only even just such what
which who whom whose why how where there here today yesterday tomorrow last next earlier later
speaking asked naturally further additionally instead regardless compared shortly apparently
unfortunately fortunately indeed perhaps maybe thus hence therefore although though because unlike
like until unless whether all any more less one two three dear hello thanks yes ok well oh let let's
lets judging given following including excluding regarding besides above below beyond inside outside
near toward towards upon via per within throughout is are was were be been will would can could
should must may might do does did has have had having i'm it's that's there's we're they're you're
we'll i'll don't didn't doesn't isn't wasn't can't won't mr mrs ms dr
`);

/** Nouns that make "the X newspaper" an organisation speaker. */
export const ORG_HEAD_NOUNS = set(`
newspaper paper agency magazine daily weekly outlet website site portal channel broadcaster network
station ministry office department committee government company firm group party service
statement publication tabloid journal newswire wire
charity nonprofit non-profit startup start-up foundation union council club team watchdog regulator
bank insurer retailer airline carrier operator developer manufacturer lab laboratory studio label
`);

/** Titles that only ever stand right before a name ("Dr. X", "MS. ADEYEMI-ROSS"), without the full stop. */
export const COURTESY_TITLES = set(`mr mrs ms miss dr prof sir dame`);

/** Honours and post-nominal letters after a name, not part of it: "Rhodri ap Gwilym KC". */
export const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'FRS']);

/** Strip a possessive ending ("Putin’s" → "Putin"). */
export function stripPossessive(t: string): string {
  const last = t.charCodeAt(t.length - 1);
  if (last === 0x27 || last === 0x2019) return t.slice(0, -1);
  if ((last === 0x73 || last === 0x53) && t.length > 2) {
    const before = t.charCodeAt(t.length - 2);
    if (before === 0x27 || before === 0x2019) return t.slice(0, -2);
  }
  return t;
}

/**
 * A name's words with the possessive of its last word stripped ("Kommersant's" → "Kommersant"),
 * but not of the words inside it: "Ohio Manufacturers’ Council", "People's Bank of China".
 */
export function nameWithoutPossessive(words: string[]): string[] {
  if (words.length === 0) return words;
  const out = words.slice();
  out[out.length - 1] = stripPossessive(out[out.length - 1] as string);
  return out;
}

/*
 * Word flags: every list above (and a few derived tests) as one bit mask per lower-case word,
 * computed once per distinct word and cached, so that hot loops test bits instead of looking
 * the same token up in several sets.
 */
export const F_SPEECH = 1 << 0; // SPEECH_VERBS
export const F_CALLING = 1 << 1; // CALLING_VERBS
export const F_OBJECT = 1 << 2; // OBJECT_VERBS
export const F_ADVERB = 1 << 3; // ADVERBS
export const F_PRONOUN = 1 << 4; // PRONOUNS
export const F_PERSON_PRONOUN = 1 << 5; // PERSON_PRONOUNS
export const F_ROLE = 1 << 6; // a role noun or its plural (isRoleNoun)
export const F_ROLE_EXACT = 1 << 7; // ROLE_NOUNS
export const F_TITLE = 1 << 8; // TITLES, with or without a full stop
export const F_ORG = 1 << 9; // ORG_WORDS
export const F_ORG_POSS = 1 << 10; // ORG_WORDS after stripping a possessive
export const F_NON_NAME = 1 << 11; // NON_NAME
export const F_NON_NAME_POSS = 1 << 12; // NON_NAME after stripping a possessive
export const F_STOP = 1 << 13; // STOP
export const F_ORG_HEAD = 1 << 14; // ORG_HEAD_NOUNS
export const F_POSS_S = 1 << 15; // ends in 's or ’s
export const F_ACCORDING = 1 << 16; // the word "according"
export const F_DETERMINER = 1 << 17; // DETERMINERS
export const F_MODIFIER = 1 << 18; // MODIFIER_WORDS
export const F_TIME = 1 << 19; // TIME_WORDS
export const F_RELATION = 1 << 20; // RELATION_NOUNS
export const F_PARTICLE = 1 << 21; // SURNAME_PARTICLES

/** The particles of an Azerbaijani, Turkic or Central Asian patronymic: "Ramiz qizi", "Heydar oglu". */
export const PATRONYMIC_PARTICLES = set(`oglu oğlu ogly qizi qızı kyzy uulu uly`);

/**
 * Lower-case particles that begin a surname ("von der Leyen", "de Villepin", "bin Salman") or sit
 * inside a name ("Sevinj Ramiz qizi Mammadova").
 */
export const SURNAME_PARTICLES = new Set([...set(`de da van von der den del della dela delos di du le la bin binti binte ibn al el dos das ter ten zu zum zur vom ould abu ap`), ...PATRONYMIC_PARTICLES]);

/** Words that open a time phrase between a speaker and the verb ("on Monday", "last week"). */
export const TIME_WORDS = set(`
on last this late early earlier yesterday today tonight monday tuesday wednesday thursday friday saturday sunday
`);

/**
 * Nouns that describe someone by their tie to another person ("his mum", "a friend", "the
 * shocked neighbour"): never simply the last person named.
 */
export const RELATION_NOUNS = set(`
mum mom mother dad father son daughter wife husband brother sister uncle aunt nephew niece cousin
grandmother grandfather grandma grandpa widow widower fiancé fiancée girlfriend boyfriend stepfather
stepmother friend friends neighbour neighbours neighbor neighbors colleague colleagues classmate
teammate teammates relative relatives parent parents
`);

/** Words that open a role or organisation mention ("the expert", "a spokesman", "his aide"). */
export const DETERMINERS = set(`the a an this that another one our his her their its`);

/** Lower-case words that can stand before a role noun ("former", "senior", "well-known"). */
export const MODIFIER_WORDS = set(`
former senior chief deputy political foreign prime vice top leading renowned prominent veteran independent
military local regional state national international well-known famous economic assistant acting executive
general managing associate principal lead special public press federal interim retired new young old elderly
azerbaijani russian american british ukrainian european
`);

function computeFlags(lc: string): number {
  let f = 0;
  if (SPEECH_VERBS.has(lc)) f |= F_SPEECH;
  if (CALLING_VERBS.has(lc)) f |= F_CALLING;
  if (OBJECT_VERBS.has(lc)) f |= F_OBJECT;
  if (ADVERBS.has(lc)) f |= F_ADVERB;
  if (PRONOUNS.has(lc)) f |= F_PRONOUN;
  if (PERSON_PRONOUNS.has(lc)) f |= F_PERSON_PRONOUN;
  if (ROLE_NOUNS.has(lc)) f |= F_ROLE | F_ROLE_EXACT;
  else if (lc.endsWith('s') && ROLE_NOUNS.has(lc.slice(0, -1))) f |= F_ROLE;
  if (TITLES.has(lc) || TITLES.has(`${lc}.`)) f |= F_TITLE;
  if (ORG_WORDS.has(lc)) f |= F_ORG;
  const bare = stripPossessive(lc);
  if (ORG_WORDS.has(bare)) f |= F_ORG_POSS;
  if (NON_NAME.has(lc)) f |= F_NON_NAME;
  if (NON_NAME.has(bare)) f |= F_NON_NAME_POSS;
  if (STOP.has(lc)) f |= F_STOP;
  if (ORG_HEAD_NOUNS.has(lc)) f |= F_ORG_HEAD;
  if (endsPossessiveS(lc)) f |= F_POSS_S;
  if (lc === 'according') f |= F_ACCORDING;
  if (DETERMINERS.has(lc)) f |= F_DETERMINER;
  if (MODIFIER_WORDS.has(lc)) f |= F_MODIFIER;
  if (TIME_WORDS.has(lc)) f |= F_TIME;
  if (RELATION_NOUNS.has(lc)) f |= F_RELATION;
  if (SURNAME_PARTICLES.has(lc)) f |= F_PARTICLE;
  return f;
}

/**
 * A filter on (length, first two code units) of every word that has a flag other than F_POSS_S,
 * in every form computeFlags accepts (plural role nouns, titles without their full stop,
 * possessives). Most words miss it and need no hashing or look-up at all.
 */
const candidates = new Uint8Array(1 << 14);

/** (length, first, second code unit), 14 bits: small tables stay in cache. */
function filterKey(s: string): number {
  const n = s.length;
  return ((n & 15) << 10) | ((s.charCodeAt(0) & 31) << 5) | (n > 1 ? s.charCodeAt(1) & 31 : 0);
}

for (const list of [SPEECH_VERBS, CALLING_VERBS, OBJECT_VERBS, ADVERBS, PRONOUNS, PERSON_PRONOUNS, ROLE_NOUNS, TITLES, ORG_WORDS, NON_NAME, STOP, ORG_HEAD_NOUNS, DETERMINERS, MODIFIER_WORDS, TIME_WORDS, RELATION_NOUNS, SURNAME_PARTICLES]) {
  for (const w of list) candidates[filterKey(w)] = 1;
}
for (const w of ROLE_NOUNS) candidates[filterKey(`${w}s`)] = 1;
candidates[filterKey('according')] = 1;
for (const w of TITLES) if (w.endsWith('.')) candidates[filterKey(w.slice(0, -1))] = 1;
for (const list of [ORG_WORDS, NON_NAME]) {
  for (const w of list) for (const end of ["'", '’', "'s", '’s', "'S", '’S']) candidates[filterKey(w + end)] = 1;
}

/** Ends in 's or ’s (`/['’]s$/`). */
function endsPossessiveS(lc: string): boolean {
  const n = lc.length;
  if (n < 2 || lc.charCodeAt(n - 1) !== 0x73) return false;
  const c = lc.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019;
}

const flagCache = new Map<string, number>();
/** Bounds the cache on endless streams of new words. */
const FLAG_CACHE_MAX = 100_000;

/**
 * A direct-mapped cache in front of flagCache, on the filter key: the frequent words (the, he,
 * said…) are found by comparing strings, without hashing the freshly sliced token.
 */
const recentWord = new Array<string>(candidates.length).fill('');
const recentFlags = new Int32Array(candidates.length);

/** The word flags (F_*) of a lower-case word. */
export function wordFlags(lc: string): number {
  if (lc.length === 0) return 0;
  const key = filterKey(lc);
  if (candidates[key] === 0) return endsPossessiveS(lc) ? F_POSS_S : 0;
  return keyedWordFlags(lc, key);
}

/*
 * ASCII words are looked up while the tokenizer reads them: it folds each character into a
 * 32-bit hash (wordHashStep over the lower-cased code), and asciiWordFlags probes an
 * open-addressing table of every ASCII form that has flags other than F_POSS_S, comparing the
 * characters only when the hash matches. No string is made, hashed or compared for the
 * (frequent) words outside the lexicon.
 */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;

/** FNV-1a step; `c` is the lower-cased code unit. */
export function wordHashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

const TABLE_BITS = 13;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Per slot: 1 + index into forms (0 = empty). */
const tableEntry = new Int32Array(1 << TABLE_BITS);
const tableHash = new Int32Array(1 << TABLE_BITS);
const forms: string[] = [];
const formFlags: number[] = [];

function hashOf(w: string): number {
  let h = WORD_HASH_SEED;
  for (let i = 0; i < w.length; i++) h = wordHashStep(h, w.charCodeAt(i));
  return h;
}

{
  const all = new Set<string>();
  for (const list of [SPEECH_VERBS, CALLING_VERBS, OBJECT_VERBS, ADVERBS, PRONOUNS, PERSON_PRONOUNS, ROLE_NOUNS, TITLES, ORG_WORDS, NON_NAME, STOP, ORG_HEAD_NOUNS, DETERMINERS, MODIFIER_WORDS, TIME_WORDS, RELATION_NOUNS, SURNAME_PARTICLES]) {
    for (const w of list) all.add(w);
  }
  for (const w of ROLE_NOUNS) all.add(`${w}s`);
  all.add('according');
  for (const w of TITLES) if (w.endsWith('.')) all.add(w.slice(0, -1));
  // Possessives (ASCII apostrophe only; an upper-case S is lower-cased before the look-up).
  for (const list of [ORG_WORDS, NON_NAME]) for (const w of list) for (const end of ["'", "'s"]) all.add(w + end);
  for (const w of all) {
    let ascii = true;
    for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) ascii = false;
    if (!ascii) continue;
    const f = computeFlags(w);
    if ((f & ~F_POSS_S) === 0) continue;
    const h = hashOf(w);
    let slot = (h >>> (32 - TABLE_BITS)) & TABLE_MASK;
    while (tableEntry[slot] !== 0) slot = (slot + 1) & TABLE_MASK;
    forms.push(w);
    formFlags.push(f);
    tableEntry[slot] = forms.length;
    tableHash[slot] = h;
  }
}

/**
 * wordFlags of the lower case of the ASCII word body[start, end), given the hash the tokenizer
 * folded its lower-cased characters into.
 */
export function asciiWordFlags(body: string, start: number, end: number, h: number): number {
  let slot = (h >>> (32 - TABLE_BITS)) & TABLE_MASK;
  for (let e = tableEntry[slot] as number; e !== 0; slot = (slot + 1) & TABLE_MASK, e = tableEntry[slot] as number) {
    if (tableHash[slot] !== h) continue;
    const w = forms[e - 1] as string;
    const n = end - start;
    if (w.length !== n) continue;
    let k = 0;
    for (; k < n; k++) {
      let c = body.charCodeAt(start + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== w.charCodeAt(k)) break;
    }
    if (k === n) return formFlags[e - 1] as number;
  }
  // In no list: only the possessive ending can be flagged.
  const n = end - start;
  return n >= 2 && (body.charCodeAt(end - 1) | 0x20) === 0x73 && body.charCodeAt(end - 2) === 0x27 ? F_POSS_S : 0;
}

/** wordFlags(lc) for a word whose filter key is a candidate. */
export function keyedWordFlags(lc: string, key: number): number {
  if (recentWord[key] === lc) return recentFlags[key] as number;
  let f = flagCache.get(lc);
  if (f === undefined) {
    f = computeFlags(lc);
    if (flagCache.size >= FLAG_CACHE_MAX) flagCache.clear();
    flagCache.set(lc, f);
  }
  recentWord[key] = lc;
  recentFlags[key] = f;
  return f;
}
