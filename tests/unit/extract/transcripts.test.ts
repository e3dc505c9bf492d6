/**
 * A question-and-answer section inside an article, and the lines around it: the article that goes
 * on after the last answer is not more answer, and a site's "follow us" line is page furniture.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/extract/index';

const article = [
  'Halcyon unveils the Lumen Fold 2',
  'By Dana Whitcombe',
  'Halcyon chief executive Marcus Lindqvist took questions from reporters after the keynote in Stockholm on Tuesday, the first time the company has held a launch outside California.',
  'Q: Why keep the price at $1,299 when everything else got better?',
  'A: Because price was the number one complaint. We could have charged more. We decided we would rather sell twice as many.',
  'Q: Is the assistant running entirely on the device?',
  'A: For most things, yes. Summaries, translation and photo edits never leave the phone.',
  'Pre-orders open today in the US, UK and Germany, with shipping starting September 26. Our full review is coming soon.',
  'Follow Techline on Telegram and get the news first!',
].join('\n\n');

describe('a question-and-answer section inside an article', () => {
  const a = analyzeArticle(article);
  const answers = a.claims.filter((c) => c.kind === 'interview');

  it('gives each answer to the interviewee, and nothing after the last one', () => {
    expect(answers.map((c) => c.text.slice(0, 20))).toEqual(['Because price was th', 'For most things, yes']);
    expect(answers.every((c) => c.speaker === 'Marcus Lindqvist')).toBe(true);
  });

  it('leaves the line asking readers to follow the site out of the body, not a sentence about following', () => {
    expect(a.body).not.toContain('Follow Techline on Telegram');
    const story = analyzeArticle(
      'Campaign opens in Leeds\n\nBy Jane Reporter\n\nThe campaign opened in Leeds on Saturday with a rally outside the town hall attended by about 2,000 people.\n\nSupporters were urged to follow the campaign on Twitter for updates on the route of the march.\n\nThe organisers said a second rally would be held next month in Bradford.',
    );
    expect(story.body).toContain('Supporters were urged to follow the campaign on Twitter');
  });
});
