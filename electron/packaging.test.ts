import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
// electron-builder's own loader and schema check (app-builder-lib comes with electron-builder).
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
// @ts-expect-error -- a plain .mjs hook without type declarations
import { afterPack, FATHOM_FUSES } from '../scripts/after-pack.mjs';

const root = path.resolve(import.meta.dirname, '..');
const debugLogger = { isEnabled: false, add: () => undefined } as never;

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, path.join(root, 'electron-builder.yml'), null);
}

describe('electron-builder configuration', () => {
  it('is valid for electron-builder', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, debugLogger)).resolves.toBeUndefined();
  });

  it('builds AppImage and deb, NSIS and dmg, in an ASAR archive, with the fuses hook', async () => {
    const config = await loadConfig();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    expect(config.directories?.buildResources).toBe('build');
    expect(config.publish).toBeNull();
  });

  it('associates .fathom.json files with the app', async () => {
    const config = await loadConfig();
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'fathom.json',
        role: 'Editor',
        mimeType: 'application/x-fathom+json',
      }),
    ]);
    expect(config.linux?.mimeTypes).toContain('application/x-fathom+json');
  });

  it('packs the bundles, the built renderer and the icons that exist, and no node_modules', async () => {
    const config = await loadConfig();
    // electron-builder normalises `files` into file sets with a `filter` list.
    const files = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/electron/main.cjs',
        'dist/electron/preload.cjs',
        'dist/web/**/*',
      ]),
    );
    expect(files).toContain('!**/node_modules/**/*');
    // Help › Documentation opens the README outside the asar.
    expect(JSON.stringify(config.extraResources)).toContain('README.md');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(pkg.scripts.dist).toMatch(/electron-builder/);
    for (const icon of ['icon.png', 'icon.ico', 'icon.icns', 'icon.svg']) {
      expect(existsSync(path.join(root, 'build', icon)), icon).toBe(true);
    }
    expect(
      readFileSync(path.join(root, 'build', 'icon.icns'))
        .subarray(0, 4)
        .toString(),
    ).toBe('icns');
  });
});

describe('fuses of a packaged build', () => {
  it('sets every fuse: RunAsNode, NODE_OPTIONS and --inspect off; cookies encrypted; ASAR only and checked', () => {
    expect(FATHOM_FUSES).toMatchObject({
      version: '1',
      strictlyRequireAllFuses: true,
      0: false, // RunAsNode
      1: true, // EnableCookieEncryption
      2: false, // EnableNodeOptionsEnvironmentVariable
      3: false, // EnableNodeCliInspectArguments
      4: true, // EnableEmbeddedAsarIntegrityValidation
      5: true, // OnlyLoadAppFromAsar
      7: false, // GrantFileProtocolExtraPrivileges
    });
  });

  it('the afterPack hook flips them through electron-builder’s packager', async () => {
    const addElectronFuses = vi.fn(async () => 0);
    const context = { electronPlatformName: 'linux', packager: { addElectronFuses } };
    await afterPack(context);
    expect(addElectronFuses).toHaveBeenCalledWith(context, {
      ...FATHOM_FUSES,
      resetAdHocDarwinSignature: false,
    });
  });
});
