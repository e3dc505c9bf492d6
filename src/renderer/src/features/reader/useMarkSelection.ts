import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useClaimSelection } from '../../app/ClaimSelection';
import { useReaderCommands } from '../../app/ReaderCommands';
import { notifyError } from '../../lib/errors';
import { useClaimActions } from '../claims/useClaimActions';
import { selectionOffsets } from './selectionOffsets';

export interface PendingSelection {
  start: number;
  end: number;
  /** Where to float the "Mark as claim" button (viewport coordinates). */
  top: number;
  left: number;
}

/** Tracks a text selection in the reader and turns it into a manual claim (button or M). */
export function useMarkSelection(sourceId: string, container: RefObject<HTMLElement | null>) {
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const { markSelection } = useReaderCommands();
  const { selectClaim } = useClaimSelection();
  const actions = useClaimActions();

  useEffect(() => {
    const update = () => {
      const element = container.current;
      const offsets = element ? selectionOffsets(element) : null;
      if (!offsets) return setPending(null);
      const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      setPending({ ...offsets, top: rect.bottom + 6, left: rect.left + rect.width / 2 });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [container]);

  const mark = useCallback(async () => {
    const element = container.current;
    const offsets = element ? selectionOffsets(element) : null;
    if (!offsets) {
      notifyError('Nothing to mark', new Error('Select the words of the claim in the text first.'));
      return;
    }
    const id = await actions.createManual(sourceId, offsets);
    if (id) {
      window.getSelection()?.removeAllRanges();
      setPending(null);
      selectClaim(id);
    }
  }, [actions, container, selectClaim, sourceId]);

  useEffect(() => {
    markSelection.current = () => void mark();
    return () => {
      markSelection.current = null;
    };
  }, [markSelection, mark]);

  return { pending, mark };
}
