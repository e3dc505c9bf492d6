/** A span to highlight in a text: [start, end) with the id of what it marks. */
export interface Mark {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by the same marks; `markIds` is innermost (shortest) first. */
export interface Segment {
  start: number;
  end: number;
  markIds: string[];
}

/**
 * Cuts `length` characters into runs at every mark boundary, so overlapping or nested marks can be
 * drawn as flat spans. Marks outside the text are clipped; empty marks are ignored.
 */
export function segmentText(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  const open: typeof valid = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) open.push(byStart[next++]!);
    for (let j = open.length - 1; j >= 0; j--) if (open[j]!.end <= start) open.splice(j, 1);
    const covering = open
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, markIds: covering.map((m) => m.id) });
  }
  return segments;
}
