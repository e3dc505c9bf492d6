/** Corroboration statuses are configuration; these are the defaults of the design notes. */
export interface StatusDefinition {
  id: string;
  label: string;
  /** A Mantine colour name, so both themes get a readable shade. */
  color: string;
  description: string;
}

export const defaultStatuses: StatusDefinition[] = [
  {
    id: 'unverified',
    label: 'Unverified',
    color: 'gray',
    description: 'Not checked yet, or no evidence either way.',
  },
  {
    id: 'corroborated',
    label: 'Corroborated',
    color: 'green',
    description: 'Independent sources confirm it.',
  },
  {
    id: 'partly-corroborated',
    label: 'Partly corroborated',
    color: 'teal',
    description: 'Some of it is confirmed; some is not.',
  },
  {
    id: 'disputed',
    label: 'Disputed',
    color: 'orange',
    description: 'Credible sources contradict it.',
  },
  { id: 'refuted', label: 'Refuted', color: 'red', description: 'Shown to be false.' },
  {
    id: 'not-checkable',
    label: 'Not checkable (opinion)',
    color: 'grape',
    description: 'An opinion or prediction: nothing to verify.',
  },
];

export const defaultStatusId = 'unverified';
