import { EntitiesView } from './EntitiesView';

/** Route `/outlets`: the publications that carried the claims, with their reliability grades. */
export function OutletsView() {
  return <EntitiesView kind="outlets" />;
}
