import { Center, Loader } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { ClaimdeskDB } from '../db/db';
import {
  NewerSchemaError,
  openDatabase,
  watchBlocked,
  watchVersionChange,
  type VersionChange,
} from '../db/open';
import { StoreProblem } from './StoreProblem';

type GateState =
  | { phase: 'opening'; blocked: boolean }
  | { phase: 'ready' }
  | { phase: 'failed'; error: unknown }
  | { phase: 'replaced'; change: VersionChange };

// One open per store, even when React runs effects twice.
const opening = new WeakMap<ClaimdeskDB, Promise<void>>();
function openOnce(db: ClaimdeskDB): Promise<void> {
  let run = opening.get(db);
  if (!run) {
    run = openDatabase(db);
    opening.set(db, run);
  }
  return run;
}

const reloadWindow = () => window.location.reload();

/**
 * Opens the store before the app is shown (upgrading an older one), and keeps the app away from
 * it when it cannot be used: a store from a newer Claimdesk, a failed open, an upgrade waiting for
 * other windows, or another window that upgraded or deleted it while this one was open. The app
 * itself is unmounted then, so no screen queries a closed store.
 */
export function DatabaseGate({
  database,
  children,
  onReload = reloadWindow,
}: {
  database: ClaimdeskDB;
  children: ReactNode;
  onReload?: () => void;
}) {
  const [state, setState] = useState<GateState>({ phase: 'opening', blocked: false });

  useEffect(() => {
    let live = true;
    const stopBlocked = watchBlocked(database, () => {
      if (live) setState((s) => (s.phase === 'opening' ? { ...s, blocked: true } : s));
    });
    const stopVersionChange = watchVersionChange(database, (change) => {
      if (live) setState({ phase: 'replaced', change });
    });
    openOnce(database).then(
      () => live && setState((s) => (s.phase === 'opening' ? { phase: 'ready' } : s)),
      (error: unknown) => live && setState({ phase: 'failed', error }),
    );
    return () => {
      live = false;
      stopBlocked();
      stopVersionChange();
    };
  }, [database]);

  switch (state.phase) {
    case 'ready':
      return children;
    case 'opening':
      return state.blocked ? (
        <StoreProblem title="Waiting for other Claimdesk windows" color="yellow" waiting>
          This version of Claimdesk updates how your data is stored, and another Claimdesk window
          still has it open. Close or reload the other windows; this one continues by itself.
          Nothing has been changed yet.
        </StoreProblem>
      ) : (
        <Center h="100dvh">
          <Loader aria-label="Opening your data" />
        </Center>
      );
    case 'replaced':
      return state.change === 'upgraded' ? (
        <StoreProblem
          title="Claimdesk was updated in another window"
          color="blue"
          onReload={onReload}
        >
          Another window opened your data with a newer version of Claimdesk, so this window has
          stopped using it. Everything you saved is kept. Reload to continue.
        </StoreProblem>
      ) : (
        <StoreProblem
          title="Your data was removed in another window"
          color="blue"
          onReload={onReload}
        >
          Another window deleted this app’s data, so this window has stopped using it. Reload to
          start again.
        </StoreProblem>
      );
    case 'failed':
      return state.error instanceof NewerSchemaError ? (
        <StoreProblem title="This data needs a newer Claimdesk">{state.error.message}</StoreProblem>
      ) : (
        <StoreProblem title="Claimdesk could not open your data" onReload={onReload}>
          {state.error instanceof Error ? state.error.message : String(state.error)} Nothing was
          changed. Close other Claimdesk windows and try again.
        </StoreProblem>
      );
  }
}
