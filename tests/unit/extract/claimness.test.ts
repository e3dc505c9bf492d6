/**
 * Quoted words that are names or labels, not anyone's words: a project's title-case name, what
 * something "has been dubbed a …", a quote the next words call a nickname. And the partial quotes
 * next to them that stay claims.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/extract/index';

const quotedIn = (body: string): string[] =>
  analyzeArticle(`Peace talks resume in the region\n\nBy Jane Reporter\n\nThe talks resumed on Tuesday after a pause of three months, officials from both countries said.\n\n${body}\n`)
    .claims.filter((c) => c.kind !== 'indirect')
    .map((c) => c.text);

describe('names and labels in quotes', () => {
  it('leaves out a title-case name with small words in it', () => {
    const body = 'Yerevan, meanwhile, continues to promote its "Crossroads of Peace" project across the region, the minister Ara Petrosyan said on Monday.';
    expect(quotedIn(body)).not.toContain('Crossroads of Peace');
  });

  it('leaves out what someone has dubbed a thing, but keeps what they called it without an article', () => {
    const dubbed = 'Shipments per day dropped 7.5%, chief executive Kira Holt said. The industry has been stuck for three years in what executives have dubbed a "freight recession," as retailers cut their orders.';
    expect(quotedIn(dubbed).some((t) => t.startsWith('freight recession'))).toBe(false);
    const called = 'Governor Anna Reyes praised lawmakers for delivering what she called "long overdue relief."';
    expect(quotedIn(called).some((t) => t.startsWith('long overdue relief'))).toBe(true);
  });

  it('leaves out a quote the next words call a nickname', () => {
    const body = 'Armenian media have taken to calling France Yerevan\'s « European godmother », a nickname that irritates some officials in Paris.';
    expect(quotedIn(body)).not.toContain('European godmother');
    const words = 'Opposition leader Tom Hale called the ruling "the wrong decision" and said he would appeal it in the high court.';
    expect(quotedIn(words)).toContain('the wrong decision');
  });

  it('leaves out the title-case name a noun before it names, even when a speech verb follows', () => {
    const body = 'Tamta Kvirikashvili, director general of the opposition-leaning broadcaster “Arkhi TV,” said her channel would challenge the law in court.';
    expect(quotedIn(body)).not.toContain('Arkhi TV,');
    expect(quotedIn(body).some((t) => t.startsWith('Arkhi TV'))).toBe(false);
  });

  it('keeps what one person called something, a phrase they repeated, and short answers (cases a review of these rules found)', () => {
    const has = (body: string, start: string): boolean => quotedIn(body).some((t) => t.startsWith(start));
    expect(has('Opposition leader Tom Hale condemned what he called a "cynical betrayal." He said he would appeal.', 'cynical betrayal')).toBe(true);
    expect(has('Opposition leader Tom Hale called the plan "a disaster", a phrase he repeated three times on Tuesday.', 'a disaster')).toBe(true);
    expect(has('Mayor Anna Hill said the vote on the new budget would be held "in January." Her office confirmed the date.', 'in January')).toBe(true);
    expect(has('Asked which countries would join first, Mayor Anna Hill said: "Ukraine and Moldova."', 'Ukraine and Moldova')).toBe(true);
  });
});

