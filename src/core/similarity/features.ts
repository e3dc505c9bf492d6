import { CONCEPTS, DEMONYMS, DOWNING_VERBS, LY_KEEP, MONTHS, PLACES, STOPWORDS } from './lexicon';
import { stem } from './stem';

/**
 * What a claim's words are taken to assert: content words (stemmed), concepts (synonym groups),
 * names of people and organisations, places and dates. The kind weighs the term: sharing a name or
 * a date says more than sharing an ordinary word.
 */
export type TermKind = 'word' | 'concept' | 'name' | 'place' | 'date';

export const kindWeight: Record<TermKind, number> = {
  word: 1,
  concept: 1.5,
  name: 1.5,
  place: 1.25,
  date: 1.5,
};

export interface TermFeature {
  /** The index key: "w:crash", "c:aircraft", "n:putin", "p:russia", "d:2024". */
  key: string;
  kind: TermKind;
  /** How often it occurs in the claim. */
  count: number;
  /** Its first occurrence as written ("shot down", "Azerbaijani"). */
  surface: string;
  /** Bit i is set when sentence i of the claim holds it (sentences past the 32nd share bit 31). */
  sentences: number;
}

const clauseOpeners = new Set([':', ';', '“', '"', '‘', '(', '[', '—', '–', '\n']);
const closers = new Set(['"', '”', '’', "'", ')', ']']);
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'vs',
  'gen',
  'col',
  'lt',
  'jr',
  'sr',
]);
const isSpace = (c: string) => c === ' ' || c === '\u00a0' || c === '\t' || c === '\r';

/**
 * What a lower-case word is on its own (context decides names, months and "shot down"). Cached:
 * an archive has far fewer distinct words than words, and stemming is the costly part.
 */
type WordClass =
  | { kind: 'skip' }
  | { kind: 'place' | 'concept' | 'date'; key: string }
  | { kind: 'word'; key: string; adverb: boolean }
  | { kind: 'compound'; parts: { kind: TermKind; key: string; part: number }[] };

const wordCache = new Map<string, WordClass>();
const cacheLimit = 200_000;

const isYear = (s: string) => /^(1[89]\d\d|20\d\d)$/.test(s);
const isDay = (s: string) => /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/.test(s);

function classifySimple(lower: string): WordClass {
  const demonym = DEMONYMS[lower];
  if (demonym) return { kind: 'place', key: `p:${demonym}` };
  if (PLACES.has(lower)) return { kind: 'place', key: `p:${lower}` };
  if (isYear(lower)) return { kind: 'date', key: `d:${lower}` };
  const concept = CONCEPTS.get(lower);
  if (concept) return { kind: 'concept', key: `c:${concept}` };
  if (STOPWORDS.has(lower) || lower.length < 3 || /^\d/.test(lower)) return { kind: 'skip' };
  return {
    kind: 'word',
    key: `w:${stem(lower)}`,
    adverb: lower.endsWith('ly') && !LY_KEEP.has(lower),
  };
}

function classify(lower: string): WordClass {
  const cached = wordCache.get(lower);
  if (cached) return cached;
  let result: WordClass;
  if (lower.includes('-') && !DEMONYMS[lower] && !CONCEPTS.has(lower)) {
    // "post-Soviet", "Russian-Azerbaijani": weigh each part.
    const parts: { kind: TermKind; key: string; part: number }[] = [];
    lower.split('-').forEach((p, part) => {
      const c = classifySimple(p);
      if (c.kind === 'word' && !c.adverb) parts.push({ kind: 'word', key: c.key, part });
      else if (c.kind === 'place' || c.kind === 'concept' || c.kind === 'date') {
        parts.push({ kind: c.kind, key: c.key, part });
      }
    });
    result = { kind: 'compound', parts };
  } else result = classifySimple(lower);
  if (wordCache.size > cacheLimit) wordCache.clear();
  wordCache.set(lower, result);
  return result;
}

interface Token {
  text: string;
  lower: string;
  capitalised: boolean;
  sentenceInitial: boolean;
  /** Which sentence of the text it is in, from 0. */
  sentence: number;
  start: number;
  end: number;
}

/** True when the text between two words ends a sentence: ". ", "?” ", a line break. */
function breaksSentence(text: string, from: number, to: number, previousWord: string): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (c === '.' || c === '!' || c === '?') {
      if (
        c === '.' &&
        i === from &&
        (previousWord.length === 1 || abbreviations.has(previousWord))
      ) {
        continue;
      }
      let j = i + 1;
      while (j < to && closers.has(text[j]!)) j++;
      if (j < to && isSpace(text[j]!)) return true;
    }
  }
  return false;
}

/** True when the text between two words opens a new clause: a quote, a colon, a dash. */
function opensClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (clauseOpeners.has(text[i]!)) return true;
  return false;
}

const wordCharCache = new Map<number, boolean>();
const unicodeWordChar = /[\p{L}\p{M}\p{N}]/u;

/** Letters, marks and digits (ASCII by table, the rest by a cached Unicode test). */
function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = unicodeWordChar.test(String.fromCharCode(code));
    wordCharCache.set(code, known);
  }
  return known;
}

const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * Words of a text (letters and digits, joined by inner hyphens and apostrophes; "Russia’s" →
 * "Russia"), each with the sentence it is in and whether it opens one. One pass over char codes.
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let sentence = 0;
  let previousEnd = 0;
  let previousWord = '';
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let cut = -1;
    i++;
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      const c = i < n ? text.charCodeAt(i) : 0;
      if (
        (c === HYPHEN || c === APOSTROPHE || c === RIGHT_QUOTE) &&
        i + 1 < n &&
        isWordChar(text.charCodeAt(i + 1))
      ) {
        if (c !== HYPHEN && cut < 0) cut = i;
        i++;
        continue;
      }
      break;
    }
    const breaks = out.length > 0 && breaksSentence(text, previousEnd, start, previousWord);
    if (breaks) sentence++;
    const previousGapStart = previousEnd;
    previousEnd = i;
    const raw = text.slice(start, cut >= 0 ? cut : i);
    const lower = raw.toLowerCase();
    previousWord = lower;
    const first = raw.charCodeAt(0);
    out.push({
      text: raw,
      lower,
      capitalised: first !== lower.charCodeAt(0),
      sentenceInitial: out.length === 0 || breaks || opensClause(text, previousGapStart, start),
      sentence,
      start,
      end: i,
    });
  }
  return out;
}

/** The terms of one text, keyed, with counts and first surfaces. */
export function extractFeatures(text: string): TermFeature[] {
  const found = new Map<string, TermFeature>();
  let bit = 1;
  const add = (key: string, kind: TermKind, surface: string) => {
    const existing = found.get(key);
    if (existing) {
      existing.count++;
      existing.sentences = (existing.sentences | bit) >>> 0;
    } else found.set(key, { key, kind, count: 1, surface, sentences: bit });
  };
  const list = tokens(text);
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    const { lower } = token;
    const next = list[i + 1];
    bit = (1 << Math.min(31, token.sentence)) >>> 0;

    // "shot down", "brought down": one concept, two words.
    if (next?.lower === 'down' && DOWNING_VERBS.has(lower)) {
      add('c:shot-down', 'concept', `${token.text} ${next.text}`);
      i++;
      continue;
    }
    const month = token.capitalised ? MONTHS[lower] : undefined;
    if (month !== undefined) {
      const prev = list[i - 1];
      const day = next && isDay(next.lower) ? next : prev && isDay(prev.lower) ? prev : null;
      if (day) {
        add(`d:${month}-${parseInt(day.lower, 10)}`, 'date', `${token.text} ${day.text}`);
        continue;
      }
      if (lower.length > 3 && lower !== 'march' && lower !== 'may') {
        add(`d:m${month}`, 'date', token.text);
        continue;
      }
    }
    const c = classify(lower);
    switch (c.kind) {
      case 'skip':
        continue;
      case 'place':
      case 'concept':
      case 'date':
        add(c.key, c.kind, token.text);
        continue;
      case 'compound': {
        const pieces = token.text.split('-');
        for (const p of c.parts) add(p.key, p.kind, pieces[p.part] ?? token.text);
        continue;
      }
      case 'word': {
        // A capitalised word inside a sentence, or opening one before another capitalised word,
        // is a name ("Putin", "Investigative Committee"); names are not stemmed.
        const isName =
          token.capitalised &&
          (!token.sentenceInitial ||
            (next !== undefined && next.capitalised && !next.sentenceInitial));
        if (isName) add(`n:${lower}`, 'name', token.text);
        else if (!c.adverb) add(c.key, 'word', token.text);
      }
    }
  }
  return [...found.values()];
}

/**
 * The sentences of a text as the similarity index counts them (so `SimilarMatch.passage` indices
 * point into this list): [start, end) offsets, from a sentence's first word to its last word's end.
 */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const token of tokens(text)) {
    const last = spans[token.sentence];
    if (last) last.end = token.end;
    else spans[token.sentence] = { start: token.start, end: token.end };
  }
  // Take the closing punctuation and quote marks of each sentence with it.
  for (const span of spans) {
    let end = span.end;
    while (end < text.length && /[.!?"”’')\]]/.test(text[end]!)) end++;
    span.end = end;
  }
  return spans.filter(Boolean);
}
