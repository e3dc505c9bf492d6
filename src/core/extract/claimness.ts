/**
 * Is a quoted span a claim (someone's words) or a scare quote, a name, a title or a heading?
 */
import { countWords } from './blocks';
import { endsWithSentenceMark, isSpaceUnit, trimEndIndex } from './chars';
import { F_ADVERB, F_SPEECH, F_STOP, wordFlags } from './lexicon';

export interface QuoteContext {
  /** The quoted words. */
  text: string;
  /** Up to ~80 characters before the opening mark, same sentence. */
  before: string;
  /** Some characters after the closing mark; undefined when the quote is not closed. */
  after?: string;
  /** The quote is the whole paragraph. */
  standalone: boolean;
  /** An attribution was found right after the closing mark. */
  attributedAfter: boolean;
  /** An attribution with a speech verb was found before the opening mark. */
  attributedBefore: boolean;
  /** Follows an attributed quote of the same paragraph (“…,” she said. “…”). */
  continuesSpeaker?: boolean;
}

const CALLING_BEFORE =
  /\b(?:called|calls|calling|described|describes|describing|labell?ed|labels|branded|brands|termed|terms|dubbed|characteri[sz]ed)\b[^“”"«»„.!?]{0,60}$/i;
/** "so-called", "is called": naming, not someone's words. */
const PASSIVE_CALLING = /\b(?:so|be|been|being|is|was|were|are|officially|often|sometimes|also|now|widely)[-\s]+(?:called|dubbed|termed|labell?ed|branded|nicknamed)\b[^“”"«»„]*$/i;
/** "what Halcyon calls its “torture lab”": the name someone gives their own thing, not their words about it. */
const OWN_NAMING = /\b(?:calls|called|dubs|dubbed|terms|termed|names|named|brands|branded)\s+(?:its|our)\s*$/i;
/**
 * "now calls the “Tuesday of the tumble”", "calling her “the Newcastle Nightmare”": a name, not
 * words about it — the quote is what is called (right after "calls the"), or a capitalised "the …"
 * (but "called the ruling “the wrong decision”" is someone's words).
 */
const CALLS_THE = /\b(?:calls|called|calling|call|dubs|dubbed)\s+the\s*$/i;
const NAME_WITH_THE = /^the\s+\p{Lu}/u;
/** "pays “settlement” fees": one word in quotes used as a modifier of the word after it. */
const WORD_AFTER = /^\s(\p{Ll}+)\b/u;

/** Verbs after which a quoted word says what something is: "was “outrageous” nevertheless". */
const LINKING = /\b(?:is|was|were|are|be|been|being|seemed|seems|remained|remains|looked|looks|sounded|sounds|became|becomes|as)\s*$/i;

/**
 * The quote is one word that the next word, not a function word or an adverb, follows directly,
 * and no linking verb comes before it: "pays “settlement” fees", not "was “outrageous” anyway".
 */
function modifiesNextWord(words: number, before: string, after: string | undefined): boolean {
  const next = words === 1 && after !== undefined ? WORD_AFTER.exec(after)?.[1] : undefined;
  return next !== undefined && !next.endsWith('ly') && (wordFlags(next) & (F_STOP | F_SPEECH | F_ADVERB)) === 0 && !LINKING.test(before);
}
/**
 * "in what executives have dubbed a “freight recession”", "what Baku calls the “Zangezur
 * corridor”": a name for a thing, not words about it. Not after "he", "she" or "I" ("what he
 * called a “cynical betrayal”" is one person's words), nor without an article ("what it called
 * “long overdue relief.”").
 */
const WHAT_IS_CALLED = /\bwhat\s+(?!(?:he|she|i)\b)[^“”"«»„.!?]{0,40}?\b(?:calls?|called|dubs?|dubbed|terms?|termed|describes?\s+as|described\s+as)\s+(?:a|an|the|its|their)\s*$/i;
/** "« European godmother », a nickname that …": the words after say the quote is a name. */
const NAMED_AFTER = /^\s*[,»”"’]?\s*(?:a|the)\s+(?:nickname|moniker|epithet)\b/i;
/** A noun that a title-case name in quotes right after it names. */
const NAMED_BY_NOUN = /\b(?:newspaper|broadcaster|channel|show|programme|program|party|movement|bloc|alliance|company|magazine|agency|outlet|website|platform|podcast|film|book|novel|song|album|documentary|series|operation|project|initiative|campaign|strategy|doctrine|station|network)\s*$/i;
/** "the plan, called …": a name given to something. */
const NAMING = /(?:,\s*(?:called|dubbed|named|titled|entitled|known as)|\bnicknamed)\b[^“”"«»„,]*$/i;
const SPEECH_BEFORE =
  /\b(?:said|says|saying|told|tells|warned|warns|added|adds|wrote|writes|stated|declared|vowed|promised|insisted|argued|claimed|claims|replied|answered|insisted|stressed|noted|believes|with the words|in (?:his|her|their) words|quoted as saying|the phrase)\b(?:[^“”"«»„.!?]{0,50}\bthat)?\s*[:,]?\s*$/i;

/** "denied claims of a “vanity project”": the quoted words are what is denied, someone else's. */
const DENIED_BEFORE = /\b(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|refuted|refutes)\s+(?:the\s+|any\s+)?(?:claims?|accusations?|allegations?|suggestions?|charges?|reports?|criticism|descriptions?)\b[^“”"«»„.!?]*$/i;

/** A cheap pre-check for DENIED_BEFORE (which tries every position of the text). */
const MAY_DENY = /deni|deny|reject|dismiss|refut/i;
const HAS_LETTER = /\p{L}/u;
/** Starts with a capital letter, perhaps after an opening quote or bracket. */
const CAPITALISED = /^["“‘(]*\p{Lu}/u;

/** A name starts with a capital, perhaps after "the": "the Georgian Rotterdam", not "in January". */
const NAME_START = /^(?:the\s+)?["“‘(]*\p{Lu}/u;

/** Share of words that start with a capital letter. */
function capitalisedShare(text: string): number {
  const words = text.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  if (words.length === 0) return 0;
  const small = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|de|la|le|vs?\.?)$/i;
  const counted = words.filter((w) => !small.test(w));
  if (counted.length === 0) return 0;
  return counted.filter((w) => CAPITALISED.test(w)).length / counted.length;
}

export function isClaim(q: QuoteContext): boolean {
  const text = q.text;
  const words = countWords(text);
  // The trimmed text is text[ts, te); end-anchored tests scan back from te.
  const te = trimEndIndex(text, 0, text.length);
  let ts = 0;
  while (ts < te && isSpaceUnit(text.charCodeAt(ts))) ts++;
  const last = te > ts ? text.charCodeAt(te - 1) : -1;
  const dashOrComma = last === 0x2c || last === 0x2014 || last === 0x2013 || last === 0x2d; // [,—–-]$
  const terminal = endsWithSentenceMark(text, ts, te);
  if (q.standalone && words < 12 && !terminal && !q.attributedAfter) return false; // a quoted heading
  const trimmed = text.slice(ts, te);
  // "the broadcaster “Arkhi TV,” said …", "talk show “The Big Question”": the name of the thing
  // the noun before it names, even when a speech verb follows.
  if (words <= 8 && NAMED_BY_NOUN.test(q.before) && capitalisedShare(trimmed) === 1) return false;
  if (q.attributedAfter && (dashOrComma || last === 0x21 || last === 0x3f || last === 0x2026 || terminal || words >= 3)) return true;
  if (MAY_DENY.test(q.before) && DENIED_BEFORE.test(q.before)) return false;
  if (words >= 5) {
    if (words <= 12 && capitalisedShare(trimmed) >= 0.75 && !q.attributedAfter) return false; // a title
    return true;
  }
  // Words with letters only: "Look & Ask", "Q & A" are names too, and so is "Crossroads of Peace".
  // …but "in January." and "Ukraine and Moldova." after "said:" are someone's words.
  const allCaps = trimmed.split(/\s+/).every((w) => CAPITALISED.test(w) || !HAS_LETTER.test(w));
  const titleCase = NAME_START.test(trimmed) && capitalisedShare(trimmed) === 1 && !SPEECH_BEFORE.test(q.before);
  if ((allCaps || titleCase) && !q.attributedAfter) return false; // a name in quotes
  if (OWN_NAMING.test(q.before) || WHAT_IS_CALLED.test(q.before)) return false;
  if (q.after !== undefined && NAMED_AFTER.test(q.after)) return false;
  if (!q.attributedAfter && modifiesNextWord(words, q.before, q.after)) return false;
  if (CALLING_BEFORE.test(q.before)) {
    if (!q.attributedAfter && (CALLS_THE.test(q.before) || NAME_WITH_THE.test(trimmed))) return false;
    if (!PASSIVE_CALLING.test(q.before) && (!NAMING.test(q.before) || q.attributedBefore)) return true;
  }
  if (q.continuesSpeaker && words >= 1 && (terminal || dashOrComma)) return true;
  if (SPEECH_BEFORE.test(q.before) && words >= 2) return true;
  // A partial quote in a sentence that names its speaker: "the ministry said the proposals were “unacceptable.”"
  if (q.attributedBefore && !PASSIVE_CALLING.test(q.before) && !/\bso-called\s*$/i.test(q.before)) return true;
  return false;
}
