import { afterEach, describe, expect, it, vi } from 'vitest';
import { platformAdapterContract } from './adapter-contract.ts';
import { createBrowserAdapter } from './browser-adapter.ts';

/** What the browser does when a file input is clicked: the user picks `choice`, or cancels. */
function pickFromInput(
  input: HTMLInputElement,
  choice: string | undefined,
  files: Map<string, string>,
): void {
  if (choice === undefined) {
    input.dispatchEvent(new Event('cancel'));
    return;
  }
  const file = new File([files.get(choice) ?? ''], choice);
  Object.defineProperty(input, 'files', { value: [file] });
  input.dispatchEvent(new Event('change'));
}

/**
 * The browser adapter in jsdom with a fake File System Access API: the pickers resolve to
 * in-memory handles, as Chromium's do, or throw AbortError when the user cancels.
 */
function fileSystemWindow() {
  const files = new Map<string, string>();
  let choice: string | undefined;
  const handle = (name: string) => ({
    name,
    getFile: async () => new File([files.get(name) ?? ''], name),
    createWritable: async () => {
      let data = '';
      return {
        write: async (text: string) => void (data += text),
        close: async () => void files.set(name, data),
      };
    },
  });
  const abort = () => new DOMException('The user aborted a request.', 'AbortError');
  const win = window as unknown as Record<string, unknown>;
  win['showOpenFilePicker'] = async () => {
    if (choice === undefined) throw abort();
    return [handle(choice)];
  };
  win['showSaveFilePicker'] = async () => {
    if (choice === undefined) throw abort();
    return handle(choice);
  };
  // Imports use a file input even here.
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    pickFromInput(this, choice, files);
  });
  return { files, choose: (name: string | undefined) => (choice = name) };
}

afterEach(() => {
  const win = window as unknown as Record<string, unknown>;
  delete win['showOpenFilePicker'];
  delete win['showSaveFilePicker'];
  window.localStorage.clear();
  vi.restoreAllMocks();
});

describe('browser platform adapter (File System Access API)', () => {
  platformAdapterContract(() => {
    window.localStorage.clear();
    const fs = fileSystemWindow();
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:fathom');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    return {
      adapter: createBrowserAdapter(window),
      choose: fs.choose,
      seedFile: (name, text) => fs.files.set(name, text),
      readFile: async (name) => fs.files.get(name),
      savesInPlace: true,
    };
  });
});

/** Browsers without the File System Access API: a file input to open, downloads to save. */
function fallbackWindow() {
  const files = new Map<string, string>();
  const downloads = new Map<string, Blob>();
  let choice: string | undefined;
  let lastBlob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    lastBlob = blob as Blob;
    return 'blob:fathom';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (lastBlob) downloads.set(this.download, lastBlob);
  });
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    pickFromInput(this, choice, files);
  });
  return {
    files,
    choose: (name: string | undefined) => (choice = name),
    readFile: async (name: string) => (await downloads.get(name)?.text()) ?? undefined,
  };
}

describe('browser platform adapter (file input and downloads)', () => {
  platformAdapterContract(() => {
    window.localStorage.clear();
    const fs = fallbackWindow();
    return {
      adapter: createBrowserAdapter(window),
      choose: fs.choose,
      seedFile: (name, text) => fs.files.set(name, text),
      readFile: fs.readFile,
      savesInPlace: false,
    };
  });
});

describe('browser platform adapter: text import', () => {
  it('offers the asked extensions in the file input and removes the input after', async () => {
    window.localStorage.clear();
    const fs = fallbackWindow();
    fs.files.set('tasks.csv', 'id\na\n');
    fs.choose('tasks.csv');
    let accept = '';
    const click = vi.mocked(HTMLInputElement.prototype.click);
    const pick = click.getMockImplementation()!;
    click.mockImplementation(function (this: HTMLInputElement) {
      accept = this.accept;
      pick.call(this);
    });
    const opened = await createBrowserAdapter(window).openTextFile({ accept: ['.csv', '.txt'] });
    expect(opened).toEqual({ name: 'tasks.csv', text: 'id\na\n' });
    expect(accept).toBe('.csv,.txt');
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });
});
