export { ClaimLinksSection, ClaimSuggestedStatus } from './ClaimLinksSection';
export { getClaimArchive, useClaimArchive, type ArchiveClaim } from './claimArchive';
export { relationForKey, relationMeta, relations } from './relations';
