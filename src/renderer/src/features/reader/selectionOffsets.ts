/**
 * Text offsets of the current DOM selection inside `container`, whose pieces of text each sit in an
 * element carrying `data-start` (its offset in the source text). Null when nothing is selected there.
 */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const start = pointOffset(range.startContainer, range.startOffset);
  const end = pointOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function pointOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const base = node.parentElement?.closest<HTMLElement>('[data-start]')?.dataset.start;
    return base === undefined ? null : Number(base) + offset;
  }
  // The point sits between child nodes: use the start of the child after it (or the end of the last).
  const element = node as HTMLElement;
  const child = element.childNodes[offset];
  if (child) {
    const target = child.nodeType === Node.TEXT_NODE ? child.parentElement : (child as HTMLElement);
    const start =
      target?.closest<HTMLElement>('[data-start]')?.dataset.start ??
      (target as HTMLElement | null)?.dataset?.start;
    if (start !== undefined) return Number(start);
  }
  const last = element.lastElementChild as HTMLElement | null;
  if (last?.dataset.start !== undefined)
    return Number(last.dataset.start) + (last.textContent?.length ?? 0);
  return null;
}
