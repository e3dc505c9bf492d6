import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Providers } from './app/Providers';
import { db } from './db/db';
import { detectPlatform } from './platform';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers platform={detectPlatform()} database={db}>
      <App />
    </Providers>
  </StrictMode>,
);
