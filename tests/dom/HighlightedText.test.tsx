import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultStatuses } from '../../src/shared/statuses';
import { HighlightedText } from '../../src/renderer/src/features/reader/HighlightedText';
import { makeClaim, sourceText } from './fixtures';
import { render } from './render';

const describeStatus = (id: string) => defaultStatuses.find((s) => s.id === id)!;

describe('HighlightedText', () => {
  it('shows the whole text and marks each claim in its status colour', () => {
    const claims = [
      makeClaim('c1', 'prices will fall next year,', { status: 'disputed' }),
      makeClaim('c2', 'wages will rise.'),
    ];
    render(
      <HighlightedText
        text={sourceText}
        claims={claims}
        selectedClaimId="c2"
        describeStatus={describeStatus}
        onSelectClaim={() => {}}
      />,
    );
    expect(screen.getByTestId('reader-text').textContent).toBe(sourceText);
    const disputed = document.querySelector('mark[data-claim-id="c1"]') as HTMLElement;
    expect(disputed.textContent).toBe('prices will fall next year,');
    expect(disputed.style.getPropertyValue('--claim-bg')).toContain('orange');
    expect(document.querySelector('mark[data-claim-id="c2"]')).toHaveAttribute('data-selected');
  });

  it('opens a claim by click and by keyboard', () => {
    const onSelect = vi.fn();
    render(
      <HighlightedText
        text={sourceText}
        claims={[makeClaim('c1', 'wages will rise.')]}
        selectedClaimId={null}
        describeStatus={describeStatus}
        onSelectClaim={onSelect}
      />,
    );
    const mark = screen.getByRole('button', { name: 'wages will rise.' });
    fireEvent.click(mark);
    fireEvent.keyDown(mark, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect).toHaveBeenCalledWith('c1');
  });

  it('does not highlight rejected claims or claims whose anchor no longer matches', () => {
    const orphan = makeClaim('c3', 'wages will rise.');
    orphan.text = 'wages will soar.';
    render(
      <HighlightedText
        text={sourceText}
        claims={[makeClaim('c1', 'prices will fall next year,', { review: 'rejected' }), orphan]}
        selectedClaimId={null}
        describeStatus={describeStatus}
        onSelectClaim={() => {}}
      />,
    );
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });
});
