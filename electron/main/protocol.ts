import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../contract.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The privileges `app://` needs: a standard, secure origin so module workers and fetch work. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/**
 * The file under `root` that an `app://fathom/…` URL names, or undefined for anything else: other
 * schemes or hosts, encoded `..` or backslashes that leave `root`, NUL bytes, malformed escapes.
 */
export function resolveAppFile(root: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relative =
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  const inside = path.relative(base, file);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  return file;
}

/** The response for one `app://` request: the file with its type and the CSP, or a 404. */
export async function serveAppFile(root: string, requestUrl: string): Promise<Response> {
  const file = resolveAppFile(root, requestUrl);
  const notFound = () => new Response('Not found', { status: 404 });
  if (!file) return notFound();
  try {
    // The real path must stay inside root too: a symlink in dist/web must not lead out of it.
    const [real, realRoot] = await Promise.all([fs.realpath(file), fs.realpath(root)]);
    if (path.relative(realRoot, real).startsWith('..')) return notFound();
    const body = await fs.readFile(real);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': MIME_TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cross-origin-opener-policy': 'same-origin',
      },
    });
  } catch {
    return notFound();
  }
}
