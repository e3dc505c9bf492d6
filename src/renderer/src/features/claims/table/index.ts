export { ClaimsView, type ClaimsViewProps } from './ClaimsView';
export {
  useClaimQuery,
  useClaimQueryState,
  useClaimStore,
  useQueryResult,
  useSearchHits,
} from './hooks';
export { getClaimStore, type ClaimStore } from './claimStore';
