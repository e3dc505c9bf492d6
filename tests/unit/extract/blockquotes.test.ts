/**
 * Quotes without quote marks in Markdown and e-mail: a paragraph opened by ">" (a newsletter's
 * blockquote), attributed by the colon introduction before it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/extract/index';

const newsletter = [
  '# The port that everyone wants to open',
  'The government said on Monday that the tender for the deep-sea port would be decided by spring, after two years of delays.',
  'As the economist Tamar Beridze put it:',
  '> The problem was never the sand or the money. It was that nobody wanted to own the "risk" of it.',
  'The watchdog Open Contracts published its analysis of the tender the same day.',
  '> The documents were published in one language only, for eleven days.',
  '>',
  '> None of this is necessarily illegal.',
  '>> A reply quoted twice over stays out.',
].join('\n\n');

describe('blockquotes', () => {
  const a = analyzeArticle(newsletter);
  const direct = a.claims.filter((c) => c.kind === 'direct');

  it('makes each quoted paragraph a claim, without its ">" and across a bare ">" line', () => {
    expect(direct.map((c) => c.text)).toEqual([
      'The problem was never the sand or the money. It was that nobody wanted to own the "risk" of it.',
      'The documents were published in one language only, for eleven days.',
      'None of this is necessarily illegal.',
    ]);
    for (const c of direct) expect(newsletter.slice(c.start, c.end)).toBe(c.text);
  });

  it('gives a blockquote to the person the colon introduction names', () => {
    expect(direct[0]?.speaker).toBe('Tamar Beridze');
  });
});

describe('what a ">" line is not', () => {
  it('reads "> 50" as "more than", not a quote', () => {
    const text = 'Water cuts hit the east\n\nBy Jane Reporter\n\nThe water company cut supplies to three districts on Monday after a main burst near the river.\n\n> 50 households said they had no water for more than a day.';
    expect(analyzeArticle(text).claims.filter((c) => c.kind === 'direct')).toEqual([]);
  });
});
