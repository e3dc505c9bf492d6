/**
 * Decides which blocks are article text and which are page furniture: menus, social links,
 * language switchers, share/follow prompts, comment forms, related-article lists, counters,
 * captions and credits. Works from general signals (length, punctuation, position, runs of
 * short lines, common boilerplate shapes), not from any one site's strings.
 */
import type { Block } from './blocks';
import { SPACE, unitClass } from './chars';

export type BlockClass =
  | 'content' // running text
  | 'heading' // a short line inside the article (sub-heading)
  | 'head' // before the article starts (title, date, byline, menus)
  | 'tail' // after the article ends
  | 'boiler' // page furniture anywhere
  | 'caption' // photo caption or credit
  | 'related'; // related-article list

export interface Classified {
  classes: BlockClass[];
  /** Index of the first / last running-text block, or -1. */
  firstContent: number;
  lastContent: number;
  /** Blocks with a boilerplate shape (menus, prompts, counters), wherever they are. */
  boiler: boolean[];
}

/**
 * Ends like a sentence: `/[.!?…:;]["”’»'“‘›)\]]*$|[.!?]\s*["”’»'“‘›]$/.test(t)`, scanned from the end
 * (an end-anchored regex tries every start position).
 */
export function isTerminal(t: string): boolean {
  const n = t.length;
  let i = n - 1;
  while (i >= 0 && isCloser(t.charCodeAt(i), true)) i--;
  if (i >= 0) {
    const c = t.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3a || c === 0x3b) return true;
  }
  // [.!?]\s*["”’»]$
  if (n >= 2 && isQuoteCloser(t.charCodeAt(n - 1))) {
    let j = n - 2;
    while (j >= 0 && (unitClass(t.charCodeAt(j)) & SPACE) !== 0) j--;
    if (j >= 0) {
      const c = t.charCodeAt(j);
      if (c === 0x2e || c === 0x21 || c === 0x3f) return true;
    }
  }
  return false;
}

/**
 * Closing quote marks: " ” ’ », the ASCII ' of British single quotes, and “ ‘ › that close
 * German „…“, ‚…‘ and French-Swiss ‹…›. A paragraph that ends in a quote is a sentence.
 */
function isQuoteCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x203a;
}

/** ["”’»)] and, with `bracket`, also ]. */
function isCloser(c: number, bracket: boolean): boolean {
  return isQuoteCloser(c) || c === 0x29 || (bracket && c === 0x5d);
}

/** Ends in an ellipsis: `/(?:…|\.\.\.)["”’»'“‘›)]*$/.test(t)`. */
export function endsWithEllipsis(t: string): boolean {
  let i = t.length - 1;
  while (i >= 0 && isCloser(t.charCodeAt(i), false)) i--;
  if (i < 0) return false;
  if (t.charCodeAt(i) === 0x2026) return true;
  return i >= 2 && t.charCodeAt(i) === 0x2e && t.charCodeAt(i - 1) === 0x2e && t.charCodeAt(i - 2) === 0x2e;
}

const SOCIAL =
  /\b(?:facebook|twitter|instagram|youtube|telegram|whatsapp|linkedin|tiktok|pinterest|reddit|vkontakte|vk|odnoklassniki|rss|viber|skype|mastodon|threads|flipboard|apple store|app store|play market|google play|google news)\b/i;

const MENU_WORD =
  /^(?:share|tweet|print|e-?mail|copy link|save|like|follow|subscribe|comments?|reply|menu|search|home|login|log in|sign in|sign up|register|loading|ads?|advertisement|sponsored|close|back to top|top|next|previous|prev|more|read more|see more|show more|load more|all news|news feed|contacts?|about us|archive|video|photos?|podcasts?|newsletters?|a\+|a-|a|night_theme|dark mode|light mode)\b/i;

/**
 * Boilerplate shapes. The alternatives that start at a word boundary share one `\b` (the same
 * language as `\bshare …|\bliked …|…`, tested about twice as fast: the boundary is checked once
 * per position instead of once per alternative).
 */
const BOILER_PHRASE = new RegExp(
  [
    String.raw`\b(?:` +
      [
        String.raw`share (?:it|this|on)\b`,
        String.raw`liked the (?:story|article)\b`,
        String.raw`follow us\b`,
        String.raw`subscribe (?:to|for|now)\b`,
        String.raw`sign up (?:for|to)\b`,
        String.raw`newsletters?\b`,
        String.raw`get notified\b`,
        String.raw`leave a (?:reply|comment)\b`,
        String.raw`your email address\b`,
        String.raw`required fields\b`,
        String.raw`all rights reserved\b`,
        String.raw`copyright\b`,
        String.raw`any use of (?:the )?materials?\b`,
        String.raw`hyperlink to\b`,
        String.raw`cookies?\b.*\b(?:accept|use|policy)\b`,
        String.raw`privacy policy\b`,
        String.raw`terms of (?:use|service)\b`,
        String.raw`download (?:the|our) app\b`,
        String.raw`click here\b`,
        String.raw`posted in\b`,
        String.raw`filed under\b`,
        String.raw`what are you looking for\b`,
        String.raw`skip to (?:main )?content\b`,
        String.raw`toggle navigation\b`,
        String.raw`sponsored content\b`,
        String.raw`comments? (?:are )?closed\b`,
        String.raw`javascript\b`,
        String.raw`exclusive interviews with\b`,
      ].join('|') +
      ')',
    '©',
    String.raw`\(c\)\s*\d{4}`,
    String.raw`^views?\s*:?\s*[\d\s,.]+$`,
    String.raw`^[\d\s,.]+\s*views?$`,
    // A line that asks the reader to follow the site: "Follow AzNIA on Telegram and get the news first!"
    String.raw`^(?:follow|join) (?:\S+ ){1,3}on (?:telegram|twitter|x|facebook|instagram|youtube|whatsapp|linkedin|tiktok|threads|bluesky)\b`,
    // "Join our Space Forums to keep talking space", "Join us for …"
    String.raw`^join (?:us|our)\b`,
    String.raw`^tags?\s*:`,
    String.raw`^categor(?:y|ies)\s*:`,
  ].join('|'),
  'i',
);

const RELATED_HEADER =
  /^(?:you (?:may|might) also like|related(?: (?:articles?|news|posts?|stories|content|topics|coverage))?|read (?:also|more|next)|also read|more (?:news|stories|on this|from [\w .]+|in [\w .]+)|recommended(?: for you)?|most (?:read|popular|viewed|shared)|latest(?: news| stories)?|see also|trending(?: now)?|popular(?: posts| news| now)?|other news|top stories|editor'?s picks?|don'?t miss|what to read next)\s*:?$/i;

const CAPTION =
  /\b(?:photo|photograph|image|picture|illustration|video|footage|graphic)s?\s*(?::|credit\b|courtesy\b|by\b)|^(?:photo|image|credit|source|illustration)s?\s*:|\((?:photo|image|credit)[^)]*\)\s*$|\b(?:Getty Images|AP Photo|AFP|Reuters|EPA|Shutterstock|TASS|Sputnik|Xinhua|Anadolu)(?:\s*\/\s*[\p{L} .]+)?\s*$/iu;

const LANG_CODE =
  /^(?:en|eng|ru|rus|arm|am|hy|az|aze|de|deu|ger|fr|fra|fre|es|esp|tr|tur|ua|uk|ukr|ge|ka|geo|ar|ara|fa|per|zh|cn|ja|jp|it|ita|pt|por|pl|pol|kk|kz|uz|ky|tj|tg|ro|bg|sr|hr|cs|sk|hu|el|he|nl|sv|no|da|fi|english|русский|deutsch|français|español|türkçe|italiano|português|polski|українська|azərbaycanca|հայերեն|ქართული|عربي|العربية|中文)$/i;

/** A byline or credit line: "By JANE DOE", "Interview by Laura Chen", "Reporting by X; Editing by Y". */
const BYLINE_SHAPE = /^(?:(?:[Ii]nterview|[Tt]ext|[Ww]ords|[Ss]tory|[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting|[Cc]ompiled|[Pp]hotos?)\s+)?(?:[Bb]y|BY)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s*(?:,|;|and|\||–|—|-)\s*.*)?$/u;

type Script = 'latin' | 'cyrillic' | 'other' | 'none';

/** Letters counted by script: [latin, cyrillic, other]. */
type ScriptCounts = [number, number, number];

function scriptOfCounts([latin, cyr, other]: ScriptCounts): Script {
  const max = Math.max(latin, cyr, other);
  if (max === 0) return 'none';
  return max === latin ? 'latin' : max === cyr ? 'cyrillic' : 'other';
}

function isBoilerShape(b: Block, docScript: Script, terminal: boolean): boolean {
  const t = b.text;
  if (b.words <= 30 && BOILER_PHRASE.test(t)) return true;
  if (b.words <= 5 && SOCIAL.test(t)) return true;
  if (b.words <= 4 && MENU_WORD.test(t) && !terminal) return true;
  if (b.words <= 3 && t.split(/[\s|/,•·]+/).every((w) => w === '' || LANG_CODE.test(w))) return true;
  if (/^[\d\s.,:;|/+\-–—%()]*$/.test(t)) return true; // counters, bare numbers
  if (b.words <= 10 && BYLINE_SHAPE.test(t)) return true; // "By Omar Haddad", "Reporting by …; Editing by …"
  if (b.words <= 8 && /\s[|•·]\s|^[|•·]|[|•·]$/.test(t)) return true; // breadcrumbs, link lists
  if (b.words <= 3 && /\w[_]\w|^[a-z]+-[a-z]+[A-Z]/.test(t)) return true; // css-ish tokens
  if (b.words <= 6) {
    const s = scriptOfCounts([b.latin, b.cyrillic, b.otherScript]);
    if (s !== 'none' && docScript !== 'none' && s !== docScript) return true;
  }
  return false;
}

/** Cheap pre-check before the caption pattern. */
const CAPTION_HINT = /[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture|[Ii]llustration|[Vv]ideo|[Ff]ootage|[Gg]raphic|[Cc]redit|[Ss]ource|Getty|AP|AFP|Reuters|EPA|Shutterstock|TASS|Sputnik|Xinhua|Anadolu/;

function isCaption(b: Block): boolean {
  if (b.words > 60) return false;
  // Credits sit at the start ("Photo: …") or the end ("… Photo: TASS", "(AP Photo/…)").
  const t = b.text.length > 120 ? `${b.text.slice(0, 40)} … ${b.text.slice(-80)}` : b.text;
  return CAPTION_HINT.test(t) && CAPTION.test(t);
}

export function classifyBlocks(blocks: Block[]): Classified {
  const n = blocks.length;
  // The script of a sample of running text: blocks of 8+ words until 4000 characters are seen
  // (counted block by block: no concatenated sample to scan).
  const counts: ScriptCounts = [0, 0, 0];
  let sampled = 0;
  for (const b of blocks) {
    if (b.words < 8) continue;
    counts[0] += b.latin;
    counts[1] += b.cyrillic;
    counts[2] += b.otherScript;
    sampled += b.text.length;
    if (sampled > 4000) break;
  }
  const docScript = scriptOfCounts(counts);
  const classes: BlockClass[] = new Array<BlockClass>(n).fill('content');
  // Per block, computed once: ends like a sentence; is running text (a sentence of some
  // length that ends like one, not in an ellipsis).
  const terminal: boolean[] = new Array<boolean>(n);
  const sentence: boolean[] = new Array<boolean>(n);
  const boiler: boolean[] = new Array<boolean>(n);
  const caption: boolean[] = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const b = blocks[i] as Block;
    const term = isTerminal(b.text);
    terminal[i] = term;
    sentence[i] = b.words >= 8 && term && !endsWithEllipsis(b.text);
    boiler[i] = isBoilerShape(b, docScript, term);
    caption[i] = !boiler[i] && isCaption(b);
  }

  let firstContent = -1;
  let lastContent = -1;
  for (let i = 0; i < n; i++) {
    const b = blocks[i] as Block;
    if (boiler[i] || caption[i]) continue;
    if (sentence[i] || (b.words >= 4 && /^["“„«‘'–—-]/.test(b.text) && terminal[i])) {
      if (firstContent < 0) firstContent = i;
      lastContent = i;
    }
  }

  // Related-article lists: a header, then headlines and teasers.
  const related: boolean[] = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const b = blocks[i] as Block;
    if (b.words > 8 || !RELATED_HEADER.test(b.text.replace(/[\s:]+$/, ''))) continue;
    related[i] = true;
    let j = i + 1;
    for (; j < n; j++) {
      const c = blocks[j] as Block;
      const teaser = endsWithEllipsis(c.text) || (!terminal[j] && c.words <= 20) || boiler[j];
      if (!teaser) break;
      related[j] = true;
    }
    if (lastContent >= i && lastContent < j) {
      // The list ran to the last "content" block: the article ended before the header.
      lastContent = -1;
      for (let k = i - 1; k >= 0; k--) {
        if (!boiler[k] && !caption[k] && !related[k] && sentence[k]) {
          lastContent = k;
          break;
        }
      }
    }
    i = j - 1;
  }

  // Runs of three or more short lines are menus or link lists.
  const inShortRun: boolean[] = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && (blocks[j] as Block).words <= 4 && !terminal[j]) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) inShortRun[k] = true;
    i = j > i ? j : i + 1;
  }

  for (let i = 0; i < n; i++) {
    if (firstContent < 0) classes[i] = boiler[i] || caption[i] ? 'boiler' : 'content'; // a snippet, not a page
    else if (i < firstContent) classes[i] = 'head';
    else if (i > lastContent) classes[i] = 'tail';
    else if (boiler[i]) classes[i] = 'boiler';
    else if (caption[i]) classes[i] = 'caption';
    else if (related[i]) classes[i] = 'related';
    else if (inShortRun[i]) classes[i] = 'boiler';
    else if (!sentence[i] && !terminal[i]) classes[i] = 'heading';
    else classes[i] = 'content';
  }
  return { classes, firstContent, lastContent, boiler };
}

/** Blocks the reader shows. */
export function isKept(c: BlockClass): boolean {
  return c === 'content' || c === 'heading';
}
