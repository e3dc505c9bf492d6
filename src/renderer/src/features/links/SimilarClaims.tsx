import { Button, Group, Kbd, Loader, Stack, Text } from '@mantine/core';
import { useMemo, useRef } from 'react';
import type { Claim, LinkRelation } from '@shared/model';
import { useDatabase } from '../../app/DatabaseContext';
import { useLookups } from '../../lib/useLookups';
import { useClaimArchive } from './claimArchive';
import { ClaimExcerpt } from './Excerpt';
import { OutletName, StatusBadge } from './Labels';
import { MatchedWords, ScoreBar } from './MatchedWords';
import { relationForKey, relations } from './relations';
import { useLinkActions } from './useLinkActions';
import { formatCount } from '../../lib/numbers';

const shown = 5;

/** Moves focus to the previous or next item of a list of focusable rows. */
function moveFocus(from: HTMLElement, step: 1 | -1, selector: string) {
  const list = from.closest('[role="listbox"]');
  const items = list ? [...list.querySelectorAll<HTMLElement>(selector)] : [];
  const next = items[items.indexOf(from) + step];
  next?.focus();
}

/**
 * Claims of other sources that look like this one (the archive's similarity index), each with its
 * score and the words that matched. Focus one (Tab, or L then ↓) and press C, X or S to confirm it
 * as a link in one keystroke (Enter = corroborates); ↑/↓ or J/K move between them.
 */
export function SimilarClaims({
  claim,
  linkedIds,
}: {
  claim: Claim;
  linkedIds: ReadonlySet<string>;
}) {
  const db = useDatabase();
  const { archive, version } = useClaimArchive(db);
  const lookups = useLookups();
  const actions = useLinkActions();
  const listRef = useRef<HTMLDivElement>(null);

  const matches = useMemo(() => {
    void version;
    if (archive.phase !== 'ready' && !archive.index.has(claim.id)) return null;
    return archive.index
      .similarTo(
        { id: claim.id, sourceId: claim.sourceId, text: claim.text },
        { limit: shown + linkedIds.size },
      )
      .filter((m) => !linkedIds.has(m.id))
      .slice(0, shown);
  }, [archive, version, claim.id, claim.sourceId, claim.text, linkedIds]);

  const confirm = async (otherId: string, relation: LinkRelation, row: HTMLElement | null) => {
    // Keep the keyboard in the list: focus the next suggestion once this one is gone.
    const items = listRef.current
      ? [...listRef.current.querySelectorAll<HTMLElement>('[data-similar-claim]')]
      : [];
    const index = row ? items.indexOf(row) : -1;
    const id = await actions.link({ fromClaimId: claim.id, toClaimId: otherId, relation });
    if (id && index >= 0) {
      requestAnimationFrame(() => {
        const after = listRef.current?.querySelectorAll<HTMLElement>('[data-similar-claim]');
        after?.[Math.min(index, after.length - 1)]?.focus();
      });
    }
  };

  if (matches === null) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="xs" c="dimmed">
          Reading claims for suggestions… {formatCount(archive.progress.loaded)} of{' '}
          {formatCount(archive.progress.total)}
        </Text>
      </Group>
    );
  }
  if (matches.length === 0) {
    return (
      <Text size="xs" c="dimmed" data-testid="similar-empty">
        No similar claims in other sources.
      </Text>
    );
  }
  return (
    <Stack gap={6} role="listbox" aria-label="Similar claims in other sources" ref={listRef}>
      {matches.map((m) => {
        const other = archive.claims.get(m.id);
        if (!other) return null;
        const speaker = other.speakerId ? lookups.speakers.get(other.speakerId) : undefined;
        const outlet = other.outletId ? (lookups.outlets.get(other.outletId) ?? null) : null;
        return (
          <div
            key={m.id}
            role="option"
            aria-selected={false}
            tabIndex={0}
            data-similar-claim={m.id}
            data-testid="similar-claim"
            style={{
              border: '1px dashed var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-sm)',
              padding: 'var(--mantine-spacing-xs)',
            }}
            onKeyDown={(event) => {
              if (event.ctrlKey || event.metaKey || event.altKey) return;
              const key = event.key;
              const relation = key === 'Enter' ? 'corroborates' : relationForKey(key);
              if (relation) {
                event.preventDefault();
                event.stopPropagation();
                void confirm(m.id, relation, event.currentTarget);
              } else if (key === 'ArrowDown' || key === 'j' || key === 'ArrowUp' || key === 'k') {
                event.preventDefault();
                event.stopPropagation();
                moveFocus(
                  event.currentTarget,
                  key === 'ArrowDown' || key === 'j' ? 1 : -1,
                  '[data-similar-claim]',
                );
              }
            }}
          >
            <Group justify="space-between" wrap="nowrap" gap={4}>
              <ScoreBar score={m.score} />
              <Group gap={4} wrap="nowrap">
                {relations.map((r) => (
                  <Button
                    key={r.id}
                    size="compact-xs"
                    variant="subtle"
                    color={r.color}
                    px={4}
                    tabIndex={-1}
                    aria-label={`Link as ${r.label.toLowerCase()} (${r.key.toUpperCase()})`}
                    title={`${r.label}: ${r.description} Key ${r.key.toUpperCase()}`}
                    onClick={(event) =>
                      void confirm(m.id, r.id, event.currentTarget.closest('[data-similar-claim]'))
                    }
                  >
                    <r.icon size={14} />
                    <Kbd size="xs" ml={2}>
                      {r.key.toUpperCase()}
                    </Kbd>
                  </Button>
                ))}
              </Group>
            </Group>
            <Text size="sm" mt={4}>
              <ClaimExcerpt
                text={other.text}
                sentence={m.passage?.b ?? null}
                words={m.matched.filter((w) => w.inPassage).map((w) => w.b)}
                max={180}
              />
            </Text>
            <Group gap={6} mt={4} wrap="wrap">
              <Text size="xs" fw={500}>
                {speaker?.name ?? 'Unattributed'}
              </Text>
              <Text size="xs" c="dimmed">
                in
              </Text>
              <OutletName outlet={outlet} />
              <StatusBadge status={other.status} />
            </Group>
            <div style={{ marginTop: 4 }}>
              <MatchedWords matched={m.matched} max={5} />
            </div>
          </div>
        );
      })}
    </Stack>
  );
}
