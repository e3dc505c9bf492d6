import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type RefObject } from 'react';
import { useLocation } from 'wouter';
import type { Edge, Step } from '@core/anchors';
import { useClaimSelection } from '../../app/ClaimSelection';
import { useDatabase } from '../../app/DatabaseContext';
import { sections } from '../../app/sections';
import { useStatuses } from '../../lib/useStatuses';
import { useClaimActions } from '../claims/useClaimActions';
import type { AppAction } from './actions';

export interface ActionHooks {
  speakerInput: RefObject<HTMLInputElement | null>;
  markSelection: RefObject<(() => void) | null>;
  openHelp: () => void;
  undo: () => void;
  redo: () => void;
  reimport: () => void;
  openImport: () => void;
}

const boundaryActions: { edge: Edge; step: Step; hotkey: string; label: string }[] = [
  {
    edge: 'start',
    step: 'widen',
    hotkey: 'alt+arrowleft',
    label: 'Widen the claim’s start by a word',
  },
  {
    edge: 'start',
    step: 'narrow',
    hotkey: 'alt+arrowright',
    label: 'Narrow the claim’s start by a word',
  },
  {
    edge: 'end',
    step: 'narrow',
    hotkey: 'alt+shift+arrowleft',
    label: 'Narrow the claim’s end by a word',
  },
  {
    edge: 'end',
    step: 'widen',
    hotkey: 'alt+shift+arrowright',
    label: 'Widen the claim’s end by a word',
  },
];

/** Focuses an inspector element once the key that asked for it has been handled. */
const focusLater = (selector: string) =>
  setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);

/** Every action of the app, in one list that drives hotkeys, the command palette and the help. */
export function useAppActions(hooks: ActionHooks): AppAction[] {
  const db = useDatabase();
  const [location, navigate] = useLocation();
  const { selectedClaimId, selectClaim, step, claimOrder } = useClaimSelection();
  const claimActions = useClaimActions();
  const { list: statuses } = useStatuses();
  const { toggleColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const selectedClaim = useLiveQuery(
    async () => (selectedClaimId ? ((await db.claims.get(selectedClaimId)) ?? null) : null),
    [db, selectedClaimId],
  );

  return useMemo(() => {
    const claim = selectedClaim ?? null;
    const onClaim = (run: (id: string) => void) => () => {
      if (claim) run(claim.id);
    };
    const inReader = location.startsWith('/sources/');
    // In the review queue a decision moves on at once, so a quick next key meets the next claim.
    const decide = (id: string, review: 'accepted' | 'rejected') => {
      void claimActions.review([id], review);
      if (location.startsWith('/review')) step(1);
    };
    const actions: AppAction[] = [
      ...sections.map((section): AppAction => ({
        id: `go-${section.id}`,
        label: `Go to ${section.label}`,
        group: 'Navigate',
        hotkey: section.hotkey,
        enabled: true,
        run: () => navigate(section.path),
      })),
      {
        id: 'search',
        label: 'Search claims and source texts',
        group: 'Navigate',
        hotkey: '/',
        enabled: true,
        run: () => {
          if (!location.startsWith('/claims')) navigate('/claims');
          // The claims screen may still be mounting; focus its search box once it is there.
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              document.querySelector<HTMLInputElement>('[data-claims-search]')?.focus(),
            ),
          );
        },
      },
      {
        id: 'next',
        label: 'Next claim',
        group: 'Claim',
        hotkey: 'j',
        enabled: claimOrder.length > 0,
        run: () => void step(1),
      },
      {
        id: 'previous',
        label: 'Previous claim',
        group: 'Claim',
        hotkey: 'k',
        enabled: claimOrder.length > 0,
        run: () => void step(-1),
      },
      {
        id: 'accept',
        label: 'Accept the claim',
        group: 'Review',
        hotkey: 'a',
        enabled: claim?.review !== undefined && claim.review !== 'accepted',
        run: onClaim((id) => decide(id, 'accepted')),
      },
      {
        id: 'reject',
        label: 'Reject the claim (not a claim)',
        group: 'Review',
        hotkey: 'r',
        enabled: claim?.review !== undefined && claim.review !== 'rejected',
        run: onClaim((id) => decide(id, 'rejected')),
      },
      ...statuses.slice(0, 9).map((status, index): AppAction => ({
        id: `status-${status.id}`,
        label: `Set status: ${status.label}`,
        description: status.description,
        group: 'Claim',
        hotkey: String(index + 1),
        enabled: claim !== null && claim.status !== status.id,
        run: onClaim((id) => void claimActions.changeStatus(id, status.id)),
      })),
      {
        id: 'speaker',
        label: 'Edit the speaker',
        group: 'Claim',
        hotkey: 's',
        enabled: claim !== null,
        // Let the key that triggered this finish before the field takes focus.
        run: () => setTimeout(() => hooks.speakerInput.current?.focus(), 0),
      },
      {
        id: 'link',
        label: 'Link the claim to another claim…',
        group: 'Claim',
        hotkey: 'l',
        enabled: claim !== null,
        run: () => focusLater('[data-link-search]'),
      },
      {
        id: 'similar',
        label: 'Go to the similar claims (confirm with C / X / S)',
        group: 'Claim',
        hotkey: 'shift+l',
        enabled: claim !== null,
        run: () => focusLater('[data-similar-claim]'),
      },
      ...boundaryActions.map((b): AppAction => ({
        id: `boundary-${b.edge}-${b.step}`,
        label: b.label,
        group: 'Claim',
        hotkey: b.hotkey,
        enabled: claim !== null,
        run: onClaim((id) => void claimActions.stepBoundary(id, b.edge, b.step)),
      })),
      {
        id: 'delete',
        label: 'Delete the claim',
        group: 'Claim',
        hotkey: 'delete',
        enabled: claim !== null,
        run: onClaim((id) => {
          void claimActions.remove(id);
          selectClaim(null);
        }),
      },
      {
        id: 'close',
        label: 'Close the claim',
        group: 'Claim',
        hotkey: 'escape',
        enabled: claim !== null,
        run: () => selectClaim(null),
      },
      {
        id: 'mark',
        label: 'Mark the selected text as a claim',
        group: 'Reader',
        hotkey: 'm',
        enabled: inReader,
        run: () => hooks.markSelection.current?.(),
      },
      {
        id: 'undo',
        label: 'Undo',
        group: 'History',
        hotkey: 'mod+z',
        enabled: true,
        run: hooks.undo,
      },
      {
        id: 'redo',
        label: 'Redo',
        group: 'History',
        hotkey: 'mod+shift+z',
        enabled: true,
        run: hooks.redo,
      },
      {
        id: 'palette',
        label: 'Command palette',
        group: 'App',
        hotkey: 'mod+k',
        boundElsewhere: true,
        enabled: false,
        run: () => {},
      },
      {
        id: 'help',
        label: 'Keyboard shortcuts',
        group: 'App',
        hotkey: 'shift+?',
        keysLabel: '?',
        enabled: true,
        run: hooks.openHelp,
      },
      {
        id: 'theme',
        label: scheme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme',
        group: 'App',
        hotkey: 'mod+shift+l',
        enabled: true,
        run: toggleColorScheme,
      },
      {
        id: 'import',
        label: 'Import articles (files, a folder or pasted text)…',
        group: 'App',
        hotkey: 'mod+o',
        enabled: true,
        run: hooks.openImport,
      },
      {
        id: 'reimport',
        label: 'Re-import bundled articles',
        group: 'App',
        enabled: true,
        run: hooks.reimport,
      },
    ];
    return actions;
  }, [
    selectedClaim,
    location,
    navigate,
    claimOrder,
    step,
    claimActions,
    statuses,
    scheme,
    toggleColorScheme,
    selectClaim,
    hooks,
  ]);
}
