import { ActionIcon, Button, Group, Kbd, SegmentedControl, Text } from '@mantine/core';
import { IconUnlink } from '@tabler/icons-react';
import { forwardRef, memo, useState, type KeyboardEvent } from 'react';
import type { LinkRelation, Speaker } from '@shared/model';
import { ClaimExcerpt } from '../links/Excerpt';
import { RelationBadge } from '../links/Labels';
import { MatchedWords, ScoreBar } from '../links/MatchedWords';
import { relations } from '../links/relations';
import classes from './CompareView.module.css';
import type { ComparePair } from './pairs';
import { columnColors, columnLetter } from './SourceColumn';

export type PairOrder = 'strength' | 'reading';

const pageSize = 60;

export const pairDomId = (key: string) => `pair-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

interface ItemProps {
  pair: ComparePair;
  focused: boolean;
  dimmed: boolean;
  speakers: Map<string, Speaker>;
  onFocusPair: (key: string) => void;
  onHoverPair: (key: string | null) => void;
  onConfirm: (pair: ComparePair, relation: LinkRelation) => void;
  onUnlink: (pair: ComparePair) => void;
}

const PairItem = memo(function PairItem({
  pair,
  focused,
  dimmed,
  speakers,
  onFocusPair,
  onHoverPair,
  onConfirm,
  onUnlink,
}: ItemProps) {
  const likeness = pair.kind === 'suggested' ? pair : pair.likeness;
  const passage = likeness?.passage ?? null;
  const words = (end: 'a' | 'b') =>
    likeness ? likeness.matched.filter((m) => m.inPassage).map((m) => m[end]) : [];
  const side = (claim: ComparePair['a'], col: number, end: 'a' | 'b') => (
    <div
      className={classes.side}
      style={{ ['--col-color' as string]: `var(--mantine-color-${columnColors[col % 4]}-6)` }}
    >
      <div className={classes.sideBar} title={`Column ${columnLetter(col)}`} />
      <Text size="xs" lineClamp={3}>
        <Text span size="xs" fw={700}>
          {columnLetter(col)} ·{' '}
          {(claim.speakerId && speakers.get(claim.speakerId)?.name) || 'Unattributed'}
        </Text>{' '}
        <ClaimExcerpt
          text={claim.text}
          sentence={passage ? passage[end] : null}
          words={words(end)}
          max={170}
        />
      </Text>
    </div>
  );
  return (
    <div
      id={pairDomId(pair.key)}
      role="option"
      aria-selected={focused}
      className={classes.pair}
      data-kind={pair.kind}
      data-focused={focused || undefined}
      data-dimmed={dimmed || undefined}
      data-testid="compare-pair"
      data-pair-key={pair.key}
      onClick={() => onFocusPair(pair.key)}
      onMouseEnter={() => onHoverPair(pair.key)}
      onMouseLeave={() => onHoverPair(null)}
    >
      <Group justify="space-between" wrap="nowrap" gap={4}>
        {pair.kind === 'linked' ? (
          <RelationBadge relation={pair.link.relation} size="xs" />
        ) : (
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed">
              Suggested
            </Text>
            <ScoreBar score={pair.score} />
          </Group>
        )}
        <Group gap={2} wrap="nowrap">
          {relations.map((r) => {
            const current = pair.kind === 'linked' && pair.link.relation === r.id;
            return (
              <ActionIcon
                key={r.id}
                title={`${pair.kind === 'linked' ? 'Change to' : 'Confirm as'} ${r.label.toLowerCase()} (${r.key.toUpperCase()})`}
                size="sm"
                variant={current ? 'light' : 'subtle'}
                color={r.color}
                tabIndex={-1}
                aria-label={`${pair.kind === 'linked' ? 'Change to' : 'Confirm as'} ${r.label.toLowerCase()}`}
                disabled={current}
                onClick={(event) => {
                  event.stopPropagation();
                  onConfirm(pair, r.id);
                }}
              >
                <r.icon size={14} />
              </ActionIcon>
            );
          })}
          {pair.kind === 'linked' && (
            <ActionIcon
              title="Remove the link"
              size="sm"
              variant="subtle"
              color="gray"
              tabIndex={-1}
              aria-label="Remove the link"
              onClick={(event) => {
                event.stopPropagation();
                onUnlink(pair);
              }}
            >
              <IconUnlink size={14} />
            </ActionIcon>
          )}
        </Group>
      </Group>
      {side(pair.a, pair.aCol, 'a')}
      {side(pair.b, pair.bCol, 'b')}
      {pair.kind === 'suggested' && (
        <div style={{ marginTop: 4 }}>
          <MatchedWords matched={pair.matched} max={4} />
        </div>
      )}
      {pair.kind === 'linked' && pair.link.note && (
        <Text size="xs" fs="italic" mt={4}>
          {pair.link.note}
        </Text>
      )}
    </div>
  );
});

interface Props {
  pairs: ComparePair[];
  focusedKey: string | null;
  isDimmed: (pair: ComparePair) => boolean;
  speakers: Map<string, Speaker>;
  order: PairOrder;
  onOrder: (order: PairOrder) => void;
  counts: { linked: number; suggested: number };
  pending: boolean;
  onFocusPair: (key: string) => void;
  onHoverPair: (key: string | null) => void;
  onConfirm: (pair: ComparePair, relation: LinkRelation) => void;
  onUnlink: (pair: ComparePair) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/** Linked and suggested pairs of claims across the columns; the keyboard works here. */
export const PairList = forwardRef<HTMLDivElement, Props>(function PairList(
  {
    pairs,
    focusedKey,
    isDimmed,
    speakers,
    order,
    onOrder,
    counts,
    pending,
    onKeyDown,
    ...handlers
  },
  ref,
) {
  // Long sources give hundreds of pairs: draw them a page at a time (the weakest are rarely
  // worth a look), and always far enough to show the focused one.
  const [limit, setLimit] = useState(pageSize);
  const focusedAt = focusedKey ? pairs.findIndex((p) => p.key === focusedKey) : -1;
  const drawn = pairs.slice(0, Math.max(limit, focusedAt + 10));
  return (
    <aside className={classes.pairs} aria-label="Claim pairs">
      <div className={classes.pairsHead}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" fw={600}>
            Pairs
          </Text>
          <Text size="xs" c="dimmed" data-testid="pair-counts" ta="right">
            {counts.linked} linked ·{' '}
            {pending ? 'finding similar…' : `${counts.suggested} suggested`}
          </Text>
        </Group>
        <SegmentedControl
          size="xs"
          fullWidth
          mt={6}
          value={order}
          onChange={(value) => onOrder(value as PairOrder)}
          aria-label="Order of the pairs"
          data={[
            { value: 'strength', label: 'Linked, then strongest' },
            { value: 'reading', label: 'In text order' },
          ]}
        />
        <Text size="xs" c="dimmed" mt={4}>
          <Kbd size="xs">J</Kbd>/<Kbd size="xs">K</Kbd> move · <Kbd size="xs">C</Kbd> corroborates ·{' '}
          <Kbd size="xs">X</Kbd> contradicts · <Kbd size="xs">S</Kbd> same statement ·{' '}
          <Kbd size="xs">Enter</Kbd> opens the claim
        </Text>
      </div>
      <div
        ref={ref}
        className={classes.pairsList}
        role="listbox"
        tabIndex={0}
        aria-label="Claim pairs: J and K move, C, X or S confirm"
        aria-activedescendant={focusedKey ? pairDomId(focusedKey) : undefined}
        data-testid="compare-pairs"
        onKeyDown={onKeyDown}
      >
        {pairs.length === 0 && (
          <Text size="xs" c="dimmed" p="xs">
            {pending
              ? 'Looking for claims that assert the same thing…'
              : 'No linked or similar claims across these sources.'}
          </Text>
        )}
        {drawn.map((pair) => (
          <PairItem
            key={pair.key}
            pair={pair}
            focused={pair.key === focusedKey}
            dimmed={isDimmed(pair)}
            speakers={speakers}
            {...handlers}
          />
        ))}
        {drawn.length < pairs.length && (
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => setLimit(drawn.length + pageSize)}
            data-testid="more-pairs"
          >
            Show {Math.min(pageSize, pairs.length - drawn.length)} more of{' '}
            {pairs.length - drawn.length} weaker pairs
          </Button>
        )}
      </div>
    </aside>
  );
});
