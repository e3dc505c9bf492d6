import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { stripEventHandlers } from './handlers';
import { domToText } from './toText';
import type { ReducedHtml } from './types';

/**
 * Reduces an HTML page to its article as plain text, without anything in it ever running: the
 * page is parsed with DOMParser into an inert document (no scripts run, no frames or images
 * load, nothing touches the app's document), Readability picks the main content, DOMPurify
 * sanitises it, and only its text is kept.
 */
export function reduceHtml(html: string): ReducedHtml {
  const stripped = stripEventHandlers(html);
  const doc = new DOMParser().parseFromString(stripped.html, 'text/html');
  const removed = { ...countActiveContent(doc), handlers: stripped.removed };
  const meta = readMeta(doc);

  let article: ReturnType<Readability['parse']> = null;
  try {
    // Readability changes the document it reads: give it its own copy, without the site's
    // navigation (on short pages Readability would otherwise keep the menu).
    const copy = doc.cloneNode(true) as Document;
    withoutChrome(copy);
    article = new Readability(copy, { charThreshold: 250 }).parse();
  } catch {
    article = null;
  }
  let body = '';
  let usedReadability = false;
  if (article?.content) {
    body = sanitisedText(article.content);
    usedReadability = body.length > 0;
  }
  if (!usedReadability) {
    // No clear main content: the whole body without the site's navigation and chrome.
    const copy = doc.cloneNode(true) as Document;
    withoutChrome(copy);
    body = sanitisedText(copy.body?.outerHTML ?? '');
  }

  const title = clean(article?.title) ?? meta.title;
  const author = cleanByline(article?.byline) ?? meta.author;
  const outlet = clean(article?.siteName) ?? meta.outlet;
  const publishedAt = isoDate(article?.publishedTime) ?? meta.publishedAt;

  const head: string[] = [];
  if (title && !body.startsWith(title)) head.push(title);
  if (author && !body.slice(0, 400).includes(author)) head.push(`By ${author}`);
  return {
    text: [...head, body].filter(Boolean).join('\n\n'),
    metadata: { title, author, outlet, publishedAt },
    usedReadability,
    removed,
  };
}

/** Removes navigation, site headers and footers (not an article's own header or footer). */
function withoutChrome(doc: Document) {
  const chrome = doc.querySelectorAll(
    'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], header, footer, script, style, noscript, template',
  );
  for (const element of Array.from(chrome)) {
    const tag = element.tagName.toLowerCase();
    if ((tag === 'header' || tag === 'footer') && element.closest('article')) continue;
    element.remove();
  }
}

function sanitisedText(html: string): string {
  const fragment = DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math'],
  });
  return domToText(fragment);
}

function countActiveContent(doc: Document): Omit<ReducedHtml['removed'], 'handlers'> {
  let scriptLinks = 0;
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (
        /^(href|src|action|formaction|xlink:href)$/i.test(attribute.name) &&
        /^\s*(javascript|vbscript):/i.test(attribute.value)
      ) {
        scriptLinks++;
      }
    }
  }
  return {
    scripts: doc.querySelectorAll('script').length,
    frames: doc.querySelectorAll('iframe, frame, object, embed').length,
    scriptLinks,
  };
}

const clean = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
};

function cleanByline(value: string | null | undefined): string | null {
  const text = clean(value)
    ?.replace(/^by\s+/i, '')
    .replace(/\s*[|,]\s*$/, '');
  if (!text || text.length > 120 || /^https?:/i.test(text)) return null;
  return text;
}

/** YYYY-MM-DD from an ISO timestamp or date; null for anything else. */
function isoDate(value: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3]) ? null : match[0];
}

function readMeta(doc: Document): ReducedHtml['metadata'] {
  const content = (selector: string) => clean(doc.querySelector(selector)?.getAttribute('content'));
  const pageTitle = clean(doc.querySelector('title')?.textContent);
  const ogTitle = content('meta[property="og:title"]') ?? content('meta[name="twitter:title"]');
  const outlet =
    content('meta[property="og:site_name"]') ??
    content('meta[name="application-name"]') ??
    // "Headline | Outlet" or "Headline - Outlet"
    (pageTitle && /\s[|–—-]\s/.test(pageTitle) ? clean(pageTitle.split(/\s[|–—-]\s/).pop()) : null);
  return {
    title: ogTitle ?? (pageTitle ? clean(pageTitle.split(/\s[|–—]\s/)[0]) : null),
    author: cleanByline(
      content('meta[name="author"]') ??
        content('meta[property="article:author"]') ??
        clean(doc.querySelector('[rel="author"], [itemprop="author"]')?.textContent),
    ),
    outlet,
    publishedAt: isoDate(
      content('meta[property="article:published_time"]') ??
        content('meta[itemprop="datePublished"]') ??
        content('meta[name="date"]') ??
        content('meta[name="pubdate"]') ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
  };
}
