// electron-builder's afterPack hook (electron-builder.yml): flips Electron's fuses in the packaged
// binary, before it is signed, to what Electron's security checklist asks of an app that runs no
// Node scripts of its own and loads only its ASAR archive.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** The fuses of a packaged Fathom (every fuse set, so a new Electron fuse is a conscious choice). */
export const FATHOM_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** Called by electron-builder with the packed app; its packager knows where the binary is. */
export async function afterPack(context) {
  await context.packager.addElectronFuses(context, {
    ...FATHOM_FUSES,
    // macOS: re-sign ad hoc after the flip on unsigned builds, so the app still launches.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
  });
}
