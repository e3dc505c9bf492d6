/**
 * A question-and-answer section inside an article, and the lines around it: the article that goes
 * on after the last answer is not more answer, and a site's "follow us" line is page furniture.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/extract/index';
import type { Block } from '../../../src/core/extract/blocks';
import { findSpeechBy } from '../../../src/core/extract/interview';

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

describe('a briefing transcript labelled with courtesy titles and names in capitals', () => {
  const briefing = [
    'Department Press Briefing – March 3, 2026',
    'Spokesperson Nadia Ferreira-Holt opened the briefing with two announcements and was joined by Tomasz Wierzbicki, Deputy Assistant Secretary for European Affairs, who took questions on the grain corridor.',
    'MS. FERREIRA-HOLT: Good afternoon. Two things at the top.',
    'First, the talks in Vienna ended yesterday with an agreement on the inspection regime, and we welcome the progress both delegations reported.',
    'MR. WIERZBICKI: Thank you, Nadia. I was in Odesa last week, and the port is working at roughly two thirds of its capacity.',
    'QUESTION: Is the inspection regime going to cover the river ports as well?',
    'MR. WIERZBICKI: Not in the first phase. The river ports come later, once the inspectors are in place at sea.',
    'QUESTION: Just a follow-up on the timeline for that, if you have one.',
    'MS. FERREIRA-HOLT: We are not going to put a date on it from this podium today.',
  ].join('\n\n');

  it('gives the statements before the first question, and every answer, to the person on its label', () => {
    const answers = analyzeArticle(briefing).claims.filter((c) => c.kind === 'interview');
    expect(answers.map((c) => [c.speaker, c.text.slice(0, 23)])).toEqual([
      ['Nadia Ferreira-Holt', 'Good afternoon. Two thi'],
      ['Nadia Ferreira-Holt', 'First, the talks in Vie'],
      ['Tomasz Wierzbicki', 'Thank you, Nadia. I was'],
      ['Tomasz Wierzbicki', 'Not in the first phase.'],
      ['Nadia Ferreira-Holt', 'We are not going to put'],
    ]);
  });
});

describe('a podcast transcript with times before its labels', () => {
  const podcast = [
    'THE LEDGER · Episode 12',
    'Host Ruth Adebayo talks to Carlos Mendoza Ruiz, a freight economist, and to Ingrid van den Berg of the port authority.',
    '[00:00:10] HOST: Welcome back. Carlos, is the rate slump over?',
    '[00:00:18] CARLOS MENDOZA RUIZ: [laughs] Not yet. Rates are still falling on the Asia to Europe lanes, and carriers keep adding ships.',
    '[00:01:02] HOST: Ingrid, what are you seeing at the quay?',
    '[00:01:09] INGRID VAN DEN BERG: Fewer calls, but bigger ships. Our volumes are flat while the number of calls fell by a tenth.',
  ].join('\n\n');

  it('reads the label after the time, leaves the host out and the stage direction off', () => {
    const answers = analyzeArticle(podcast).claims.filter((c) => c.kind === 'interview');
    expect(answers.map((c) => [c.speaker, c.text.slice(0, 18)])).toEqual([
      ['Carlos Mendoza Ruiz', 'Not yet. Rates are'],
      ['Ingrid van den Berg', 'Fewer calls, but b'],
    ]);
  });
});

describe('a ministry briefing: statements under headings, then answers labelled with the name in mixed case', () => {
  const briefing = [
    'Briefing by Foreign Ministry Spokeswoman Valeriya Ostrovskaya, Moscow, March 5, 2025',
    'On the Days of Russian Culture in Laos',
    'We are pleased to announce the Days of Russian Culture in Laos, with concerts and exhibitions for all ages.',
    'The programme will be held in Vientiane and Luang Prabang from March 12 to 16, and entry is free.',
    'Answers to media questions:',
    'Question: How do you assess Armenia\'s participation in the CSTO?',
    'Valeriya Ostrovskaya: Armenia is a full member of the Collective Security Treaty Organisation, and we proceed from that.',
    'Question: And the EU mission in Armenia?',
    'Valeriya Ostrovskaya: We view it negatively, and we have never hidden that assessment from our partners.',
  ].join('\n\n');

  it('gives each statement and each answer to the spokeswoman, not to a place named before', () => {
    const said = analyzeArticle(briefing).claims.filter((c) => c.kind === 'interview');
    expect(said.map((c) => [c.speaker, c.text.slice(0, 20)])).toEqual([
      ['Valeriya Ostrovskaya', 'We are pleased to an'],
      ['Valeriya Ostrovskaya', 'The programme will b'],
      ['Valeriya Ostrovskaya', 'Armenia is a full me'],
      ['Valeriya Ostrovskaya', 'We view it negativel'],
    ]);
  });

  it('reads no transcript into a headline about remarks, nor into a story under a "Speech by" headline', () => {
    const story = analyzeArticle('Remarks by Trump draw criticism\n\nBy Jane Reporter\n\nThe remarks drew criticism from both parties on Monday, and the White House declined to comment on them.');
    expect(story.claims.filter((c) => c.kind === 'interview')).toEqual([]);
    const speech = analyzeArticle(
      'Speech by Prime Minister Keir Starmer at Labour conference draws union anger\n\nBy Jane Reporter\n\nUnion leaders reacted angrily on Tuesday after the prime minister ruled out any change to the pay offer for public sector workers.\n\nStarmer told delegates that the government would not be "blown off course" by strikes this winter.',
    );
    expect(speech.claims.filter((c) => c.kind === 'interview')).toEqual([]);
    expect(speech.claims.find((c) => c.text === 'blown off course')?.speaker).toMatch(/Starmer$/);
  });
});

describe('whose transcript a page is, from its head', () => {
  const speechBy = (line: string) => findSpeechBy([{ text: line } as Block], 0);

  it('reads the person after the titles, or an organisation', () => {
    expect(speechBy('Briefing by Foreign Ministry Spokeswoman Valeriya Ostrovskaya, Moscow, March 5, 2025')).toEqual({ name: 'Valeriya Ostrovskaya', role: 'Foreign Ministry Spokeswoman', isOrg: false });
    expect(speechBy('Remarks by President Biden at the Summit')).toEqual({ name: 'Biden', role: 'President', isOrg: false });
    expect(speechBy('Remarks by Antony J. Blinken, Secretary of State')).toEqual({ name: 'Antony J. Blinken', role: null, isOrg: false });
    expect(speechBy('Statement by the Ministry of Foreign Affairs on the situation in the region')).toEqual({ name: 'Ministry of Foreign Affairs', role: null, isOrg: true });
  });

  it('reads nothing into a headline or a title without a name', () => {
    expect(speechBy('Remarks by Trump draw criticism')).toBeNull();
    expect(speechBy('Remarks by the Secretary-General to the Security Council')).toBeNull();
  });
});

describe('what a transcript label or time is not', () => {
  it('reads no transcript into a live blog whose entries open with a bare time', () => {
    const blog = [
      'Budget 2026 live: Reeves sets out her plans',
      '14:02 Opposition: Who will pay for the new spending on defence and the health service?',
      '14:05 Rachel Reeves told MPs that the new spending would be paid for by closing tax loopholes.',
      '14:09 Opposition: And what about the promise not to raise taxes on working people?',
      '14:12 The Office for Budget Responsibility said growth would be 1.1% next year, down from its last forecast.',
    ].join('\n\n');
    expect(analyzeArticle(blog).claims.filter((c) => c.kind === 'interview')).toEqual([]);
  });

  it('names no one for a label that names no one', () => {
    const transcript = [
      'Protest in the square',
      'Reporter Anna Berg spoke to people at the protest outside parliament on Saturday evening.',
      'BERG: Why are you here tonight?',
      'UNIDENTIFIED MALE: We will not go back to the way things were before the election, not after this.',
      'BERG: And what happens next?',
      'OLGA PETRENKO: We come back every night until the government listens to what people are saying.',
    ].join('\n\n');
    const answers = analyzeArticle(transcript).claims.filter((c) => c.kind === 'interview');
    expect(answers.map((c) => c.speaker)).toEqual([null, 'Olga Petrenko']);
  });
});
