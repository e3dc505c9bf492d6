import type { EntityKind } from '../../db/entities';
import { formatCount } from '../../lib/numbers';

/** The words each screen uses for its entries. */
export const entityWords = {
  speakers: {
    one: 'speaker',
    many: 'speakers',
    title: 'Speakers',
    param: 'speaker',
    empty:
      'No speakers yet. Speakers are added when you import articles, and when you attribute a claim to a new speaker in the claim inspector.',
  },
  outlets: {
    one: 'outlet',
    many: 'outlets',
    title: 'Outlets',
    param: 'outlet',
    empty:
      'No outlets yet. Outlets are added when you import articles, from the publication each one names.',
  },
} satisfies Record<EntityKind, Record<string, string>>;

export const count = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;
