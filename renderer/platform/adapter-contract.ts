import { expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES } from '../../electron/contract.ts';
import type { PlatformAdapter } from './platform-adapter.ts';

/**
 * The behaviour every platform adapter must have (DESIGN §1), run against each implementation:
 * the in-memory fake, the browser adapter and (with the desktop shell) the Electron adapter.
 * `choose(name)` makes the next open/save dialog pick `name`; `choose(undefined)` cancels it.
 */
export type ContractFixture = {
  adapter: PlatformAdapter;
  choose(name: string | undefined): void;
  /** Puts a file where the next open dialog finds it. */
  seedFile(name: string, text: string): void;
  /** What a save wrote under `name`. */
  readFile(name: string): Promise<string | undefined>;
  /** Whether the platform writes back to an opened file on save (false: it downloads a copy). */
  savesInPlace: boolean;
};

export function platformAdapterContract(makeFixture: () => ContractFixture): void {
  it('opens the file the user picks, as text with its name', async () => {
    const f = makeFixture();
    f.seedFile('plan.fathom.json', '{"schemaVersion":1}');
    f.choose('plan.fathom.json');
    const opened = await f.adapter.openProject();
    expect(opened?.name).toBe('plan.fathom.json');
    expect(opened?.text).toBe('{"schemaVersion":1}');
  });

  it('resolves undefined when the user cancels the open dialog', async () => {
    const f = makeFixture();
    f.choose(undefined);
    expect(await f.adapter.openProject()).toBeUndefined();
  });

  it('saves as a new file and reports its name', async () => {
    const f = makeFixture();
    f.choose('new-plan.fathom.json');
    const saved = await f.adapter.saveProjectAs('{"a":1}', 'new-plan.fathom.json');
    expect(saved?.name).toBe('new-plan.fathom.json');
    expect(await f.readFile('new-plan.fathom.json')).toBe('{"a":1}');
  });

  it('saves back to an opened file without asking again when the platform can', async () => {
    const f = makeFixture();
    f.seedFile('plan.fathom.json', 'old');
    f.choose('plan.fathom.json');
    const opened = await f.adapter.openProject();
    f.choose(undefined);
    const saved = await f.adapter.saveProject('new', 'plan.fathom.json', opened?.handle);
    if (f.savesInPlace) {
      expect(saved?.name).toBe('plan.fathom.json');
      expect(await f.readFile('plan.fathom.json')).toBe('new');
    } else {
      expect(saved === undefined || saved.name === 'plan.fathom.json').toBe(true);
    }
  });

  it('opens a text file to import, read once: no recent plan, no handle to save over', async () => {
    const f = makeFixture();
    f.seedFile('tasks.csv', 'id,name\nspec,"Write, the spec"\n');
    f.choose('tasks.csv');
    const opened = await f.adapter.openTextFile({ accept: ['.csv'] });
    expect(opened).toEqual({ name: 'tasks.csv', text: 'id,name\nspec,"Write, the spec"\n' });
    expect((await f.adapter.recentFiles()).map((r) => r.name)).not.toContain('tasks.csv');
    f.choose(undefined);
    expect(await f.adapter.openTextFile({ accept: ['.csv'] })).toBeUndefined();
  });

  it('refuses a text file over the import limit, naming the file and the limit', async () => {
    const f = makeFixture();
    f.seedFile('huge.csv', 'x'.repeat(MAX_TEXT_FILE_BYTES + 1));
    f.choose('huge.csv');
    await expect(f.adapter.openTextFile({ accept: ['.csv'] })).rejects.toThrow(
      /huge\.csv is 5\.0 MB; Fathom imports files up to 5 MB/,
    );
  });

  it('keeps the session document for the next start', async () => {
    const f = makeFixture();
    expect(await f.adapter.loadSession()).toBeUndefined();
    await f.adapter.storeSession('{"session":true}');
    expect(await f.adapter.loadSession()).toBe('{"session":true}');
  });

  it('exports a file and remembers recently opened files', async () => {
    const f = makeFixture();
    expect(await f.adapter.exportFile('result.json', 'application/json', '{}')).toBe(true);
    f.seedFile('a.fathom.json', '{}');
    f.choose('a.fathom.json');
    await f.adapter.openProject();
    const recent = await f.adapter.recentFiles();
    expect(recent[0]?.name).toBe('a.fathom.json');
  });

  it('keeps autosave backups apart from the session, lists, restores and discards them', async () => {
    const f = makeFixture();
    const { adapter } = f;
    // Backups are optional until every platform has them.
    if (!adapter.writeBackup || !adapter.listBackups || !adapter.restoreBackup) return;
    if (!adapter.discardBackup) return;
    await adapter.storeSession('{"session":true}');
    await adapter.writeBackup('doc-1', 'plan', '{"backup":1}');
    await adapter.writeBackup('doc-1', 'plan', '{"backup":2}');
    expect((await adapter.listBackups()).map((b) => [b.id, b.name])).toEqual([['doc-1', 'plan']]);
    expect(await adapter.restoreBackup('doc-1')).toBe('{"backup":2}');
    expect(await adapter.loadSession()).toBe('{"session":true}');
    await adapter.discardBackup('doc-1');
    expect(await adapter.listBackups()).toEqual([]);
    expect(await adapter.restoreBackup('doc-1')).toBeUndefined();
  });
}
