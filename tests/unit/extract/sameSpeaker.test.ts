import { describe, expect, it } from 'vitest';
import { analyzeArticle, proposeSameSpeakers } from '../../../src/core/extract/index';
import { readSeed } from './helpers';

const pair = (ps: ReturnType<typeof proposeSameSpeakers>, a: string, b: string) => ps.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));

describe('proposeSameSpeakers', () => {
  const speakers = [
    { id: 's1', name: 'Rasim Musabayov', role: 'Azerbaijani MP and political analyst' },
    { id: 's2', name: 'Rasim Musabekov', role: 'Azerbaijani MP' },
    { id: 's3', name: 'Alexander Krylov', role: 'political scientist' },
    { id: 's4', name: 'Krylov' },
    { id: 's5', name: 'Vladimir Putin', role: 'President of Russia' },
    { id: 's6', name: 'Vladimir Zelensky', role: 'President of Ukraine' },
    { id: 's7', name: 'Ilham Aliyev' },
    { id: 's8', name: 'Heydar Aliyev' },
    { id: 's9', name: 'Sergei Lavrov', role: 'Foreign Minister' },
    { id: 's10', name: 'Sergey Lavrov', role: 'Russian foreign minister' },
    { id: 's11', name: 'Olga Kurnosova', role: 'political analyst' },
    { id: 's12', name: 'Olga Kurnosova', role: 'Editor-in-Chief of After Empire' },
    { id: 's13', name: 'V. Putin' },
    { id: 's14', name: 'Maria Zakharova' },
  ];
  const proposals = proposeSameSpeakers(speakers);

  it('proposes transliteration variants of a surname with a score', () => {
    const p = pair(proposals, 's1', 's2');
    expect(p).toBeDefined();
    expect(p?.score).toBeGreaterThanOrEqual(0.7);
    expect(p?.score).toBeLessThan(1);
    expect(p?.reason).toMatch(/translit|variant/);
    expect(pair(proposals, 's9', 's10')?.score).toBeGreaterThanOrEqual(0.9);
  });

  it('proposes a short form of a full name', () => {
    expect(pair(proposals, 's3', 's4')?.reason).toMatch(/short form/);
    expect(pair(proposals, 's5', 's13')).toBeDefined();
  });

  it('proposes the same name with a different role', () => {
    const p = pair(proposals, 's11', 's12');
    expect(p?.score).toBeGreaterThanOrEqual(0.95);
    expect(p?.reason).toMatch(/different role/);
  });

  it('does not propose people who only share a first name or a surname', () => {
    expect(pair(proposals, 's5', 's6')).toBeUndefined();
    expect(pair(proposals, 's7', 's8')).toBeUndefined();
    expect(pair(proposals, 's3', 's5')).toBeUndefined();
    expect(pair(proposals, 's1', 's11')).toBeUndefined();
    expect(pair(proposals, 's14', 's5')).toBeUndefined();
  });

  it('uses aliases', () => {
    const ps = proposeSameSpeakers([
      { id: 'a', name: 'R. Musabayov', aliases: ['Rasim Musabayov'] },
      { id: 'b', name: 'Rasim Musabekov' },
    ]);
    expect(ps).toHaveLength(1);
  });

  it('links the speakers the extractor finds across two seeds', () => {
    const a = analyzeArticle(readSeed('003_ff115c9a54fb5bb6.txt')).speakers;
    const b = analyzeArticle(readSeed('004_91ccc6a7fbaa0cfe.txt')).speakers;
    const records = [...a.map((s, i) => ({ id: `a${i}`, name: s.name, role: s.role })), ...b.map((s, i) => ({ id: `b${i}`, name: s.name, role: s.role }))];
    const ps = proposeSameSpeakers(records);
    const names = ps.map((p) => [records.find((r) => r.id === p.a)?.name, records.find((r) => r.id === p.b)?.name].sort().join(' = '));
    expect(names).toContain('Rasim Musabayov = Rasim Musabekov');
  });
});
