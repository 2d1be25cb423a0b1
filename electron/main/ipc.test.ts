import { describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../engine/index.ts';
import { newProject } from '../../test/fixtures/projects.ts';
import type { InvokeChannel } from '../contract.ts';
import { ipcArgumentSchemas } from './ipc-schemas.ts';
import {
  isTrustedSender,
  registerIpcHandlers,
  type IpcHandlers,
  type IpcMainLike,
  type InvokeEventLike,
} from './ipc.ts';

const project = serializeProject(newProject());
const channels = Object.keys(ipcArgumentSchemas) as InvokeChannel[];

/** For every channel: arguments it accepts, and arguments it must refuse. */
const samples = {
  'open-project': { valid: [], invalid: [['surprise']] },
  'open-recent': { valid: ['/home/u/plan.fathom.json'], invalid: [[42], [''], ['a\0b'], []] },
  'open-dropped-file': {
    valid: ['/home/u/plan.fathom.json'],
    invalid: [[{ path: '/x' }], ['x'.repeat(5000)], []],
  },
  'save-project': {
    valid: ['/home/u/plan.fathom.json', project],
    invalid: [
      ['/home/u/plan.fathom.json', '{"not":"a project"}'],
      ['/home/u/plan.fathom.json', 'not json'],
      ['/home/u/plan.fathom.json'],
      [null, project],
    ],
  },
  'save-project-as': {
    valid: [project, 'plan.fathom.json'],
    invalid: [['{}', 'plan.fathom.json'], [project, ''], [project, 'x'.repeat(300)], [project]],
  },
  'open-text-file': {
    valid: [['.csv', '.txt']],
    invalid: [[[]], ['.csv'], [['csv']], [['.c/v']], [['.csv', '../x']], []],
  },
  'export-file': {
    valid: ['report.pdf', 'application/pdf', new Uint8Array([37, 80, 68, 70])],
    invalid: [
      ['run.sh', 'application/x-sh', '#!/bin/sh'],
      ['report.pdf', 'application/pdf', { length: 3 }],
      ['', 'text/csv', 'a,b'],
      ['report.pdf', 'application/pdf'],
    ],
  },
  'load-session': { valid: [], invalid: [[1]] },
  'store-session': { valid: [project], invalid: [['{}'], [7], []] },
  'recent-files': { valid: [], invalid: [['x']] },
  'set-document-state': {
    valid: [{ name: 'plan.fathom.json', dirty: true }],
    invalid: [
      [{ name: 'x' }],
      [{ name: 'x', dirty: 'yes' }],
      [{ name: 'x', dirty: true, extra: 1 }],
    ],
  },
  'close-window': { valid: [], invalid: [[true]] },
  'open-external': { valid: ['https://docs.example.org/'], invalid: [[{}], ['x'.repeat(3000)]] },
  'write-backup': {
    valid: ['doc-1', 'plan.fathom.json', project],
    invalid: [
      ['../escape', 'plan', project],
      ['doc-1', 'plan', '{"broken":'],
      ['doc/1', 'plan', project],
    ],
  },
  'list-backups': { valid: [], invalid: [['all']] },
  'restore-backup': { valid: ['doc-1'], invalid: [['..'], ['a b'], [1], []] },
  'discard-backup': { valid: ['doc-1'], invalid: [['../../x'], [''], []] },
} satisfies Record<InvokeChannel, { valid: unknown[]; invalid: unknown[][] }>;

type Handler = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function setup() {
  const registered = new Map<string, Handler>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) };
  const implementations = Object.fromEntries(
    channels.map((c) => [c, vi.fn(async () => `result of ${c}`)]),
  ) as unknown as IpcHandlers<string> & Record<InvokeChannel, ReturnType<typeof vi.fn>>;
  const ourSender = { id: 1 };
  registerIpcHandlers(ipcMain, implementations, (sender) =>
    sender === ourSender ? 'main-window' : undefined,
  );
  const ours: InvokeEventLike = {
    sender: ourSender,
    senderFrame: { url: 'app://fathom/index.html', parent: null },
  };
  return { registered, implementations, ours, ourSender };
}

describe('IPC handlers', () => {
  it('registers one handler per channel of the contract', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual([...channels].sort());
  });

  describe.each(channels)('%s', (channel) => {
    it('calls its handler with the validated arguments and the asking window', async () => {
      const { registered, implementations, ours } = setup();
      const args = samples[channel].valid;
      await expect(registered.get(channel)!(ours, ...args)).resolves.toBe(`result of ${channel}`);
      expect(implementations[channel]).toHaveBeenCalledWith({ window: 'main-window' }, ...args);
    });

    it('refuses invalid arguments without calling its handler', async () => {
      const { registered, implementations, ours } = setup();
      for (const args of samples[channel].invalid) {
        await expect(registered.get(channel)!(ours, ...args), JSON.stringify(args)).rejects.toThrow(
          `${channel}: invalid arguments`,
        );
      }
      expect(implementations[channel]).not.toHaveBeenCalled();
    });

    it('refuses a foreign sender without calling its handler', async () => {
      const { registered, implementations, ourSender } = setup();
      const args = samples[channel].valid;
      const foreign: InvokeEventLike[] = [
        { sender: ourSender, senderFrame: { url: 'https://evil.example/', parent: null } },
        { sender: ourSender, senderFrame: { url: 'file:///tmp/index.html', parent: null } },
        { sender: ourSender, senderFrame: { url: 'app://fathom.evil/index.html', parent: null } },
        { sender: ourSender, senderFrame: { url: 'app://fathom/index.html', parent: {} } },
        { sender: ourSender, senderFrame: null },
        { sender: { id: 2 }, senderFrame: { url: 'app://fathom/index.html', parent: null } },
      ];
      for (const event of foreign) {
        await expect(registered.get(channel)!(event, ...args)).rejects.toThrow(
          `${channel}: refused`,
        );
      }
      expect(implementations[channel]).not.toHaveBeenCalled();
    });
  });
});

describe('sender check', () => {
  it('accepts only the top frame of our window on app://fathom/', () => {
    const windowOf = (s: unknown) => (s === 'ours' ? 'w' : undefined);
    const event = (url: string, parent: unknown = null, sender = 'ours') => ({
      sender,
      senderFrame: { url, parent },
    });
    expect(isTrustedSender(event('app://fathom/index.html'), windowOf)).toBe('w');
    expect(isTrustedSender(event('app://fathom'), windowOf)).toBeUndefined();
    expect(isTrustedSender(event('app://fathom@evil/'), windowOf)).toBeUndefined();
    expect(isTrustedSender(event('devtools://devtools/'), windowOf)).toBeUndefined();
    expect(isTrustedSender(event('app://fathom/x', null, 'other'), windowOf)).toBeUndefined();
  });
});
