import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '@core/extract';
import { SimilarityIndex, rankPairs, type ClaimPair } from '@core/similarity';
import { loadManifest, readSeedText } from '../../support/seeds';

/**
 * The real claims the extractor finds in the five bundled articles (the store holds the same ones
 * after the first launch). The downing of the Azerbaijani plane is asserted by Krylov (000),
 * Petrov (002), Kurnosova and Musabayov (003) and, as quoted, Putin (004): the ranking must line
 * those claims up across outlets.
 */
interface SeedClaim {
  id: string;
  sourceId: string;
  text: string;
  speaker: string | null;
}

const claims: SeedClaim[] = [];
let index: SimilarityIndex;

beforeAll(() => {
  for (const seed of loadManifest().seeds) {
    const sourceId = seed.file.slice(0, 3);
    analyzeArticle(readSeedText(seed.file)).claims.forEach((c, i) =>
      claims.push({ id: `${sourceId}#${i}`, sourceId, text: c.text, speaker: c.speaker }),
    );
  }
  index = new SimilarityIndex(claims);
});

const byId = (id: string) => claims.find((c) => c.id === id)!;
/** The plane claim of a speaker in a source: the one that names the aircraft or the airspace. */
function planeClaim(sourceId: string, surname: string, pattern = /plane|aircraft|airspace/i) {
  const found = claims.filter(
    (c) => c.sourceId === sourceId && c.speaker?.includes(surname) && pattern.test(c.text),
  );
  expect(found.length, `${surname} in ${sourceId}`).toBeGreaterThan(0);
  return found;
}

describe('similar claims in the seeds', () => {
  it('finds the plane claim of every speaker the issue names', () => {
    expect(planeClaim('000', 'Krylov')).toHaveLength(1);
    expect(planeClaim('002', 'Petrov').length).toBeGreaterThanOrEqual(1);
    expect(planeClaim('003', 'Kurnosova')).toHaveLength(1);
    expect(planeClaim('003', 'Musabayov')).toHaveLength(1);
    expect(planeClaim('004', 'Putin')).toHaveLength(1);
  });

  it('ranks claims about the downed plane first for each of them, across outlets', () => {
    const plane = new Set(
      [
        ...planeClaim('000', 'Krylov'),
        ...planeClaim('002', 'Petrov'),
        ...planeClaim('003', 'Kurnosova'),
        ...planeClaim('003', 'Musabayov'),
        ...planeClaim('004', 'Putin'),
      ].map((c) => c.id),
    );
    for (const id of plane) {
      const matches = index.similarTo(id, { limit: 3 });
      expect(matches.length, id).toBeGreaterThan(0);
      // The best match is itself about the plane, in another outlet.
      expect(plane.has(matches[0]!.id), `${id} → ${matches[0]!.id}`).toBe(true);
      expect(matches[0]!.sourceId).not.toBe(byId(id).sourceId);
      // And so are at least two of its top three.
      expect(matches.filter((m) => plane.has(m.id)).length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('connects the plane claims of every named outlet into one group through the top matches', () => {
    const speakers = ['Krylov', 'Petrov', 'Kurnosova', 'Musabayov', 'Putin'];
    const sources = ['000', '002', '003', '003', '004'];
    const ids = speakers.map((s, i) => planeClaim(sources[i]!, s)[0]!.id);
    // Union-find over top-3 matches.
    const parent = new Map(claims.map((c) => [c.id, c.id]));
    const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
    for (const id of ids) {
      for (const m of index.similarTo(id, { limit: 3 })) parent.set(find(m.id), find(id));
    }
    expect(new Set(ids.map(find)).size).toBe(1);
  });

  it('explains a match by the words that meet, synonyms included', () => {
    const krylov = planeClaim('000', 'Krylov')[0]!;
    const musabayov = planeClaim('003', 'Musabayov')[0]!;
    const match = index.similarTo(krylov.id, { limit: 10 }).find((m) => m.id === musabayov.id);
    expect(match).toBeDefined();
    const keys = match!.matched.map((m) => m.key);
    expect(keys).toContain('c:aircraft');
    expect(keys).toContain('c:shot-down');
    const aircraft = match!.matched.find((m) => m.key === 'c:aircraft')!;
    expect([aircraft.a, aircraft.b]).toEqual(['airplane', 'aircraft']);
    expect(match!.score).toBeGreaterThan(0.12);
  });

  it('puts a plane pair at the top when Alpha News and Caliber.Az are compared', () => {
    const pairs = rankPairs(index, ['000', '003']);
    const top = pairs[0]!;
    const ends = [byId(top.a), byId(top.b)];
    expect(ends.map((c) => c.sourceId).sort()).toEqual(['000', '003']);
    expect(ends.every((c) => /plane|aircraft|airplane/i.test(c.text))).toBe(true);
    expect(ends.map((c) => c.speaker)).toContain('Alexander Krylov');
  });

  it('pairs only claims of different sources, each pair once, best first', () => {
    const pairs: ClaimPair[] = rankPairs(index, ['000', '001', '002', '003', '004']);
    expect(pairs.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    for (const [i, p] of pairs.entries()) {
      expect(p.aSource).not.toBe(p.bSource);
      const key = [p.a, p.b].sort().join('|');
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      if (i > 0) expect(p.score).toBeLessThanOrEqual(pairs[i - 1]!.score);
      expect(p.matched.length).toBeGreaterThanOrEqual(2);
    }
  });
});
