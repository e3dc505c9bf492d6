import { AppShell, Center, Loader, ScrollArea, Text, useMantineColorScheme } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Redirect, Route, Router, Switch, useLocation, useRoute } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ClaimPanel } from '../features/claims/ClaimPanel';
import { ClaimsTable } from '../features/claims/ClaimsTable';
import { ImportProgressModal } from '../features/firstrun/ImportProgressModal';
import { useSeedImport } from '../features/firstrun/useSeedImport';
import { ReaderView } from '../features/reader/ReaderView';
import { useUndoShortcuts } from '../features/history/useUndoShortcuts';
import { SourceList } from '../features/sources/SourceList';
import { useSourceSummaries } from '../features/sources/useSourceSummaries';
import { usePlatform } from '../platform';
import { AppHeader } from './AppHeader';

function FirstSourceRedirect() {
  const sources = useSourceSummaries();
  if (!sources) return null;
  if (sources[0]) return <Redirect to={`/sources/${sources[0].id}`} replace />;
  return (
    <Center h={300}>
      <Text c="dimmed">No sources yet.</Text>
    </Center>
  );
}

function Shell() {
  const [navOpened, { toggle: toggleNav }] = useDisclosure();
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const [onClaims] = useRoute('/claims');
  const [, sourceParams] = useRoute<{ id: string }>('/sources/:id');
  const { ready, progress, reimport } = useSeedImport();
  const platform = usePlatform();
  const { toggleColorScheme } = useMantineColorScheme();
  useUndoShortcuts();

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'seeds:reimport') void reimport();
        if (command === 'theme:toggle') toggleColorScheme();
      }),
    [platform, reimport, toggleColorScheme],
  );

  const sourceId = sourceParams?.id ?? null;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 320, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      aside={{
        width: 360,
        breakpoint: 'md',
        collapsed: { desktop: !selectedClaimId, mobile: !selectedClaimId },
      }}
      padding={0}
    >
      <AppShell.Header>
        <AppHeader
          section={onClaims ? 'claims' : 'sources'}
          onSection={(section) =>
            navigate(section === 'claims' ? '/claims' : sourceId ? `/sources/${sourceId}` : '/')
          }
          navOpened={navOpened}
          onToggleNav={toggleNav}
          onReimport={() => void reimport()}
        />
      </AppShell.Header>
      <AppShell.Navbar style={{ display: 'flex', flexDirection: 'column' }}>
        <SourceList
          selectedId={sourceId}
          onSelect={(id) => {
            setSelectedClaimId(null);
            navigate(`/sources/${id}`);
          }}
        />
      </AppShell.Navbar>
      <AppShell.Main style={{ height: '100dvh', display: 'flex', flexDirection: 'column' }}>
        {!ready ? (
          <Center h={300}>
            <Loader />
          </Center>
        ) : (
          <Switch>
            <Route path="/claims">
              <div style={{ flex: 1, minHeight: 0 }}>
                <ClaimsTable selectedClaimId={selectedClaimId} onSelectClaim={setSelectedClaimId} />
              </div>
            </Route>
            <Route path="/sources/:id">
              {(params) => (
                <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
                  <ReaderView
                    sourceId={params.id}
                    selectedClaimId={selectedClaimId}
                    onSelectClaim={setSelectedClaimId}
                    onDeleted={() => {
                      setSelectedClaimId(null);
                      navigate('/');
                    }}
                  />
                </div>
              )}
            </Route>
            <Route>
              <FirstSourceRedirect />
            </Route>
          </Switch>
        )}
      </AppShell.Main>
      <AppShell.Aside>
        <AppShell.Section grow component={ScrollArea}>
          {selectedClaimId && (
            <ClaimPanel claimId={selectedClaimId} onClose={() => setSelectedClaimId(null)} />
          )}
        </AppShell.Section>
      </AppShell.Aside>
      <ImportProgressModal progress={progress} />
    </AppShell>
  );
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}
