/**
 * Removes event-handler attributes (onload, onerror, onclick, …) from the tags of an HTML text
 * before it is parsed. This is not what keeps imported pages from running: they are parsed into
 * inert documents (nothing in them ever runs) and sanitised by DOMPurify. It keeps Chromium from
 * reporting every handler it sees while parsing as a Content-Security-Policy violation.
 *
 * A small scanner, not a regex over the whole text: only attributes inside tags are touched
 * (quoted values are skipped as a unit), so the article's words are never changed.
 */
export function stripEventHandlers(html: string): { html: string; removed: number } {
  const out: string[] = [];
  let removed = 0;
  const n = html.length;
  let i = 0;
  let last = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const first = html.charCodeAt(lt + 1);
    const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    if (!letter) {
      i = lt + 1;
      continue;
    }
    // The tag name.
    let j = lt + 1;
    while (j < n && !/[\s/>]/.test(html[j]!)) j++;
    // Attributes, up to the tag's closing '>' (quotes respected).
    while (j < n && html[j] !== '>') {
      const c = html[j]!;
      if (/[\s/]/.test(c)) {
        j++;
        continue;
      }
      const start = j;
      while (j < n && !/[\s/>=]/.test(html[j]!)) j++;
      const name = html.slice(start, j);
      let k = j;
      while (k < n && /\s/.test(html[k]!)) k++;
      if (html[k] === '=') {
        k++;
        while (k < n && /\s/.test(html[k]!)) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, k + 1);
          k = close < 0 ? n : close + 1;
        } else {
          while (k < n && !/[\s>]/.test(html[k]!)) k++;
        }
        j = k;
      }
      if (/^on/i.test(name)) {
        out.push(html.slice(last, start));
        last = j;
        removed++;
      }
      if (j === start) j++;
    }
    i = j + 1;
  }
  out.push(html.slice(last));
  return { html: out.join(''), removed };
}
