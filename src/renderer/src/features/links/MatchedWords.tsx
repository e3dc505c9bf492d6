import { Group, Text } from '@mantine/core';
import type { MatchedTerm } from '@core/similarity';

const kindLabels: Record<MatchedTerm['kind'], string> = {
  word: 'word',
  concept: 'same meaning',
  name: 'name',
  place: 'place',
  date: 'date',
};

/** The words two claims share, "airplane ≈ aircraft" where the wording differs. */
export function MatchedWords({ matched, max = 6 }: { matched: MatchedTerm[]; max?: number }) {
  const shown = matched.slice(0, max);
  return (
    <Group gap={4} wrap="wrap" data-testid="matched-words">
      {shown.map((m) => {
        const same = m.a.toLowerCase() === m.b.toLowerCase();
        return (
          <Text
            key={m.key}
            title={`${kindLabels[m.kind]}${m.inPassage ? '' : ' (elsewhere in the quotes)'} · ${Math.round(m.share * 100)}% of the match`}
            span
            size="xs"
            px={5}
            bg={m.inPassage ? 'var(--mantine-color-default-hover)' : undefined}
            c={m.inPassage ? undefined : 'dimmed'}
            style={{ borderRadius: 4, border: '1px solid var(--mantine-color-default-border)' }}
          >
            {same ? m.a : `${m.a} ≈ ${m.b}`}
          </Text>
        );
      })}
      {matched.length > max && (
        <Text span size="xs" c="dimmed">
          +{matched.length - max}
        </Text>
      )}
    </Group>
  );
}

/** A 0..1 score as a short bar with its value. */
export function ScoreBar({ score }: { score: number }) {
  const pct = Math.round(Math.min(1, score) * 100);
  return (
    <Group
      gap={4}
      wrap="nowrap"
      title={`Similarity ${pct}%: shared words weighted by how rare they are`}
    >
      <div
        style={{
          width: 36,
          height: 6,
          borderRadius: 3,
          background: 'var(--mantine-color-default-border)',
          overflow: 'hidden',
        }}
      >
        <div
          style={{
            width: `${Math.max(6, pct)}%`,
            height: '100%',
            background: 'var(--mantine-primary-color-filled)',
          }}
        />
      </div>
      <Text size="xs" c="dimmed" ff="monospace">
        {pct}%
      </Text>
    </Group>
  );
}
