import type { Credibility } from './model';

/** Admiralty (NATO) information credibility, 1–6, with the standard meanings. */
export const credibilityScale: { value: Credibility; label: string; description: string }[] = [
  {
    value: 1,
    label: 'Confirmed',
    description: 'Confirmed by other independent sources; logical; consistent.',
  },
  {
    value: 2,
    label: 'Probably true',
    description: 'Not confirmed; logical; consistent with other information.',
  },
  {
    value: 3,
    label: 'Possibly true',
    description: 'Not confirmed; reasonably logical; agrees with some information.',
  },
  {
    value: 4,
    label: 'Doubtful',
    description: 'Not confirmed; possible but not logical; no other information.',
  },
  {
    value: 5,
    label: 'Improbable',
    description: 'Not confirmed; not logical; contradicted by other information.',
  },
  {
    value: 6,
    label: 'Cannot be judged',
    description: 'No basis exists for evaluating the validity of the information.',
  },
];
