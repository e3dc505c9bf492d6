import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorMatches, segmentText } from '../../../src/core/anchors';

describe('segmentText', () => {
  it('cuts at every boundary and lists the innermost mark first', () => {
    const segments = segmentText(10, [
      { id: 'outer', start: 1, end: 8 },
      { id: 'inner', start: 3, end: 5 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 1, markIds: [] },
      { start: 1, end: 3, markIds: ['outer'] },
      { start: 3, end: 5, markIds: ['inner', 'outer'] },
      { start: 5, end: 8, markIds: ['outer'] },
      { start: 8, end: 10, markIds: [] },
    ]);
  });

  it('clips marks to the text and ignores empty ones', () => {
    expect(
      segmentText(4, [
        { id: 'a', start: -3, end: 2 },
        { id: 'b', start: 3, end: 3 },
      ]),
    ).toEqual([
      { start: 0, end: 2, markIds: ['a'] },
      { start: 2, end: 4, markIds: [] },
    ]);
  });

  it('always tiles the whole text, each position covered by exactly the marks over it', () => {
    const mark = fc.record({
      id: fc.uuid(),
      start: fc.integer({ min: -5, max: 60 }),
      end: fc.integer({ min: -5, max: 60 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.array(mark, { maxLength: 8 }),
        (length, marks) => {
          const segments = segmentText(length, marks);
          let position = 0;
          for (const segment of segments) {
            expect(segment.start).toBe(position);
            expect(segment.end).toBeGreaterThan(segment.start);
            position = segment.end;
            const expected = marks
              .filter(
                (m) =>
                  Math.max(0, m.start) <= segment.start &&
                  Math.min(length, m.end) >= segment.end &&
                  m.end > m.start,
              )
              .map((m) => m.id)
              .sort();
            expect([...segment.markIds].sort()).toEqual(expected);
          }
          expect(position).toBe(length);
        },
      ),
    );
  });
});

describe('anchorMatches', () => {
  it('accepts the exact words at the position and refuses anything else', () => {
    const text = 'The minister said prices will fall.';
    const start = text.indexOf('prices');
    const anchor = { start, end: start + 6, prefix: '', suffix: '' };
    expect(anchorMatches(text, anchor, 'prices')).toBe(true);
    expect(anchorMatches(text, anchor, 'Prices')).toBe(false);
    expect(anchorMatches(text.replace('prices', 'wages'), anchor, 'prices')).toBe(false);
    expect(anchorMatches('short', anchor, 'prices')).toBe(false);
  });
});
