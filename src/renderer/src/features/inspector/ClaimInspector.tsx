import {
  Anchor,
  Badge,
  Blockquote,
  Button,
  CloseButton,
  Divider,
  Group,
  Kbd,
  Select,
  Spoiler,
  Stack,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconTrash, IconX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { forwardRef } from 'react';
import { Link } from 'wouter';
import { anchorMatches } from '@core/anchors';
import { credibilityScale } from '@shared/admiralty';
import type { Credibility } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';
import { useStatuses } from '../../lib/useStatuses';
import { StatusSelect } from '../claims/StatusSelect';
import { ClaimLinksSection, ClaimSuggestedStatus } from '../links';
import { useClaimActions } from '../claims/useClaimActions';
import { BoundaryControls } from './BoundaryControls';
import { ClaimHistory } from './ClaimHistory';
import { NoteEditor } from './NoteEditor';
import { SpeakerPicker } from './SpeakerPicker';

export const kindLabels: Record<string, string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  interview: 'Interview answer',
  manual: 'Marked by hand',
};

const reviewColors = { suggested: 'yellow', accepted: 'green', rejected: 'gray' } as const;

/** Everything about the open claim, editable; every field saves at once and can be undone. */
export const ClaimInspector = forwardRef<
  HTMLInputElement,
  { claimId: string; onClose: () => void }
>(function ClaimInspector({ claimId, onClose }, speakerRef) {
  const db = useDatabase();
  const { list: statuses, describe } = useStatuses();
  const actions = useClaimActions();
  const data = useLiveQuery(async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) return { claim: null };
    const [source, speakers, outlets, tags] = await Promise.all([
      db.sources.get(claim.sourceId),
      db.speakers.toArray(),
      db.outlets.toArray(),
      db.claims.orderBy('tags').uniqueKeys(),
    ]);
    return { claim, source, speakers, outlets, tags: tags.map(String) };
  }, [db, claimId]);

  if (!data) return null;
  if (!data.claim) {
    return (
      <Group p="md" justify="space-between">
        <Text c="dimmed">This claim was deleted. Press Ctrl+Z to bring it back.</Text>
        <CloseButton onClick={onClose} aria-label="Close claim" />
      </Group>
    );
  }
  const { claim, source, speakers, outlets, tags } = data;
  const orphaned = !source || !anchorMatches(source.text, claim.anchor, claim.text);
  const status = describe(claim.status);
  const speaker = speakers.find((s) => s.id === claim.speakerId) ?? null;

  return (
    <Stack p="md" gap="md" data-testid="claim-panel">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Title order={4}>Claim</Title>
          <Badge variant="light" color={reviewColors[claim.review]} data-testid="claim-review">
            {claim.review}
          </Badge>
        </Group>
        <CloseButton onClick={onClose} aria-label="Close claim (Esc)" />
      </Group>

      {claim.review === 'suggested' ? (
        <Group grow gap="xs">
          <Button
            color="green"
            leftSection={<IconCheck size={16} />}
            rightSection={<Kbd size="xs">A</Kbd>}
            onClick={() => void actions.review([claim.id], 'accepted')}
          >
            Accept
          </Button>
          <Button
            color="gray"
            variant="light"
            leftSection={<IconX size={16} />}
            rightSection={<Kbd size="xs">R</Kbd>}
            onClick={() => void actions.review([claim.id], 'rejected')}
          >
            Reject
          </Button>
        </Group>
      ) : (
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {claim.review === 'accepted' ? 'Accepted.' : 'Rejected: not a claim.'}
          </Text>
          <Anchor
            component="button"
            size="xs"
            onClick={() => void actions.review([claim.id], 'suggested')}
          >
            Return to review
          </Anchor>
        </Group>
      )}

      <div>
        <Spoiler maxHeight={150} showLabel="Show the whole claim" hideLabel="Show less">
          <Blockquote color={status.color} p="sm" data-testid="claim-text" fz="sm">
            {claim.text}
          </Blockquote>
        </Spoiler>
        {orphaned ? (
          <Badge color="red" variant="light" mt="xs" data-testid="claim-orphaned">
            Orphaned: the source text no longer matches
          </Badge>
        ) : (
          <BoundaryControls
            onStep={(edge, step) => void actions.stepBoundary(claim.id, edge, step)}
          />
        )}
      </div>

      <div>
        <StatusSelect
          label="Corroboration status"
          statuses={statuses}
          value={claim.status}
          onChange={(next) => void actions.changeStatus(claim.id, next)}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {status.description} Keys <Kbd size="xs">1</Kbd>–
          <Kbd size="xs">{Math.min(9, statuses.length)}</Kbd> set it.
        </Text>
        <ClaimSuggestedStatus claimId={claim.id} />
      </div>

      <SpeakerPicker
        ref={speakerRef}
        speakers={speakers}
        value={speaker}
        onPick={(choice) => void actions.setSpeaker(claim.id, choice)}
      />

      <Select
        label="Outlet"
        searchable
        clearable
        data={outlets.map((o) => ({
          value: o.id,
          label: o.reliability ? `${o.name} (${o.reliability})` : o.name,
        }))}
        value={claim.outletId}
        description={
          source && claim.outletId !== source.outletId
            ? 'Differs from the source’s outlet'
            : undefined
        }
        onChange={(outletId) =>
          void actions.setOutlet(
            claim.id,
            outletId,
            outlets.find((o) => o.id === outletId)?.name ?? '',
          )
        }
        comboboxProps={{ withinPortal: true }}
      />

      <Select
        label="Credibility (Admiralty 1–6)"
        placeholder="Not assessed"
        clearable
        data={credibilityScale.map((c) => ({
          value: String(c.value),
          label: `${c.value} · ${c.label}`,
        }))}
        value={claim.credibility ? String(claim.credibility) : null}
        description={credibilityScale.find((c) => c.value === claim.credibility)?.description}
        onChange={(value) =>
          void actions.setCredibility(claim.id, value ? (Number(value) as Credibility) : null)
        }
        comboboxProps={{ withinPortal: true }}
      />

      <TagsInput
        label="Tags"
        placeholder="Add a tag and press Enter"
        data={tags}
        value={claim.tags}
        data-testid="claim-tags"
        onChange={(next) =>
          void actions.setTags(claim.id, [...new Set(next.map((t) => t.trim()).filter(Boolean))])
        }
        clearable
      />

      <NoteEditor
        value={claim.note}
        onSave={async (note) => (await actions.setNote(claim.id, note)) !== undefined}
      />

      <Stack gap={4}>
        <Group gap="xs">
          <Badge variant="outline" size="sm">
            {kindLabels[claim.kind] ?? claim.kind}
          </Badge>
          {claim.confidence !== null && (
            <Badge variant="default" size="sm" title="How sure the extractor was">
              {Math.round(claim.confidence * 100)}% sure
            </Badge>
          )}
        </Group>
        {source && (
          <Text size="xs" c="dimmed">
            From{' '}
            <Anchor component={Link} href={`/sources/${source.id}`} size="xs">
              {source.title}
            </Anchor>
          </Text>
        )}
      </Stack>

      <ClaimLinksSection claimId={claim.id} showSuggestion={false} />

      <Divider label="History" labelPosition="left" />
      <ClaimHistory claimId={claim.id} />

      <Button
        variant="subtle"
        color="red"
        size="compact-sm"
        leftSection={<IconTrash size={14} />}
        onClick={() => void actions.remove(claim.id)}
        style={{ alignSelf: 'flex-start' }}
      >
        Delete claim
      </Button>
    </Stack>
  );
});
