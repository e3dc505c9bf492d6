// First: work that starts before the rest of the app is even evaluated.
import './startEarly';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseGate } from './app/DatabaseGate';
import { requestPersistentStorage } from './app/persistStorage';
import { Providers } from './app/Providers';
import { db } from './db/db';
import { detectPlatform } from './platform';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers platform={detectPlatform()} database={db}>
      <DatabaseGate database={db}>
        <App />
      </DatabaseGate>
    </Providers>
  </StrictMode>,
);

void requestPersistentStorage().catch(() => {
  // Refused or unsupported: the data stays, only without the eviction guarantee.
});
