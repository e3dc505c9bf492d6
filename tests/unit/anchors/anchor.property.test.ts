/**
 * Property tests of claim anchoring (TextPosition + TextQuote): an anchored claim finds its own
 * words again after edits elsewhere in the text; once its words are gone it is orphaned, and it is
 * never drawn over other words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorMatches, segmentText, stepBoundary } from '../../../src/core/anchors';
import { anchorFor } from '../../../src/renderer/src/db/import/prepare';

/** Article-like text: words, quotes, Cyrillic, line breaks, astral and lone surrogate halves. */
const text = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'Q', ' ', 'ж', 'ё', '.', ',') },
    fc.constantFrom('“', '”', '"', '\n', '\r\n', '\t', '😀', '\ud800', 'é', 'e\u0301'),
  ),
  minLength: 1,
  maxLength: 120,
});

/** A text and a non-empty span of it. */
const anchored = text.chain((t) =>
  fc
    .tuple(fc.nat(t.length - 1), fc.nat(t.length - 1))
    .map(([a, b]) => ({ text: t, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
);

/** Replaces [from, to) of `t` with `insert`. */
const splice = (t: string, from: number, to: number, insert: string) =>
  t.slice(0, from) + insert + t.slice(to);

/** What the reader draws: claims whose anchor holds their words, cut into highlighted runs. */
function highlighted(
  t: string,
  claims: { id: string; quote: string; anchor: ReturnType<typeof anchorFor> }[],
) {
  const shown = claims.filter((c) => anchorMatches(t, c.anchor, c.quote));
  const segments = segmentText(
    t.length,
    shown.map((c) => ({ id: c.id, start: c.anchor.start, end: c.anchor.end })),
  );
  const drawn = new Map<string, string>();
  for (const s of segments) {
    for (const id of s.markIds) drawn.set(id, (drawn.get(id) ?? '') + t.slice(s.start, s.end));
  }
  return { shown: new Set(shown.map((c) => c.id)), drawn };
}

describe('property: anchoring claims', { timeout: 30_000 }, () => {
  it('an anchor holds exactly its words, with up to 32 characters of context either side', () => {
    fc.assert(
      fc.property(anchored, ({ text: t, start, end }) => {
        const anchor = anchorFor(t, start, end);
        expect(anchorMatches(t, anchor, t.slice(start, end))).toBe(true);
        expect(anchor.prefix).toBe(t.slice(Math.max(0, start - 32), start));
        expect(anchor.suffix).toBe(t.slice(end, end + 32));
        expect(t.slice(start - anchor.prefix.length, end + anchor.suffix.length)).toBe(
          anchor.prefix + t.slice(start, end) + anchor.suffix,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('edits after the claim leave it anchored on the same words, drawn over exactly them', () => {
    fc.assert(
      fc.property(anchored, fc.nat(), fc.nat(), text, (span, a, b, insert) => {
        const { text: t, start, end } = span;
        const quote = t.slice(start, end);
        const anchor = anchorFor(t, start, end);
        const room = t.length - end;
        const from = end + (a % (room + 1));
        const to = from + (b % (t.length - from + 1));
        const edited = splice(t, from, to, insert);
        const { shown, drawn } = highlighted(edited, [{ id: 'c', quote, anchor }]);
        expect(shown.has('c')).toBe(true);
        expect(drawn.get('c')).toBe(quote);
      }),
      { numRuns: 300 },
    );
  });

  it('re-anchoring by word steps after edits elsewhere keeps the claim on words of the text', () => {
    const steps = fc.array(
      fc.tuple(
        fc.constantFrom('start' as const, 'end' as const),
        fc.constantFrom('widen' as const, 'narrow' as const),
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(anchored, text, steps, (span, tail, moves) => {
        // An edit far after the claim (appended text) does not change where its words are.
        const edited = span.text + tail;
        let quote = span.text.slice(span.start, span.end);
        let anchor = anchorFor(span.text, span.start, span.end);
        for (const [edge, step] of moves) {
          expect(anchorMatches(edited, anchor, quote)).toBe(true);
          const next = stepBoundary(edited, anchor, edge, step);
          anchor = anchorFor(edited, next.start, next.end);
          quote = edited.slice(next.start, next.end);
          expect(anchorMatches(edited, anchor, quote)).toBe(true);
          expect(quote.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('once its words are gone the claim is orphaned, never drawn over other text', () => {
    fc.assert(
      fc.property(anchored, fc.nat(), text, (span, shift, other) => {
        const { text: t, start, end } = span;
        const quote = t.slice(start, end);
        const anchor = anchorFor(t, start, end);
        // The quoted words replaced by other text (an edit inside the claim, or the paragraph
        // rewritten), and the text before it shortened or lengthened.
        let edited = splice(t, start, end, other);
        edited =
          shift % 2 ? `${'x'.repeat(shift % 7)}${edited}` : edited.slice(shift % (start + 1));
        const gone = !edited.includes(quote);
        const { shown, drawn } = highlighted(edited, [{ id: 'c', quote, anchor }]);
        if (gone) {
          expect(shown.has('c')).toBe(false);
          expect(drawn.has('c')).toBe(false);
        } else if (shown.has('c')) {
          // Still shown only where the very same words stand at its recorded position.
          expect(edited.slice(anchor.start, anchor.end)).toBe(quote);
          expect(drawn.get('c')).toBe(quote);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('several claims on one text are each drawn over their own words or not at all', () => {
    const claims = anchored.chain((span) =>
      fc
        .array(fc.tuple(fc.nat(span.text.length - 1), fc.nat(span.text.length - 1)), {
          minLength: 1,
          maxLength: 5,
        })
        .map((pairs) => ({ text: span.text, pairs })),
    );
    fc.assert(
      fc.property(claims, text, fc.nat(), ({ text: t, pairs }, insert, at) => {
        const list = pairs.map(([a, b], i) => {
          const start = Math.min(a, b);
          const end = Math.max(a, b) + 1;
          return { id: `c${i}`, quote: t.slice(start, end), anchor: anchorFor(t, start, end) };
        });
        const cut = at % (t.length + 1);
        const edited = splice(t, cut, cut, insert);
        const { shown, drawn } = highlighted(edited, list);
        for (const c of list) {
          const survives = insert.length === 0 || c.anchor.end <= cut;
          if (survives) expect(shown.has(c.id)).toBe(true);
          if (shown.has(c.id)) expect(drawn.get(c.id)).toBe(c.quote);
        }
      }),
      { numRuns: 200 },
    );
  });
});
