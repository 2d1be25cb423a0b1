import { APP_ORIGIN, type InvokeChannel, type InvokeContract } from '../contract.ts';
import { ipcArgumentSchemas } from './ipc-schemas.ts';

/** What a handler knows about the window that asked (its dialogs, title and close). */
export type WindowContext<W = unknown> = { window: W };

/** One implementation per channel, given the asking window and the validated arguments. */
export type IpcHandlers<W = unknown> = {
  [K in InvokeChannel]: (
    context: WindowContext<W>,
    ...args: Parameters<InvokeContract[K]>
  ) => ReturnType<InvokeContract[K]>;
};

/** The parts of an `IpcMainInvokeEvent` the checks read. */
export type InvokeEventLike = {
  sender: unknown;
  senderFrame: { url: string; parent?: unknown } | null;
};

/** The part of `ipcMain` registration uses (a fake in tests). */
export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
};

/**
 * Whether a request comes from our own page: the top frame of one of our windows, showing
 * `app://fathom/…`. Anything else (a frame that navigated elsewhere, an iframe, another
 * web contents) is refused (Electron's checklist: validate the sender of all IPC messages).
 */
export function isTrustedSender<W>(
  event: InvokeEventLike,
  windowOf: (sender: unknown) => W | undefined,
): W | undefined {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return undefined;
  // Compared as text: Node's URL gives custom schemes the origin "null".
  const ours = frame.url.startsWith(`${APP_ORIGIN}/`);
  return ours ? windowOf(event.sender) : undefined;
}

/** The message a refused request rejects with (never the payload itself). */
export function refusal(channel: string, reason: string): Error {
  return new Error(`${channel}: ${reason}`);
}

/**
 * Registers every handler under its channel: the sender is checked, then the arguments are parsed
 * with the channel's schema, and only then is the handler called.
 */
export function registerIpcHandlers<W>(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers<W>,
  windowOf: (sender: unknown) => W | undefined,
): void {
  for (const channel of Object.keys(ipcArgumentSchemas) as InvokeChannel[]) {
    ipcMain.handle(channel, async (event, ...raw) => {
      const window = isTrustedSender(event, windowOf);
      if (window === undefined)
        throw refusal(channel, 'refused: the request did not come from Fathom’s own page');
      const parsed = ipcArgumentSchemas[channel].safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw refusal(channel, `invalid arguments${issue ? `: ${issue.message}` : ''}`);
      }
      const handler = handlers[channel] as (
        context: WindowContext<W>,
        ...args: unknown[]
      ) => Promise<unknown>;
      return handler({ window }, ...(parsed.data as unknown[]));
    });
  }
}
