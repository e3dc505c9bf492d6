import { memo, useMemo } from 'react';
import { anchorMatches, segmentText } from '@core/anchors';
import type { Claim } from '@shared/model';
import type { StatusDefinition } from '@shared/statuses';
import classes from './HighlightedText.module.css';

interface Props {
  text: string;
  claims: Claim[];
  selectedClaimId: string | null;
  describeStatus: (id: string) => StatusDefinition;
  onSelectClaim: (id: string) => void;
}

/**
 * The source text in one pre-wrapped block, so a DOM selection maps straight to text offsets, with
 * each claim drawn in its status colour. Rejected and orphaned claims are not highlighted here.
 */
export const HighlightedText = memo(function HighlightedText({
  text,
  claims,
  selectedClaimId,
  describeStatus,
  onSelectClaim,
}: Props) {
  const visible = useMemo(
    () => claims.filter((c) => c.review !== 'rejected' && anchorMatches(text, c.anchor, c.text)),
    [claims, text],
  );
  const byId = useMemo(() => new Map(visible.map((c) => [c.id, c])), [visible]);
  const segments = useMemo(
    () =>
      segmentText(
        text.length,
        visible.map((c) => ({ id: c.id, start: c.anchor.start, end: c.anchor.end })),
      ),
    [text.length, visible],
  );
  return (
    <div className={classes.text} data-testid="reader-text">
      {segments.map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        const claim = segment.markIds[0] ? byId.get(segment.markIds[0]) : undefined;
        if (!claim) {
          return (
            <span key={segment.start} data-start={segment.start}>
              {piece}
            </span>
          );
        }
        const status = describeStatus(claim.status);
        return (
          <mark
            key={segment.start}
            data-start={segment.start}
            className={classes.claim}
            data-claim-id={claim.id}
            data-review={claim.review}
            data-selected={claim.id === selectedClaimId || undefined}
            style={{
              ['--claim-bg' as string]: `var(--mantine-color-${status.color}-light)`,
              ['--claim-line' as string]: `var(--mantine-color-${status.color}-5)`,
            }}
            title={`${status.label} · ${claim.review}`}
            role="button"
            tabIndex={0}
            onClick={() => onSelectClaim(claim.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelectClaim(claim.id);
              }
            }}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
});
