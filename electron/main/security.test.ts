import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  hardenContents,
  hardenSession,
  isAllowedExternalUrl,
  isAllowedRequest,
  openInBrowser,
  type ContentsLike,
  type SessionLike,
} from './security.ts';

describe('content security policy', () => {
  it('has a strict CSP: nothing but our own origin, no eval, no objects, no frames', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

type Listener = (...args: never[]) => unknown;
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: ContentsLike = {
    on: ((event: string, listener: Listener) =>
      listeners.set(event, listener)) as ContentsLike['on'],
    setWindowOpenHandler: (handler) => (openHandler = handler),
  };
  const emit = (event: string, ...args: unknown[]) => {
    const preventDefault = vi.fn();
    (listeners.get(event) as ((...a: unknown[]) => void) | undefined)?.(
      { preventDefault },
      ...args,
    );
    return preventDefault;
  };
  return { contents, emit, open: (url: string) => openHandler!({ url }) };
}

describe('web contents hardening', () => {
  it('denies every navigation and redirect, even to our own origin', () => {
    const f = fakeContents();
    hardenContents(f.contents, vi.fn());
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://fathom/index.html']) {
      expect(f.emit('will-navigate', url)).toHaveBeenCalled();
      expect(f.emit('will-redirect', url)).toHaveBeenCalled();
    }
  });

  it('blocks webviews from attaching', () => {
    const f = fakeContents();
    hardenContents(f.contents, vi.fn());
    expect(f.emit('will-attach-webview', {}, {})).toHaveBeenCalled();
  });

  it('denies window.open; allow-listed https links open in the browser instead', () => {
    const f = fakeContents();
    const openLink = vi.fn();
    hardenContents(f.contents, openLink, ['https://docs.example.org']);
    expect(f.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(f.open('http://docs.example.org/guide')).toEqual({ action: 'deny' });
    expect(openLink).not.toHaveBeenCalled();
    expect(f.open('https://docs.example.org/guide')).toEqual({ action: 'deny' });
    expect(openLink).toHaveBeenCalledWith('https://docs.example.org/guide');
  });
});

describe('shell.openExternal allow-list', () => {
  const origins = ['https://docs.example.org'];
  it.each([
    ['https://docs.example.org/page', true],
    ['https://docs.example.org:443/page', true],
    ['http://docs.example.org/page', false],
    ['https://docs.example.org.evil.com/', false],
    ['https://user:pass@docs.example.org/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://docs.example.org/share', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url, origins)).toBe(allowed);
  });

  it('has no origins until the project has a documentation site', () => {
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false);
  });

  it('opens only what the allow-list passes', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openInBrowser('https://evil.example/', open, origins)).toBe(false);
    expect(await openInBrowser('https://docs.example.org/a', open, origins)).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('session hardening', () => {
  function fakeSession() {
    const calls: Record<string, unknown> = {};
    const session: SessionLike = {
      setPermissionRequestHandler: (h) => (calls['request'] = h),
      setPermissionCheckHandler: (h) => (calls['check'] = h),
      setDevicePermissionHandler: (h) => (calls['device'] = h),
      webRequest: {
        onHeadersReceived: (h) => (calls['headers'] = { h }),
        onBeforeRequest: (h) => (calls['request-filter'] = { h }),
      },
    };
    hardenSession(session);
    return calls;
  }

  it('denies every permission request and check', () => {
    const calls = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid']) {
      const callback = vi.fn();
      (calls['request'] as (c: unknown, p: string, cb: (g: boolean) => void) => void)(
        {},
        permission,
        callback,
      );
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect((calls['check'] as () => boolean)()).toBe(false);
    expect((calls['device'] as () => boolean)()).toBe(false);
  });

  it('cancels every request for remote content', () => {
    const calls = fakeSession();
    const { h } = calls['request-filter'] as {
      h: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    };
    const verdict = (url: string) => {
      let cancel = false;
      h({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('https://cdn.example.com/lib.js')).toBe(true);
    expect(verdict('http://localhost:5173/')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    expect(verdict('app://fathom/assets/main.js')).toBe(false);
    expect(isAllowedRequest('data:image/png;base64,AA==')).toBe(true);
  });

  it('adds the same CSP to every app:// response', () => {
    const calls = fakeSession();
    const { h } = calls['headers'] as {
      h: (
        d: { url: string; responseHeaders?: Record<string, string[]> },
        cb: (r: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void;
    };
    let headers: Record<string, string[]> | undefined;
    const original = { 'Content-Type': ['text/html'] };
    h(
      { url: 'app://fathom/index.html', responseHeaders: original },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers?.['Content-Type']).toEqual(['text/html']);
    // Anything else (the dev tools' own pages) keeps its headers.
    h(
      { url: 'devtools://devtools/bundled/x.html', responseHeaders: original },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers).toBeUndefined();
  });
});
