/**
 * HTML input without changing offsets: tags, comments, scripts and styles are blanked out with
 * spaces (block-level tags become a line break), and character references are replaced by their
 * character padded with spaces. The result has exactly the length of the input, so every offset
 * found in it is an offset into the original HTML.
 */

const BLOCK_TAGS = /^<\/?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|nav|aside|figure|figcaption|table|tr|td|th|hr|title|main|dl|dt|dd|pre)\b/i;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘',
  rsquo: '’', laquo: '«', raquo: '»', bdquo: '„', sbquo: '‚', lsaquo: '‹', rsaquo: '›', mdash: '—',
  ndash: '–', hellip: '…', copy: '©',
};

/** Looks like an HTML document (not just text that mentions a tag). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  if (/<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head)) return true;
  const tags = text.slice(0, 20000).match(/<\/?(?:p|div|span|a|br|h\d|li|ul|body|html|script|meta)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

function blank(len: number, block: boolean): string {
  if (len <= 0) return '';
  return block ? `\n${' '.repeat(len - 1)}` : ' '.repeat(len);
}

export function maskHtml(html: string): string {
  const out: string[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const amp = html.indexOf('&', i);
    const next = Math.min(lt < 0 ? n : lt, amp < 0 ? n : amp);
    if (next > i) out.push(html.slice(i, next));
    if (next >= n) break;
    i = next;
    if (html[i] === '<') {
      const lower = html.slice(i, i + 10).toLowerCase();
      let end: number;
      if (lower.startsWith('<!--')) {
        const e = html.indexOf('-->', i + 4);
        end = e < 0 ? n : e + 3;
      } else if (lower.startsWith('<script') || lower.startsWith('<style')) {
        const name = lower.startsWith('<script') ? '</script' : '</style';
        const e = html.toLowerCase().indexOf(name, i + 1);
        const close = e < 0 ? -1 : html.indexOf('>', e);
        end = close < 0 ? n : close + 1;
      } else if (/^<[a-z/!?]/i.test(lower)) {
        const e = html.indexOf('>', i + 1);
        end = e < 0 ? n : e + 1;
      } else {
        out.push('<');
        i++;
        continue;
      }
      out.push(blank(end - i, BLOCK_TAGS.test(lower) || lower.startsWith('<script') || lower.startsWith('<style')));
      i = end;
      continue;
    }
    // A character reference.
    const m = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/i.exec(html.slice(i, i + 12));
    if (!m) {
      out.push('&');
      i++;
      continue;
    }
    let ch: string | undefined;
    if (m[1] || m[2]) {
      const cp = m[1] ? Number(m[1]) : parseInt(m[2] as string, 16);
      ch = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
    } else ch = NAMED[(m[3] as string).toLowerCase()];
    if (ch === undefined || ch.length > m[0].length) {
      out.push(m[0]);
    } else {
      // Opening marks keep touching the word after them, everything else the word before.
      const pad = ' '.repeat(m[0].length - ch.length);
      // A straight quote opens when a word follows it directly ("&quot;This").
      const after = html.charCodeAt(i + m[0].length);
      const opening = /[“‘«‹„‚]/.test(ch) || ((ch === '"' || ch === "'") && after > 32 && !/[\s,.;:!?)]/.test(html[i + m[0].length] ?? ' '));
      out.push(opening ? pad + ch : ch + pad);
    }
    i += m[0].length;
  }
  return out.join('');
}
