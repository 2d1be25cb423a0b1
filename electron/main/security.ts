import { APP_ORIGIN, APP_SCHEME } from '../contract.ts';

/**
 * The renderer's Content-Security-Policy, sent with every `app://` response. Everything comes
 * from our own origin; nothing remote, no eval, no inline script or style, no plugins, no frames.
 * (React sets `style` props through the CSSOM, which the CSP allows; test/e2e/desktop-csp.test.ts
 * runs the built app under this policy in Chromium.)
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

/** The page every window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The https origins `shell.openExternal` may open. Empty until the project has a documentation
 * site: add its origin here (exact origin, https only), never a pattern.
 */
export const EXTERNAL_ORIGINS: readonly string[] = [];

/** Whether `url` is an https URL on one of the allow-listed origins, with no credentials. */
export function isAllowedExternalUrl(url: string, origins: readonly string[] = EXTERNAL_ORIGINS) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    !parsed.username &&
    !parsed.password &&
    origins.includes(parsed.origin)
  );
}

/**
 * Opens `url` in the user's browser when it is allow-listed (resolves true), else does nothing
 * (false). Every link the app opens goes through here; `open` is `shell.openExternal`.
 */
export async function openInBrowser(
  url: string,
  open: (url: string) => Promise<void>,
  origins: readonly string[] = EXTERNAL_ORIGINS,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, origins)) return false;
  await open(url);
  return true;
}

/** Whether a request may leave the renderer: only our own files (and the dev tools' own). */
export function isAllowedRequest(url: string): boolean {
  return (
    url.startsWith(`${APP_SCHEME}:`) ||
    url.startsWith('devtools:') ||
    url.startsWith('data:') ||
    url.startsWith('blob:')
  );
}

/** The part of `webContents` the hardening uses (a fake in tests). */
export type ContentsLike = {
  on(
    event: 'will-navigate',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(
    event: 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/**
 * Denies every navigation, redirect, new window and webview of a web contents. A link to an
 * allow-listed https page opens in the user's browser instead.
 */
export function hardenContents(
  contents: ContentsLike,
  openLink: (url: string) => void,
  origins: readonly string[] = EXTERNAL_ORIGINS,
): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url, origins)) openLink(url);
    return { action: 'deny' };
  });
}

/** The part of a `Session` the hardening uses (a fake in tests). */
export type SessionLike = {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void,
    ): void;
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
  };
};

/**
 * Denies every permission (camera, notifications, USB …) and every request for remote content,
 * and adds the CSP to every response of ours (the protocol handler sends it too; this literal copy
 * is the one electronegativity can read and evaluate, and a test keeps the two equal).
 */
export function hardenSession(session: SessionLike): void {
  // No URL filters: Chromium's filter patterns know only web schemes, not app://.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith(`${APP_SCHEME}:`)) {
      callback({});
      return;
    }
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  );
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
