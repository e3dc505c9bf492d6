/** Elements that start a new paragraph. */
const blocks = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
const skipped = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'AUDIO',
  'VIDEO',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
]);

/**
 * The text of a (sanitised, detached) DOM tree, laid out as the page would read: paragraphs
 * separated by a blank line, list items and <br> on their own lines, runs of spaces collapsed,
 * <pre> kept as it is, and <q> given the quotation marks a browser would draw.
 */
export function domToText(root: Node): string {
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];

  const flushLine = () => {
    const text = line.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const flushParagraph = () => {
    flushLine();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const element = node as Element;
    const tag = node.nodeType === 1 ? element.tagName.toUpperCase() : '';
    if (skipped.has(tag)) return;
    if (tag === 'BR') {
      flushLine();
      return;
    }
    if (tag === 'PRE') {
      flushParagraph();
      const text = (element.textContent ?? '').replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
      if (text) paragraphs.push(text);
      return;
    }
    const block = blocks.has(tag);
    if (block) {
      if (tag === 'LI' || tag === 'DT' || tag === 'DD') flushLine();
      else flushParagraph();
    }
    if (tag === 'TD' || tag === 'TH') line += ' ';
    if (tag === 'Q') line += '“';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (tag === 'Q') line += '”';
    if (block) {
      if (tag === 'LI' || tag === 'DT' || tag === 'DD') flushLine();
      else flushParagraph();
    }
  };
  walk(root);
  flushParagraph();
  return paragraphs.join('\n\n');
}
