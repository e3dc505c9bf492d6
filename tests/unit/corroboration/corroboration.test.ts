import { describe, expect, it } from 'vitest';
import {
  independent,
  suggestStatus,
  type EvidenceClaim,
  type EvidenceLink,
} from '@core/corroboration';

const names = {
  outlet: (id: string | null) =>
    ({ alpha: 'Alpha News', caliber: 'Caliber.Az', newsaz: 'News.Az', profile: 'Profile' })[
      id ?? ''
    ] ?? '?',
  speaker: (id: string | null) =>
    ({ krylov: 'Krylov', musabayov: 'Musabayov', petrov: 'Petrov', putin: 'Putin' })[id ?? ''] ??
    '?',
};
const claim = (
  claimId: string,
  speakerId: string | null,
  outletId: string | null,
): EvidenceClaim => ({
  claimId,
  speakerId,
  outletId,
});
const krylov = claim('k', 'krylov', 'alpha');
const link = (relation: EvidenceLink['relation'], other: EvidenceClaim): EvidenceLink => ({
  relation,
  other,
});

describe('suggestStatus', () => {
  it('is unverified with no links, and says what to do', () => {
    const s = suggestStatus(krylov, [], names);
    expect(s.status).toBe('unverified');
    expect(s.reason).toMatch(/No linked claims/);
  });

  it('is corroborated by a claim from another outlet and another speaker', () => {
    const s = suggestStatus(
      krylov,
      [link('corroborates', claim('m', 'musabayov', 'caliber'))],
      names,
    );
    expect(s.status).toBe('corroborated');
    expect(s.independent).toEqual(['k', 'm']);
    expect(s.reason).toBe(
      'Asserted independently by Krylov (Alpha News) and Musabayov (Caliber.Az): 2 outlets and 2 speakers, none repeating another.',
    );
  });

  it('does not count the same speaker elsewhere, or another speaker in the same outlet', () => {
    const again = suggestStatus(
      krylov,
      [link('corroborates', claim('k2', 'krylov', 'newsaz'))],
      names,
    );
    expect(again.status).toBe('unverified');
    expect(again.reason).toMatch(/same speaker saying it again/);
    const sameOutlet = suggestStatus(
      krylov,
      [link('corroborates', claim('p', 'petrov', 'alpha'))],
      names,
    );
    expect(sameOutlet.status).toBe('unverified');
    expect(sameOutlet.reason).toMatch(/same outlet/);
  });

  it('counts two corroborating claims that are independent of each other', () => {
    const s = suggestStatus(
      krylov,
      [
        link('corroborates', claim('k2', 'krylov', 'newsaz')),
        link('corroborates', claim('p', 'petrov', 'alpha')),
      ],
      names,
    );
    expect(s.status).toBe('corroborated');
    expect(s.independent.sort()).toEqual(['k2', 'p']);
  });

  it('never counts same-statement repeats as independent', () => {
    const s = suggestStatus(
      krylov,
      [
        link('same-statement', claim('r1', 'krylov', 'caliber')),
        link('same-statement', claim('r2', 'musabayov', 'profile')),
      ],
      names,
    );
    expect(s.status).toBe('unverified');
    expect(s.repeats).toEqual(['r1', 'r2']);
    expect(s.reason).toMatch(/repeats of the same statement/);
  });

  it('is disputed as soon as a claim contradicts it, even when corroborated too', () => {
    const s = suggestStatus(
      krylov,
      [
        link('corroborates', claim('m', 'musabayov', 'caliber')),
        link('contradicts', claim('pu', 'putin', 'profile')),
      ],
      names,
    );
    expect(s.status).toBe('disputed');
    expect(s.reason).toMatch(/^Contradicted by Putin \(Profile\)\. It is also corroborated/);
    expect(s.contradicting).toEqual(['pu']);
  });

  it('ignores rejected claims and needs known speakers and outlets to judge independence', () => {
    const rejected = { ...claim('m', 'musabayov', 'caliber'), rejected: true };
    expect(suggestStatus(krylov, [link('contradicts', rejected)], names).status).toBe('unverified');
    const anonymous = claim('a', null, 'alpha');
    const s = suggestStatus(
      anonymous,
      [link('corroborates', claim('m', 'musabayov', 'caliber'))],
      names,
    );
    expect(s.status).toBe('unverified');
    expect(s.reason).toMatch(/speaker is unknown/);
    expect(independent(claim('x', 'a', null), claim('y', 'b', 'o'))).toBe(false);
  });
});
