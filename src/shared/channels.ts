/**
 * Every channel between renderer and main, named `domain:verb` (Signal Desktop's convention).
 * Kept free of zod so the sandboxed preload bundle carries only these names; the payload
 * schemas live in `./ipc`, which re-exports everything here.
 */
export const channels = {
  seedsList: 'seeds:list',
  seedsRead: 'seeds:read',
  filesOpen: 'files:open',
  filesSave: 'files:save',
  appInfo: 'app:info',
} as const;
export type Channel = (typeof channels)[keyof typeof channels];

/** Events main sends to the renderer (menu items, second-instance launches). */
export const menuCommands = ['seeds:reimport', 'theme:toggle', 'files:import'] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const menuChannel = 'menu:command';
