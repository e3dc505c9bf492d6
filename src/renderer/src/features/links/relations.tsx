import { IconCheck, IconEqual, IconX, type Icon } from '@tabler/icons-react';
import type { LinkRelation } from '@shared/model';

export interface RelationMeta {
  id: LinkRelation;
  label: string;
  /** How a claim at the other end reads: "corroborates", "contradicts", "repeats". */
  verb: string;
  color: string;
  icon: Icon;
  /** The one key that confirms a suggestion as this relation. */
  key: 'c' | 'x' | 's';
  description: string;
}

export const relations: RelationMeta[] = [
  {
    id: 'corroborates',
    label: 'Corroborates',
    verb: 'corroborates',
    color: 'green',
    icon: IconCheck,
    key: 'c',
    description: 'Another speaker or outlet asserts the same thing.',
  },
  {
    id: 'contradicts',
    label: 'Contradicts',
    verb: 'contradicts',
    color: 'red',
    icon: IconX,
    key: 'x',
    description: 'It asserts the opposite.',
  },
  {
    id: 'same-statement',
    label: 'Same statement',
    verb: 'repeats',
    color: 'indigo',
    icon: IconEqual,
    key: 's',
    description: 'The same words, repeated in another outlet: not independent.',
  },
];

export const relationMeta = (id: LinkRelation): RelationMeta =>
  relations.find((r) => r.id === id) ?? relations[0]!;

/** The relation a key confirms (c, x, s, any case), or null. */
export const relationForKey = (key: string): LinkRelation | null =>
  relations.find((r) => r.key === key.toLowerCase())?.id ?? null;
