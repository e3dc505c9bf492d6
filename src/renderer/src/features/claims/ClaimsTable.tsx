import { ClaimsView, type ClaimsViewProps } from './table/ClaimsView';

/**
 * The claims table under its former name, until the app's routes use ClaimsView
 * (features/claims/table) directly.
 */
export function ClaimsTable(props: ClaimsViewProps) {
  return <ClaimsView {...props} />;
}
