import { EntitiesView } from './EntitiesView';

/** Route `/speakers`: who said the claims, with merges of the same person under two names. */
export function SpeakersView() {
  return <EntitiesView kind="speakers" />;
}
