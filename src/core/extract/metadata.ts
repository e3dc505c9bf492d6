/**
 * Title, outlet, author, publication date and kind of an article, each with a confidence.
 * Only values the text states are returned; nothing is invented.
 */
import type { SourceKind } from '@shared/manifest';
import type { Block } from './blocks';
import type { BlockClass } from './boilerplate';
import { findDate, isDateLine } from './dates';
import { nameCase } from './names';
import type { Detected, DetectedMetadata } from './types';

export interface MetadataInput {
  blocks: Block[];
  classes: BlockClass[];
  boiler: boolean[];
  firstContent: number;
  body: string;
  /** Characters of the body inside direct quotes and interview answers. */
  quotedChars: number;
  /** Set when the text is a question-and-answer interview. */
  interviewee: string | null;
  isQandA: boolean;
  /** Is this name a person mentioned in the text (so not an outlet)? */
  isPerson: (name: string) => boolean;
}

const none = <T>(): Detected<T> => ({ value: null, confidence: 0 });
const BYLINE_START = /^(?:by|author|written|text|words|interview|story|report|reporting|analysis|opinion|commentary)\b/i;

function isByline(t: string): boolean {
  return BYLINE_START.test(t) && BYLINE.test(t);
}
const BYLINE = /^(?:(?:interview|text|words|story|report|reporting|analysis|opinion|commentary)\s+)?(?:by|author|written by|text|words)\s*:?\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|van|von|al|bin|da|di|le|la)?\s*\p{Lu}[\p{L}'’.-]*){1,3})(?:\s*(?:,|\||–|—|-|and\b).*)?$/iu;
const OUTLET = String.raw`(\p{Lu}[\p{L}\p{N}&'’]*(?:\.[\p{L}]{2,})?(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}&'’]*(?:\.[\p{L}]{2,})?){0,3})`;

/**
 * The outlet name where a signal's lead-in ends. Sticky, so one compiled copy serves every
 * signal: each copy of OUTLET's letter classes costs V8 ~10 ms to compile for text with
 * non-Latin-1 characters (most articles: curly quotes, dashes), once per thread.
 */
const OUTLET_AT = new RegExp(OUTLET, 'uy');
/** …followed by what ends a "told X" clause. */
const OUTLET_AT_CLAUSE_END = new RegExp(String.raw`${OUTLET}(?=\s+(?:on|in|that|last|this|earlier)\b|[.,])`, 'uy');

export interface OutletSignal {
  /**
   * The whole pattern, group 1 the outlet; or, with `outlet`, only its lead-in (global), which
   * must end where the outlet starts. Each lead-in below can end in only one place from which
   * `outlet` may match (what else it could give back is white space or a lower-case "the"), so
   * the first lead-in followed by an outlet is the whole pattern's first match.
   */
  re: RegExp;
  outlet?: RegExp;
  weight: number;
  /** Literal strings one of which must occur for the pattern to be tried (a cheap pre-check). */
  hints: string[];
}

export const OUTLET_SIGNALS: OutletSignal[] = [
  { re: /^\p{Lu}[\p{L}\p{N} .,'/-]{0,60}?\((\p{Lu}[\p{L}.&]*(?:\s+\p{Lu}[\p{L}.&]*){0,2})\)\s*[-—–]/u, weight: 0.9, hints: ['('] },
  { re: /\b(?:[Ss]peaking|[Ss]poke|[Tt]alking|[Tt]alked)\s+(?:with|to)\s+(?:the\s+)?/gu, outlet: OUTLET_AT, weight: 0.8, hints: ['peak', 'poke', 'alk'] },
  { re: /\binterview\s+(?:with|to|for|given to)\s+(?:the\s+)?/gu, outlet: OUTLET_AT, weight: 0.8, hints: ['interview'] },
  {
    re: /\b(?:shared|expressed|gave)\s+(?:their|his|her)\s+(?:views|thoughts|opinions?|comments?|assessments?)\s+(?:on\s+(?:this|the\s+\w+)\s+)?(?:with|to)\s+/gu,
    outlet: OUTLET_AT,
    weight: 0.7,
    hints: ['shared', 'expressed', 'gave'],
  },
  { re: /\b(?:told|tells)\s+(?:the\s+)?/gu, outlet: OUTLET_AT_CLAUSE_END, weight: 0.5, hints: ['told', 'tells'] },
  { re: /\bwrites?\s+(?:in|for)\s+(?:the\s+)?/gu, outlet: OUTLET_AT, weight: 0.7, hints: ['write'] },
  { re: /\b(?:updates|news|stories|newsletter)\s+from\s+(?:the\s+)?/gu, outlet: OUTLET_AT, weight: 0.6, hints: ['updates from', 'news from', 'stories from', 'newsletter from', 'News from', 'Updates from'] },
  { re: /\bhyperlink\s+to\s+/gu, outlet: OUTLET_AT, weight: 0.5, hints: ['hyperlink'] },
  { re: new RegExp(String.raw`${OUTLET}\s*(?:©|\(c\))`, 'u'), weight: 0.5, hints: ['©', '(c)'] },
  { re: new RegExp(String.raw`(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:the\s+)?${OUTLET}`, 'iu'), weight: 0.5, hints: ['©', '(c)', 'opyright', 'COPYRIGHT'] },
];

/** The outlet a signal names in `text` (its first match), or undefined. */
export function signalOutlet(sig: OutletSignal, text: string): string | undefined {
  const { re: lead, outlet } = sig;
  if (!outlet) return sig.re.exec(text)?.[1];
  lead.lastIndex = 0;
  for (let m = lead.exec(text); m; m = lead.exec(text)) {
    outlet.lastIndex = lead.lastIndex;
    const name = outlet.exec(text)?.[1];
    if (name) return name;
    lead.lastIndex = m.index + 1;
  }
  return undefined;
}

/** The signals with a lead-in, and one pattern matching any of their lead-ins (group k + 1 = lead-in k). */
const LEAD_SIGNALS = OUTLET_SIGNALS.filter((sig) => sig.outlet);
/**
 * No `u` flag: the lead-ins are ASCII words, `\s` and `\b`, which mean the same without it, and
 * V8 scans faster without. The lead-ins start with different words, so at most one of them can
 * match at any position, and the alternation finds the same match there as that signal's own
 * pattern.
 */
const ANY_LEAD_IN = new RegExp(LEAD_SIGNALS.map((sig) => `(${sig.re.source})`).join('|'), 'g');
const LEAD_INDEX = LEAD_SIGNALS.map((sig) => OUTLET_SIGNALS.indexOf(sig));

/**
 * What `signalOutlet` gives for every signal whose hint occurs in `text` (undefined for the
 * others), in OUTLET_SIGNALS order; the first signal only when `first`. One pass over the text
 * finds every signal's lead-ins, instead of one pass per hint and one per signal.
 */
export function outletsBySignal(text: string, first: boolean): (string | undefined)[] {
  const out: (string | undefined)[] = new Array<string | undefined>(OUTLET_SIGNALS.length);
  /** Per signal: 0 not yet asked, 1 hinted, 2 not hinted. */
  const hinted: number[] = new Array<number>(OUTLET_SIGNALS.length).fill(0);
  const isHinted = (n: number): boolean => {
    if (hinted[n] === 0) hinted[n] = (OUTLET_SIGNALS[n] as OutletSignal).hints.some((h) => text.includes(h)) ? 1 : 2;
    return hinted[n] === 1;
  };
  const lead = ANY_LEAD_IN;
  lead.lastIndex = 0;
  for (let m = lead.exec(text); m; m = lead.exec(text)) {
    let k = 0;
    while (m[k + 1] === undefined) k++;
    const n = LEAD_INDEX[k] as number;
    // Until a lead-in of this signal is followed by an outlet, as in `signalOutlet`.
    if (out[n] === undefined && isHinted(n)) {
      const outlet = (OUTLET_SIGNALS[n] as OutletSignal).outlet as RegExp;
      outlet.lastIndex = lead.lastIndex;
      out[n] = outlet.exec(text)?.[1];
    }
    // Every position is tried, as each signal's own pattern would: lead-ins may overlap.
    lead.lastIndex = m.index + 1;
  }
  for (let n = 0; n < OUTLET_SIGNALS.length; n++) {
    const sig = OUTLET_SIGNALS[n] as OutletSignal;
    if (sig.outlet || (n === 0 && !first) || !isHinted(n)) continue;
    out[n] = signalOutlet(sig, text);
  }
  return out;
}

const OUTLET_NOUN = /\s+(?:magazine|newspaper|daily|weekly|journal|website|portal|outlet|agency|news agency)$/i;
const NOT_OUTLET = /^(?:the|a|an|this|that|he|she|they|we|i|it|reporters|journalists|media|press)$/i;

const CAMEL = /(\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})/gu;
/** A brand-like sign-off line: "Caliber.Az". */
const BRAND_LINE = /^\p{Lu}[\p{L}\p{N}]*(?:\.\p{L}{2,})$/u;
/** "Sergey Markedonov, head of …, writes in the Profile magazine" */
const WRITES_IN = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,[^.]{0,200}?,)?\s+(?:writes|wrote|argues)\s+(?:in|for)\b/u;

/** "MassisPost" → "Massis Post" (brand written as one word in a sentence). */
function splitCamel(s: string): string {
  if (/[.\s]/.test(s)) return s;
  return s.replace(CAMEL, '$1 $2');
}

export function detectOutlet(input: MetadataInput): Detected<string> {
  const scores = new Map<string, { name: string; total: number; best: number }>();
  const add = (raw: string, weight: number): void => {
    let name = raw.trim().replace(/[.,;:]+$/, '').replace(OUTLET_NOUN, '');
    name = splitCamel(name);
    if (!name || NOT_OUTLET.test(name) || name.length < 2 || input.isPerson(name)) return;
    const key = name.toLowerCase().replace(/[\s.]/g, '');
    const cur = scores.get(key);
    if (!cur) scores.set(key, { name, total: weight, best: weight });
    else {
      cur.total += weight;
      const better = weight > cur.best || (weight === cur.best && name !== name.toLowerCase() && cur.name === cur.name.toLowerCase());
      if (better) {
        cur.best = weight;
        cur.name = name;
      }
    }
  };
  const { blocks } = input;
  const lastContent = input.classes.lastIndexOf('content');
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    // Related-article teasers carry other outlets' datelines.
    if (b.words > 200 || input.classes[i] === 'related') continue;
    // Outlets are named near the top (lede, dateline) or at the end (sign-off, copyright).
    if (i > input.firstContent + 3 && i < lastContent - 1) continue;
    // "WASHINGTON (Reuters) -" (the first signal) opens the article.
    const names = outletsBySignal(b.text, i === input.firstContent);
    for (let n = 0; n < names.length; n++) {
      const name = names[n];
      if (name) add(name, (OUTLET_SIGNALS[n] as OutletSignal).weight);
    }
  }
  // Sign-offs: a short brand-like line near the end ("Caliber.Az", "News.Az").
  for (let i = Math.max(0, lastContent + 1); i < blocks.length && i <= lastContent + 4; i++) {
    const t = (blocks[i] as Block).text.replace(/^["“«]|["”»]$/g, '').trim();
    if (BRAND_LINE.test(t)) add(t, 0.5);
  }
  let best: { name: string; total: number } | null = null;
  for (const v of scores.values()) if (!best || v.total > best.total) best = v;
  if (!best) return none();
  return { value: best.name, confidence: Math.min(0.95, 0.4 + best.total * 0.5) };
}

export function detectTitle(input: MetadataInput): Detected<string> {
  const { blocks, firstContent, boiler } = input;
  const end = firstContent < 0 ? Math.min(blocks.length, 8) : firstContent;
  for (let i = 0; i < end; i++) {
    const b = blocks[i] as Block;
    const t = b.text;
    if (boiler[i] || b.words < 3 || b.words > 30 || t.length > 250) continue;
    if (isDateLine(t) || isByline(t)) continue;
    if (/[.;,]$/.test(t) && !/\.\.\.$/.test(t)) continue;
    if (b.words > 1 && t === t.toUpperCase()) continue;
    const next = blocks[i + 1];
    const followed = i + 1 === end || (next !== undefined && (isDateLine(next.text) || isByline(next.text)));
    // Markdown headings and emphasis are not part of the title.
    const clean = t.replace(/^#{1,6}\s+/, '').replace(/^(\*\*|__)(.*)\1$/, '$2').replace(/\s+/g, ' ');
    return { value: clean, confidence: followed ? 0.85 : 0.6 };
  }
  return none();
}

export function detectDate(input: MetadataInput): Detected<string> {
  const { blocks, firstContent } = input;
  const headEnd = firstContent < 0 ? Math.min(blocks.length, 10) : firstContent;
  for (let i = 0; i < headEnd; i++) {
    const t = (blocks[i] as Block).text;
    if (t.length > 120) continue;
    const d = findDate(t);
    if (d && isDateLine(t)) return { value: d, confidence: 0.9 };
  }
  for (let i = 0; i < headEnd; i++) {
    const t = (blocks[i] as Block).text;
    const d = t.length <= 200 ? findDate(t) : null;
    if (d) return { value: d, confidence: 0.6 };
  }
  for (const b of blocks) {
    if (b.words <= 12 && /\b(?:published|updated|posted|date)\b/i.test(b.text)) {
      const d = findDate(b.text);
      if (d) return { value: d, confidence: 0.7 };
    }
  }
  return none();
}

export function detectAuthor(input: MetadataInput): Detected<string> {
  const { blocks, firstContent } = input;
  const headEnd = firstContent < 0 ? Math.min(blocks.length, 10) : firstContent;
  for (let i = 0; i < blocks.length; i++) {
    if (i >= headEnd && i < blocks.length - 6) continue;
    const b = blocks[i] as Block;
    if (b.words > 12) continue;
    const m = BYLINE.exec(b.text);
    if (m && m[1]) return { value: nameCase(m[1].trim()), confidence: 0.9 };
  }
  // "Sergey Markedonov, head of …, writes in the Profile magazine."
  const firstParas = blocks.slice(Math.max(0, firstContent), Math.max(0, firstContent) + 3);
  for (const b of firstParas) {
    if (!b.text.includes('writes') && !b.text.includes('wrote') && !b.text.includes('argues')) continue;
    const m = WRITES_IN.exec(b.text);
    if (m && m[1]) return { value: m[1], confidence: 0.7 };
  }
  if (input.isQandA && input.interviewee) return { value: input.interviewee, confidence: 0.5 };
  return none();
}

const OPINION_MARKERS =
  /\b(?:it is time|it's time|let['’]s|let us|we must|we should|one must|should (?:be|have)|must (?:be|not)|in my (?:view|opinion)|I believe|judge for yourself|of course|after all|to be honest|unfortunately|it seems|it would seem|may have been|our (?:relations|relationship|country)|we can recall)\b/gi;

export function detectKind(input: MetadataInput, title: string | null): Detected<SourceKind> {
  if (input.isQandA) return { value: 'interview', confidence: 0.9 };
  if (title && /\binterview\b/i.test(title)) return { value: 'interview', confidence: 0.7 };
  const bodyLen = Math.max(1, input.body.length);
  const share = input.quotedChars / bodyLen;
  let score = 0;
  const headBlocks = input.blocks.slice(0, Math.max(0, input.firstContent));
  const head = headBlocks.map((b) => b.text).join('\n');
  if (/\b(?:opinion|op-ed|column|commentary|editorial|viewpoint|analysis)\b/i.test(head)) score += 0.2;
  if (headBlocks.some((b) => isByline(b.text)) || /\bwrites\s+(?:in|for)\b/.test(input.body.slice(0, 600))) score += 0.2;
  if (share < 0.2) score += 0.3;
  if (share > 0.4) score -= 0.5;
  // Opinion language can only tip the balance when the rest is not already decisive.
  if (score + 0.3 >= 0.5 && score < 0.5) {
    const markers = (input.body.slice(0, 30000).match(OPINION_MARKERS) ?? []).length;
    if (markers >= 2) score += 0.3;
  }
  if (score >= 0.5) return { value: 'op-ed', confidence: Math.min(0.9, 0.4 + score / 2) };
  return { value: 'news', confidence: Math.min(0.9, 0.6 + Math.max(0, -score) / 2) };
}

export function detectMetadata(input: MetadataInput): DetectedMetadata {
  const title = detectTitle(input);
  return {
    title,
    outlet: detectOutlet(input),
    author: detectAuthor(input),
    publishedAt: detectDate(input),
    kind: detectKind(input, title.value),
  };
}
