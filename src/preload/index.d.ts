import type { ClaimdeskBridge } from '../shared/ipc';

declare global {
  interface Window {
    /** Present in the Electron app (see src/preload/index.ts); absent in the browser build. */
    claimdesk?: ClaimdeskBridge;
  }
}

export {};
