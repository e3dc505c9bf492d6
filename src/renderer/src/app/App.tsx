import { AppShell, Center, Loader, ScrollArea, Text, useMantineColorScheme } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ClaimsView } from '../features/claims/table/ClaimsView';
import { CompareView } from '../features/compare/CompareView';
import { DataView } from '../features/data/DataView';
import { OutletsView } from '../features/entities/OutletsView';
import { SpeakersView } from '../features/entities/SpeakersView';
import { EvidenceView } from '../features/evidence/EvidenceView';
import { ImportProgressModal } from '../features/firstrun/ImportProgressModal';
import { useSeedImport } from '../features/firstrun/useSeedImport';
import { useUndoRedo } from '../features/history/useUndoRedo';
import { OverviewView } from '../features/overview/OverviewView';
import { ImportDialogProvider, useImportDialog } from '../features/import';
import { ClaimInspector } from '../features/inspector/ClaimInspector';
import { ReaderView } from '../features/reader/ReaderView';
import { ReviewView } from '../features/review/ReviewView';
import { SettingsView } from '../features/settings/SettingsView';
import { CommandPalette } from '../features/shortcuts/CommandPalette';
import { HelpOverlay } from '../features/shortcuts/HelpOverlay';
import { useActionHotkeys } from '../features/shortcuts/useActionHotkeys';
import { useAppActions } from '../features/shortcuts/useAppActions';
import { SourceList } from '../features/sources/SourceList';
import { useSourceSummaries } from '../features/sources/useSourceSummaries';
import { usePlatform } from '../platform';
import { AppHeader } from './AppHeader';
import { ClaimSelectionProvider, useClaimSelection } from './ClaimSelection';
import { useDatabase } from './DatabaseContext';
import { ReaderCommandsContext } from './ReaderCommands';
import { sectionOf } from './sections';

function FirstSourceRedirect() {
  const sources = useSourceSummaries();
  if (!sources) return null;
  if (sources[0]) return <Redirect to={`/sources/${sources[0].id}`} replace />;
  return (
    <Center h={300}>
      <Text c="dimmed">
        No sources yet. Use “Re-import bundled articles” in the ⋯ menu to bring back the examples.
      </Text>
    </Center>
  );
}

const fill = { flex: 1, minHeight: 0 } as const;

function Shell() {
  const db = useDatabase();
  const [navOpened, { toggle: toggleNav }] = useDisclosure();
  const [helpOpened, help] = useDisclosure(false);
  const { selectedClaimId, selectClaim } = useClaimSelection();
  const [location, navigate] = useLocation();
  const section = sectionOf(location);
  const inSources = section.id === 'sources';
  const sourceId = location.match(/^\/sources\/([^/?]+)/)?.[1] ?? null;
  const { ready, progress, reimport } = useSeedImport();
  const platform = usePlatform();
  const { toggleColorScheme } = useMantineColorScheme();
  const { undo, redo } = useUndoRedo();
  const importDialog = useImportDialog();
  const speakerInput = useRef<HTMLInputElement>(null);
  const markSelection = useRef<(() => void) | null>(null);
  const readerCommands = useMemo(() => ({ markSelection }), []);
  const reviewCount =
    useLiveQuery(() => db.claims.where('review').equals('suggested').count(), [db]) ?? 0;

  const hooks = useMemo(
    () => ({
      speakerInput,
      markSelection,
      openHelp: help.open,
      undo,
      redo,
      reimport: () => void reimport(),
      openImport: importDialog.pickFiles,
    }),
    [help.open, undo, redo, reimport, importDialog.pickFiles],
  );
  const actions = useAppActions(hooks);
  useActionHotkeys(actions);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'seeds:reimport') void reimport();
        if (command === 'theme:toggle') toggleColorScheme();
        if (command === 'files:import') importDialog.pickFiles();
      }),
    [platform, reimport, toggleColorScheme, importDialog],
  );

  return (
    <ReaderCommandsContext.Provider value={readerCommands}>
      <AppShell
        header={{ height: 56 }}
        navbar={{
          width: 320,
          breakpoint: 'sm',
          collapsed: { mobile: !navOpened || !inSources, desktop: !inSources },
        }}
        aside={{
          width: 380,
          breakpoint: 'md',
          collapsed: { desktop: !selectedClaimId, mobile: !selectedClaimId },
        }}
        padding={0}
      >
        <AppShell.Header>
          <AppHeader
            current={section}
            onNavigate={navigate}
            navOpened={navOpened}
            onToggleNav={toggleNav}
            showNavToggle={inSources}
            onReimport={() => void reimport()}
            onHelp={help.open}
            reviewCount={reviewCount}
          />
        </AppShell.Header>
        <AppShell.Navbar style={{ display: 'flex', flexDirection: 'column' }}>
          {/* Only where the navbar shows: its query reads every source's row, texts included,
              and at boot that would queue ahead of the first screen's own reads. */}
          {inSources && (
            <SourceList
              selectedId={sourceId}
              onSelect={(id) => {
                selectClaim(null);
                navigate(`/sources/${id}`);
              }}
            />
          )}
        </AppShell.Navbar>
        <AppShell.Main style={{ height: '100dvh', display: 'flex', flexDirection: 'column' }}>
          {!ready ? (
            <Center h={300}>
              <Loader />
            </Center>
          ) : (
            <Switch>
              <Route path="/sources/:id">
                {(params) => (
                  <div style={{ ...fill, overflow: 'auto' }}>
                    <ReaderView
                      key={params.id}
                      sourceId={params.id}
                      onDeleted={() => {
                        selectClaim(null);
                        navigate('/sources');
                      }}
                    />
                  </div>
                )}
              </Route>
              <Route path="/sources">
                <FirstSourceRedirect />
              </Route>
              <Route path="/review">
                <div style={fill}>
                  <ReviewView />
                </div>
              </Route>
              <Route path="/claims">
                <div style={fill}>
                  <ClaimsView selectedClaimId={selectedClaimId} onSelectClaim={selectClaim} />
                </div>
              </Route>
              <Route path="/compare">
                <div style={fill}>
                  <CompareView />
                </div>
              </Route>
              <Route path="/evidence">
                <div style={{ ...fill, overflow: 'auto' }}>
                  <EvidenceView />
                </div>
              </Route>
              <Route path="/data">
                <div style={{ ...fill, overflow: 'auto' }}>
                  <DataView />
                </div>
              </Route>
              <Route path="/speakers">
                <div style={fill}>
                  <SpeakersView />
                </div>
              </Route>
              <Route path="/outlets">
                <div style={fill}>
                  <OutletsView />
                </div>
              </Route>
              <Route path="/overview">
                <div style={{ ...fill, overflow: 'auto' }}>
                  <OverviewView />
                </div>
              </Route>
              <Route path="/settings">
                <div style={{ ...fill, overflow: 'auto' }}>
                  <SettingsView />
                </div>
              </Route>
              <Route>
                <Redirect to="/sources" replace />
              </Route>
            </Switch>
          )}
        </AppShell.Main>
        <AppShell.Aside>
          <AppShell.Section grow component={ScrollArea}>
            {selectedClaimId && (
              <ClaimInspector
                ref={speakerInput}
                claimId={selectedClaimId}
                onClose={() => selectClaim(null)}
              />
            )}
          </AppShell.Section>
        </AppShell.Aside>
        <ImportProgressModal progress={progress} />
        <HelpOverlay opened={helpOpened} onClose={help.close} actions={actions} />
        <CommandPalette actions={actions} />
      </AppShell>
    </ReaderCommandsContext.Provider>
  );
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <ClaimSelectionProvider>
        <ImportDialogProvider>
          <Shell />
        </ImportDialogProvider>
      </ClaimSelectionProvider>
    </Router>
  );
}
