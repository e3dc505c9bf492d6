/**
 * electron-builder's afterPack hook (electron-builder.yml): flips Electron's fuses in the packaged
 * binary, before electron-builder signs it, so that the shipped app cannot be turned into a
 * Node.js interpreter or debugger and runs only the code in its own app.asar.
 * Checked by tests/unit/main/packaging.test.ts; the fuse names are @electron/fuses 1.8's.
 */
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Each fuse and why. Asar integrity is enforced by Electron on macOS and Windows (electron-builder
 * embeds the hashes there); on Linux the fuse is set but Electron does not check it.
 */
export const FUSE_SETTINGS = {
  // ELECTRON_RUN_AS_NODE=1 would run the binary as plain Node.js.
  [FuseV1Options.RunAsNode]: false,
  // Cookies (and other Chromium secrets) encrypted with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would open a debugger on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash embedded in the executable.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // No loose app/ folder or default_app beside the asar.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer uses app://claimdesk, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/**
 * The packaged Electron executable, named as electron-builder names it: `<executableName>` on
 * Linux, `<productFilename>.exe` on Windows, `<productFilename>.app` on macOS.
 * @param {import('electron-builder').AfterPackContext} context
 */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'linux':
      return join(appOutDir, /** @type {{ executableName: string }} */ (packager).executableName);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    default:
      throw new Error(`after-pack: unknown platform ${electronPlatformName}`);
  }
}

/** @param {import('electron-builder').AfterPackContext} context */
export default async function afterPack(context) {
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(electronBinaryPath(context), {
    version: FuseVersion.V1,
    // Flipping a fuse breaks the ad-hoc signature of an arm64 macOS binary; re-sign it ad hoc
    // (a real signing identity signs again afterwards).
    resetAdHocDarwinSignature: isMac,
    ...FUSE_SETTINGS,
  });
}
