import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { controlWindow } from './window-controller.ts';
import { windowTitle } from './window.ts';

function fakeWindow() {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  const contentsListeners = new Map<string, (event: { preventDefault(): void }) => void>();
  const window = {
    on: vi.fn((event: string, listener: (event: { preventDefault(): void }) => void) =>
      listeners.set(event, listener),
    ),
    setTitle: vi.fn(),
    setDocumentEdited: vi.fn(),
    close: vi.fn(() => {
      const prevent = vi.fn();
      listeners.get('close')?.({ preventDefault: prevent });
      return prevent;
    }),
    isDestroyed: () => false,
    isMinimized: () => false,
    restore: vi.fn(),
    focus: vi.fn(),
    webContents: {
      send: vi.fn(),
      on: vi.fn((event: string, listener: (event: { preventDefault(): void }) => void) =>
        contentsListeners.set(event, listener),
      ),
    },
  };
  /** The page's `beforeunload` vetoed the unload: does main overrule it? */
  const pageVetoes = () => {
    const preventDefault = vi.fn();
    contentsListeners.get('will-prevent-unload')!({ preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  const tryClose = () => {
    const preventDefault = vi.fn();
    listeners.get('close')!({ preventDefault });
    return preventDefault;
  };
  return { window, tryClose, pageVetoes, asWindow: window as unknown as BrowserWindow };
}

function dialogAnswering(response: number) {
  return {
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
    showMessageBox: vi.fn(async () => ({ response, checkboxChecked: false })),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('window title', () => {
  it('shows the file name and an unsaved marker', () => {
    expect(windowTitle({ name: 'plan.fathom.json', dirty: false }, 'linux')).toBe(
      'plan.fathom.json — Fathom',
    );
    expect(windowTitle({ name: 'plan.fathom.json', dirty: true }, 'win32')).toBe(
      '• plan.fathom.json — Fathom',
    );
    expect(windowTitle({ name: '', dirty: true }, 'darwin')).toBe('Untitled — Fathom');
  });

  it('is set from the renderer’s document state (and the edited dot on macOS)', () => {
    const f = fakeWindow();
    const c = controlWindow(f.asWindow, dialogAnswering(0), 'darwin');
    c.setDocumentState({ name: 'plan.fathom.json', dirty: true });
    expect(f.window.setTitle).toHaveBeenCalledWith('plan.fathom.json — Fathom');
    expect(f.window.setDocumentEdited).toHaveBeenCalledWith(true);
  });
});

describe('closing with unsaved changes', () => {
  it('closes at once when there is nothing to save', () => {
    const f = fakeWindow();
    const dialog = dialogAnswering(0);
    controlWindow(f.asWindow, dialog, 'linux').setDocumentState({ name: 'a', dirty: false });
    expect(f.tryClose()).not.toHaveBeenCalled();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks first; Save sends save-and-close to the renderer, which closes after saving', async () => {
    const f = fakeWindow();
    const dialog = dialogAnswering(0);
    const c = controlWindow(f.asWindow, dialog, 'linux');
    c.setDocumentState({ name: 'plan.fathom.json', dirty: true });
    expect(f.tryClose()).toHaveBeenCalled();
    await flush();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      f.window,
      expect.objectContaining({
        buttons: ['Save', 'Don’t Save', 'Cancel'],
        message: expect.stringContaining('plan.fathom.json'),
      }),
    );
    expect(f.window.webContents.send).toHaveBeenCalledWith('menu-command', 'save-and-close');
    expect(f.window.close).not.toHaveBeenCalled();
    c.closeAfterSave();
    expect(f.window.close).toHaveBeenCalled();
    expect(f.window.close.mock.results[0]!.value).not.toHaveBeenCalled();
  });

  it('Don’t Save closes without saving', async () => {
    const f = fakeWindow();
    const c = controlWindow(f.asWindow, dialogAnswering(1), 'linux');
    c.setDocumentState({ name: 'a', dirty: true });
    f.tryClose();
    await flush();
    expect(f.window.close).toHaveBeenCalledTimes(1);
    expect(f.window.close.mock.results[0]!.value).not.toHaveBeenCalled();
    expect(f.window.webContents.send).not.toHaveBeenCalledWith('menu-command', 'save-and-close');
    // The page's own beforeunload guard does not keep the window open after the user chose.
    expect(f.pageVetoes()).toBe(true);
  });

  it('Cancel keeps the window open', async () => {
    const f = fakeWindow();
    const c = controlWindow(f.asWindow, dialogAnswering(2), 'linux');
    c.setDocumentState({ name: 'a', dirty: true });
    expect(f.tryClose()).toHaveBeenCalled();
    await flush();
    expect(f.window.close).not.toHaveBeenCalled();
    expect(f.pageVetoes()).toBe(false);
  });
});

describe('files for the renderer', () => {
  it('keeps files until the renderer first reports its state, then sends them in order', () => {
    const f = fakeWindow();
    const c = controlWindow(f.asWindow, dialogAnswering(0), 'linux');
    const a = { path: '/a.fathom.json', name: 'a.fathom.json', text: '{}' };
    const b = { path: '/b.fathom.json', name: 'b.fathom.json', text: '{}' };
    c.openDocument(a);
    expect(f.window.webContents.send).not.toHaveBeenCalled();
    expect(f.window.focus).toHaveBeenCalled();
    c.setDocumentState({ name: '', dirty: false });
    c.openDocument(b);
    expect(f.window.webContents.send.mock.calls).toEqual([
      ['open-file', a],
      ['open-file', b],
    ]);
  });
});
