import { Badge, Box, Divider, Group, Kbd, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { EvidencePanel } from './EvidencePanel';
import { LinkClaimSearch } from './LinkClaimSearch';
import { relations } from './relations';
import { SimilarClaims } from './SimilarClaims';
import { SuggestedStatus } from './SuggestedStatus';
import { useClaimEvidence } from './useClaimEvidence';

/**
 * The status the claim's links suggest, with the reason, to sit right under the editor's own
 * status select in the inspector (it never changes that status by itself).
 */
export function ClaimSuggestedStatus({ claimId }: { claimId: string }) {
  const evidence = useClaimEvidence(claimId);
  if (!evidence) return null;
  return (
    <Box mt="xs">
      <SuggestedStatus
        claimId={claimId}
        current={evidence.claim.status}
        suggestion={evidence.suggested}
      />
    </Box>
  );
}

/**
 * The inspector's links section: the suggested status (unless shown elsewhere), the evidence
 * panel (every linked claim at either end, with relation, outlet, speaker and status), linking by
 * search, and similar claims to confirm into links in one keystroke.
 */
export function ClaimLinksSection({
  claimId,
  showSuggestion = true,
}: {
  claimId: string;
  showSuggestion?: boolean;
}) {
  const evidence = useClaimEvidence(claimId);
  const linkedIds = useMemo(
    () => new Set((evidence?.entries ?? []).map((e) => e.other.id)),
    [evidence],
  );
  if (!evidence) return null;
  const { claim, entries, suggested } = evidence;
  const counts = relations
    .map((r) => ({ r, n: entries.filter((e) => e.link.relation === r.id).length }))
    .filter((x) => x.n > 0);
  return (
    <Stack gap="sm" data-testid="claim-links">
      <Divider label="Links and corroboration" labelPosition="left" />
      {showSuggestion && (
        <SuggestedStatus claimId={claim.id} current={claim.status} suggestion={suggested} />
      )}
      <div>
        <Group justify="space-between" mb={6}>
          <Text size="sm" fw={600}>
            Evidence{entries.length > 0 ? ` · ${entries.length}` : ''}
          </Text>
          <Group gap={4}>
            {counts.map(({ r, n }) => (
              <Badge
                key={r.id}
                size="xs"
                variant="light"
                color={r.color}
                leftSection={<r.icon size={10} />}
              >
                {n}
              </Badge>
            ))}
          </Group>
        </Group>
        <EvidencePanel entries={entries} />
      </div>
      <LinkClaimSearch claimId={claim.id} linkedIds={linkedIds} />
      <div>
        <Group justify="space-between" mb={6} wrap="nowrap">
          <Text size="sm" fw={600}>
            Similar claims
          </Text>
          <Text size="xs" c="dimmed">
            focus one, then <Kbd size="xs">C</Kbd> <Kbd size="xs">X</Kbd> <Kbd size="xs">S</Kbd>
          </Text>
        </Group>
        <SimilarClaims claim={claim} linkedIds={linkedIds} />
      </div>
    </Stack>
  );
}
