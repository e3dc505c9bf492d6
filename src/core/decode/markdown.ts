/**
 * Markdown to the plain text the extractor reads: the words stay, the markup goes (heading marks,
 * emphasis, link targets, images, code fences, HTML tags). Nothing is rendered, so nothing in the
 * file can run.
 */
export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      fence = fence === null ? fenceMatch[1]!.slice(0, 3) : null;
      continue;
    }
    if (fence !== null) {
      out.push(line);
      continue;
    }
    // Reference-style link definitions ("[1]: https://…") are not article text.
    if (/^\s{0,3}\[[^\]]+\]:\s+\S+/.test(line)) continue;
    // Setext underlines and horizontal rules carry no words.
    if (/^\s{0,3}(?:[-=_*]\s*){3,}$/.test(line)) {
      out.push('');
      continue;
    }
    let text = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s{0,3}(?:>\s?)+/, '')
      .replace(/^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '$1');
    text = inline(text);
    out.push(text);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function inline(text: string): string {
  return (
    text
      // Images go; links keep their words.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      // Inline HTML tags (their text stays).
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/`([^`]+)`/g, '$1')
      // Emphasis: ** __ * _ ~~ around words (not inside words such as snake_case).
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      // Backslash escapes.
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')
  );
}
