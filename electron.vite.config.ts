import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const alias = {
  '@core': resolve(import.meta.dirname, 'src/core'),
  '@shared': resolve(import.meta.dirname, 'src/shared'),
};

/**
 * Development only: React Fast Refresh injects an inline module script and Vite talks to its
 * server over a WebSocket, so the dev server's page gets a looser CSP. Builds keep the strict one.
 */
function devServerCsp(): Plugin {
  return {
    name: 'claimdesk-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
  };
}

export default defineConfig({
  main: {
    resolve: { alias },
    // Its few dependencies (zod) bundled in: the packaged app then needs no node_modules
    // (electron-builder.yml leaves them out of the asar).
    build: { externalizeDeps: false },
  },
  preload: {
    resolve: { alias },
    // A sandboxed preload cannot load ES modules or sibling files: one CommonJS bundle.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    resolve: { alias },
    plugins: [react(), devServerCsp()],
    build: {
      // Sources read as text by the CSP-friendly build: no inline scripts, no eval.
      modulePreload: { polyfill: false },
      // electron-vite leaves the renderer unminified; minified, the bundle is a third of the size
      // and the app's start-up compiles that much less before the first screen.
      minify: true,
    },
  },
});
