import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import type { ClaimdeskDB } from '../db/db';
import { PlatformContext, type Platform } from '../platform';
import { DatabaseContext } from './DatabaseContext';
import { theme } from './theme';

export function Providers({
  platform,
  database,
  children,
  env = 'default',
}: {
  platform: Platform;
  database: ClaimdeskDB;
  children: ReactNode;
  /** 'test' turns off Mantine's transitions and portals for component tests. */
  env?: 'default' | 'test';
}) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" env={env}>
      <Notifications position="bottom-right" />
      <PlatformContext.Provider value={platform}>
        <DatabaseContext.Provider value={database}>{children}</DatabaseContext.Provider>
      </PlatformContext.Provider>
    </MantineProvider>
  );
}
