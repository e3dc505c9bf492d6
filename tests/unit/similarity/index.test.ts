import { describe, expect, it } from 'vitest';
import {
  SimilarityIndex,
  extractFeatures,
  rankPairs,
  stem,
  suggestForSource,
} from '@core/similarity';

const keys = (text: string) => extractFeatures(text).map((f) => f.key);

describe('stem', () => {
  it('meets inflections and British spellings at one stem', () => {
    expect(stem('investigations')).toBe(stem('investigation'));
    expect(stem('relations')).toBe(stem('relation'));
    expect(stem('organised')).toBe(stem('organized'));
    expect(stem('responding')).toBe(stem('responds'));
    expect(stem('promise')).toBe('promis');
  });
});

describe('extractFeatures', () => {
  it('maps synonyms to one concept and phrases like "shot down" too', () => {
    expect(keys('The airliner was shot down.')).toEqual(['c:aircraft', 'c:shot-down']);
    expect(keys('a plane that crashed')).toEqual(['c:aircraft', 'c:shot-down']);
    expect(keys('Putin apologised; he had apologized')).toContain('c:apology');
  });

  it('keeps names, places (demonyms too) and dates apart from plain words', () => {
    const features = extractFeatures(
      'On December 25, 2024 the Azerbaijani plane came down near Aktau, said Vladimir Putin.',
    );
    const byKey = new Map(features.map((f) => [f.key, f]));
    expect(byKey.get('d:12-25')?.kind).toBe('date');
    expect(byKey.get('d:2024')?.kind).toBe('date');
    expect(byKey.get('p:azerbaijan')?.surface).toBe('Azerbaijani');
    expect(byKey.get('p:aktau')?.kind).toBe('place');
    expect(byKey.get('n:putin')?.kind).toBe('name');
    expect(byKey.get('n:vladimir')?.kind).toBe('name');
  });

  it('skips function words, reporting verbs and -ly adverbs', () => {
    expect(keys('He said that it was clearly and obviously the case')).toEqual([]);
  });

  it('records which sentences hold each term', () => {
    const features = extractFeatures('Moscow denied it. Baku insisted. Moscow again.');
    expect(features.find((f) => f.key === 'p:moscow')?.sentences).toBe(0b101);
    expect(features.find((f) => f.key === 'p:baku')?.sentences).toBe(0b010);
  });

  it('does not break sentences after initials and titles', () => {
    const features = extractFeatures('Mr. Aliyev spoke. J. Smith answered.');
    expect(features.find((f) => f.key === 'n:aliyev')?.sentences).toBe(1);
    expect(features.find((f) => f.key === 'n:smith')?.sentences).toBe(2);
  });
});

const docs = [
  {
    id: 'a1',
    sourceId: 'A',
    text: 'The Azerbaijani airliner was shot down over Grozny by air defence.',
  },
  { id: 'a2', sourceId: 'A', text: 'Trade between the countries grew by a third last year.' },
  {
    id: 'b1',
    sourceId: 'B',
    text: 'An Azerbaijani aircraft was downed near Grozny, officials admit.',
  },
  {
    id: 'b2',
    sourceId: 'B',
    text: 'Bilateral trade grew strongly, by a third, the ministry reports.',
  },
  { id: 'c1', sourceId: 'C', text: 'Football results from the weekend league matches.' },
  { id: 'c2', sourceId: 'C', text: 'The plane crashed near Grozny after being hit.' },
];

describe('SimilarityIndex', () => {
  it('finds the claims of other sources that assert the same thing', () => {
    const index = new SimilarityIndex(docs);
    const matches = index.similarTo('a1');
    expect(matches.map((m) => m.id)).toEqual(['b1', 'c2']);
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
    expect(matches[0]!.matched.map((m) => m.key)).toEqual(
      expect.arrayContaining(['c:aircraft', 'c:shot-down', 'p:grozny', 'p:azerbaijan']),
    );
    expect(index.similarTo('a2').map((m) => m.id)).toEqual(['b2']);
    expect(index.similarTo('c1')).toEqual([]);
  });

  it('takes any text as a query, and keeps to the sources asked for', () => {
    const index = new SimilarityIndex(docs);
    const query = { id: 'q', sourceId: 'Q', text: 'Grozny: the airliner was shot down.' };
    expect(
      index
        .similarTo(query)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['a1', 'b1', 'c2']);
    expect(index.similarTo(query, { onlySources: new Set(['B']) }).map((m) => m.id)).toEqual([
      'b1',
    ]);
    expect(
      index.similarTo(query, { excludeSources: new Set(['A', 'C']) }).map((m) => m.id),
    ).toEqual(['b1']);
  });

  it('follows edits: removed claims vanish, re-worded ones are re-indexed', () => {
    const index = new SimilarityIndex(docs);
    index.remove('b1');
    expect(index.size).toBe(5);
    expect(index.similarTo('a1').map((m) => m.id)).toEqual(['c2']);
    index.add({ id: 'c2', sourceId: 'C', text: 'Weather: rain over the weekend.' });
    expect(index.similarTo('a1')).toEqual([]);
    index.add({ id: 'b1', sourceId: 'B', text: 'The airliner was shot down over Grozny.' });
    expect(index.similarTo('a1').map((m) => m.id)).toEqual(['b1']);
    expect(index.claimsOf('B').sort()).toEqual(['b1', 'b2']);
  });

  it('stays right after many removals (the pools are compacted)', () => {
    const index = new SimilarityIndex();
    for (let i = 0; i < 3000; i++) {
      index.add({
        id: `x${i}`,
        sourceId: `s${i % 7}`,
        text: `Filler claim number ${i} about harvests, rainfall and grain prices in Kansas`,
      });
    }
    index.add(docs[0]!);
    index.add(docs[2]!);
    for (let i = 0; i < 3000; i++) index.remove(`x${i}`);
    expect(index.size).toBe(2);
    expect(index.similarTo('a1').map((m) => m.id)).toEqual(['b1']);
    index.add({ id: 'x1', sourceId: 'C', text: 'The airliner crashed over Grozny' });
    expect(
      index
        .similarTo('a1')
        .map((m) => m.id)
        .sort(),
    ).toEqual(['b1', 'x1']);
  });

  it('scores a long quote by its best sentence when one sentence carries the match', () => {
    const long = {
      id: 'long',
      sourceId: 'L',
      text:
        'Relations have cooled for many reasons, including trade quarrels, visas and gas transit fees. ' +
        'It all started with an airliner that was shot down over Grozny. ' +
        'Since then diplomats have skipped ceremonies, and historians argue about borders drawn in 1920.',
    };
    // An archive where planes are rare: a term in a quarter of all claims does not count as shared.
    const filler = Array.from({ length: 20 }, (_, i) => ({
      id: `f${i}`,
      sourceId: 'F',
      text: `Report number ${i} about harvests and rainfall.`,
    }));
    const index = new SimilarityIndex([...docs, ...filler, long]);
    const match = index.similarTo('b1').find((m) => m.id === 'long');
    expect(match?.passage).toEqual({ a: 0, b: 1 });
    expect(match!.matched[0]!.inPassage).toBe(true);
  });
});

describe('pairs across sources', () => {
  it('rankPairs lines up the selected sources only; suggestForSource searches the whole index', () => {
    const index = new SimilarityIndex(docs);
    const pairs = rankPairs(index, ['A', 'B']);
    expect(pairs.map((p) => [p.a, p.b].sort().join('-'))).toEqual(['a1-b1', 'a2-b2']);
    const forA = suggestForSource(index, 'A');
    expect(forA.map((p) => p.b)).toEqual(expect.arrayContaining(['b1', 'b2', 'c2']));
    expect(forA.every((p) => p.aSource === 'A' && p.bSource !== 'A')).toBe(true);
  });
});

describe('after edits', () => {
  it('scores the same whether lengths were worked out in full or only for the changed claims', () => {
    const filler = Array.from({ length: 300 }, (_, i) => ({
      id: `f${i}`,
      sourceId: `F${i % 9}`,
      text: `Report ${i} on harvests, rainfall and grain prices in region ${i % 17}.`,
    }));
    const edited = new SimilarityIndex([...docs, ...filler]);
    edited.warm();
    edited.add({
      id: 'n1',
      sourceId: 'N',
      text: 'Grozny: the airliner was shot down, officials admit.',
    });
    edited.remove('f3');
    const fresh = new SimilarityIndex([
      ...docs,
      ...filler.filter((f) => f.id !== 'f3'),
      { id: 'n1', sourceId: 'N', text: 'Grozny: the airliner was shot down, officials admit.' },
    ]);
    const a = edited.similarTo('n1');
    const b = fresh.similarTo('n1');
    expect(a.map((m) => m.id)).toEqual(b.map((m) => m.id));
    a.forEach((m, i) => expect(m.score).toBeCloseTo(b[i]!.score, 2));
  });
});
