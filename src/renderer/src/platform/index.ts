import { createContext, useContext } from 'react';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

export type { Platform, PickedFile } from './types';

/** The Electron bridge when the preload exposed one, otherwise the browser fallback. */
export function detectPlatform(): Platform {
  return window.claimdesk ? createElectronPlatform(window.claimdesk) : createBrowserPlatform();
}

export const PlatformContext = createContext<Platform | null>(null);

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform must be used inside <PlatformContext.Provider>.');
  return platform;
}
