import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../engine/index.ts';
import { newProject } from '../../test/fixtures/projects.ts';
import { MAX_TEXT_FILE_BYTES } from '../contract.ts';
import { openBackups } from './backups.ts';
import { createDocuments, type Dialogs } from './documents.ts';
import { createIpcHandlers, type HandlerWindow } from './ipc-handlers.ts';
import { openRecentDocuments } from './recent-documents.ts';
import { openInBrowser } from './security.ts';
import { createSessionStore } from './session-store.ts';

const project = serializeProject(newProject());
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fathom-handlers-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Handlers over real files in a temporary folder, with dialogs that answer from a queue. */
async function setup() {
  const answers: (string | undefined)[] = [];
  const dialogs: Dialogs = {
    showOpen: vi.fn(async () => {
      const file = answers.shift();
      return { canceled: file === undefined, filePaths: file ? [file] : [] };
    }),
    showSave: vi.fn(async () => {
      const file = answers.shift();
      return { canceled: file === undefined, filePath: file };
    }),
  };
  const osRecent: string[] = [];
  const recent = await openRecentDocuments(path.join(dir, 'recent.json'), {
    addToOs: (f) => osRecent.push(f),
    clearOs: () => osRecent.splice(0),
    changed: () => undefined,
  });
  const opened: string[] = [];
  const handlers = createIpcHandlers({
    documents: createDocuments(recent, () => dir),
    recent,
    session: createSessionStore(path.join(dir, 'session.fathom.json')),
    backups: await openBackups(path.join(dir, 'backups')),
    openInBrowser: (url) =>
      openInBrowser(url, async (u) => void opened.push(u), ['https://docs.example.org']),
  });
  const window: HandlerWindow = {
    dialogs,
    setDocumentState: vi.fn(),
    closeAfterSave: vi.fn(),
  };
  return { handlers, context: { window }, answers, dialogs, osRecent, opened };
}

describe('document handlers', () => {
  it('opens the file picked in the dialog and lists it as recent (ours and the OS’s)', async () => {
    const t = await setup();
    const file = path.join(dir, 'plan.fathom.json');
    await fs.writeFile(file, project);
    t.answers.push(file);
    const opened = await t.handlers['open-project'](t.context);
    expect(opened).toEqual({ path: file, name: 'plan.fathom.json', text: project });
    expect((await t.handlers['recent-files'](t.context))[0]?.path).toBe(file);
    expect(t.osRecent).toEqual([file]);
  });

  it('resolves undefined when the open dialog is cancelled', async () => {
    const t = await setup();
    t.answers.push(undefined);
    expect(await t.handlers['open-project'](t.context)).toBeUndefined();
  });

  it('saves back to an opened file, atomically', async () => {
    const t = await setup();
    const file = path.join(dir, 'plan.fathom.json');
    await fs.writeFile(file, 'old');
    t.answers.push(file);
    await t.handlers['open-project'](t.context);
    expect(await t.handlers['save-project'](t.context, file, project)).toEqual({
      path: file,
      name: 'plan.fathom.json',
    });
    expect(await fs.readFile(file, 'utf8')).toBe(project);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to save to a path the user never chose', async () => {
    const t = await setup();
    const file = path.join(dir, 'elsewhere.fathom.json');
    await expect(t.handlers['save-project'](t.context, file, project)).rejects.toThrow(
      /only to a file opened or saved/,
    );
    await expect(fs.stat(file)).rejects.toThrow();
  });

  it('save as writes where the user chose, adding the extension when it is missing', async () => {
    const t = await setup();
    t.answers.push(path.join(dir, 'my plan'));
    const saved = await t.handlers['save-project-as'](
      t.context,
      project,
      'ignored/../x.fathom.json',
    );
    expect(saved?.name).toBe('my plan.fathom.json');
    expect(await fs.readFile(path.join(dir, 'my plan.fathom.json'), 'utf8')).toBe(project);
    // The suggested name is reduced to a file name before it reaches the dialog.
    const options = vi.mocked(t.dialogs.showSave).mock.calls[0]![0];
    expect(path.basename(options.defaultPath)).toBe('x.fathom.json');
    // And the chosen file may now be saved in place.
    await t.handlers['save-project'](t.context, saved!.path, project);
  });

  it('exports bytes to the chosen file, or reports a cancel', async () => {
    const t = await setup();
    t.answers.push(path.join(dir, 'report.pdf'));
    expect(
      await t.handlers['export-file'](
        t.context,
        'report.pdf',
        'application/pdf',
        new Uint8Array([1, 2]),
      ),
    ).toBe(true);
    expect([...(await fs.readFile(path.join(dir, 'report.pdf')))]).toEqual([1, 2]);
    t.answers.push(undefined);
    expect(await t.handlers['export-file'](t.context, 'a.csv', 'text/csv', 'a')).toBe(false);
  });

  it('opens a recent file only if it is in the recent list', async () => {
    const t = await setup();
    const file = path.join(dir, 'plan.fathom.json');
    await fs.writeFile(file, project);
    await expect(t.handlers['open-recent'](t.context, file)).rejects.toThrow(
      /not in the recent list/,
    );
    t.answers.push(file);
    await t.handlers['open-project'](t.context);
    expect((await t.handlers['open-recent'](t.context, file))?.text).toBe(project);
  });

  it('opens a dropped project file, but nothing that is not a valid project', async () => {
    const t = await setup();
    const good = path.join(dir, 'plan.fathom.json');
    const secret = path.join(dir, 'credentials.json');
    const text = path.join(dir, 'notes.txt');
    await fs.writeFile(good, project);
    await fs.writeFile(secret, '{"token":"s3cr3t"}');
    await fs.writeFile(text, 'hello');
    expect((await t.handlers['open-dropped-file'](t.context, good)).text).toBe(project);
    await expect(t.handlers['open-dropped-file'](t.context, secret)).rejects.not.toThrow(/s3cr3t/);
    await expect(t.handlers['open-dropped-file'](t.context, text)).rejects.toThrow(
      /Only Fathom plans/,
    );
  });

  it('refuses files over the project size limit and folders', async () => {
    const t = await setup();
    const big = path.join(dir, 'big.fathom.json');
    await fs.writeFile(big, Buffer.alloc(21 * 1024 * 1024, 32));
    t.answers.push(big);
    await expect(t.handlers['open-project'](t.context)).rejects.toThrow(/too large/);
    t.answers.push(dir);
    await expect(t.handlers['open-project'](t.context)).rejects.toThrow(/not a file/);
  });
});

describe('text file import handler', () => {
  it('reads the CSV picked in a dialog that offers the asked extensions, granting nothing', async () => {
    const t = await setup();
    const file = path.join(dir, 'tasks.csv');
    await fs.writeFile(file, 'id,name\na,A\n');
    t.answers.push(file);
    expect(await t.handlers['open-text-file'](t.context, ['.csv'])).toEqual({
      name: 'tasks.csv',
      text: 'id,name\na,A\n',
    });
    const options = vi.mocked(t.dialogs.showOpen).mock.calls[0]![0];
    expect(options.title).toBe('Import a task list');
    expect(options.filters[0]).toEqual({ name: 'CSV', extensions: ['csv'] });
    // An imported file is no plan: not recent, and the page cannot save over it.
    expect(await t.handlers['recent-files'](t.context)).toEqual([]);
    expect(t.osRecent).toEqual([]);
    await expect(t.handlers['save-project'](t.context, file, project)).rejects.toThrow(
      /only to a file opened or saved/,
    );
    expect(await fs.readFile(file, 'utf8')).toBe('id,name\na,A\n');
  });

  it('resolves undefined on cancel and refuses folders and files over the limit', async () => {
    const t = await setup();
    t.answers.push(undefined);
    expect(await t.handlers['open-text-file'](t.context, ['.csv'])).toBeUndefined();
    const big = path.join(dir, 'huge.csv');
    await fs.writeFile(big, Buffer.alloc(MAX_TEXT_FILE_BYTES + 1, 32));
    t.answers.push(big);
    await expect(t.handlers['open-text-file'](t.context, ['.csv'])).rejects.toThrow(
      /huge\.csv is 5\.0 MB; Fathom imports files up to 5 MB/,
    );
    t.answers.push(dir);
    await expect(t.handlers['open-text-file'](t.context, ['.csv'])).rejects.toThrow(/not a file/);
  });
});

describe('session, window and link handlers', () => {
  it('keeps the session document between runs', async () => {
    const t = await setup();
    expect(await t.handlers['load-session'](t.context)).toBeUndefined();
    await t.handlers['store-session'](t.context, project);
    expect(await t.handlers['load-session'](t.context)).toBe(project);
  });

  it('passes the document state and the close to the window', async () => {
    const t = await setup();
    await t.handlers['set-document-state'](t.context, { name: 'a.fathom.json', dirty: true });
    expect(t.context.window.setDocumentState).toHaveBeenCalledWith({
      name: 'a.fathom.json',
      dirty: true,
    });
    await t.handlers['close-window'](t.context);
    expect(t.context.window.closeAfterSave).toHaveBeenCalled();
  });

  it('opens only allow-listed https links', async () => {
    const t = await setup();
    expect(await t.handlers['open-external'](t.context, 'https://evil.example/')).toBe(false);
    expect(await t.handlers['open-external'](t.context, 'https://docs.example.org/x')).toBe(true);
    expect(t.opened).toEqual(['https://docs.example.org/x']);
  });
});

describe('backup handlers', () => {
  it('write, list, restore and discard', async () => {
    const t = await setup();
    await t.handlers['write-backup'](t.context, 'doc-1', 'plan.fathom.json', project);
    expect((await t.handlers['list-backups'](t.context)).map((b) => b.id)).toEqual(['doc-1']);
    expect(await t.handlers['restore-backup'](t.context, 'doc-1')).toBe(project);
    await t.handlers['discard-backup'](t.context, 'doc-1');
    expect(await t.handlers['restore-backup'](t.context, 'doc-1')).toBeUndefined();
  });
});
