/**
 * The `app://claimdesk/` scheme that serves the built renderer. A standard, secure scheme gives
 * the renderer a stable origin (`app://claimdesk`), so its IndexedDB survives app updates and
 * moves between install folders; `file://` would give it neither a real origin nor module scripts.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { rendererDir } from './paths';
import { APP_HOST, APP_SCHEME } from './trusted-url';

/** The renderer's Content-Security-Policy: nothing but its own files, no eval, no network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Must run before `app` is ready: privileges are fixed when Chromium starts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** True when the raw URL's path has a `..` segment, plain or percent-encoded (`%2e%2e`, `.%2E`). */
function hasParentSegment(requestUrl: string): boolean {
  const afterAuthority = requestUrl.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '');
  const path = afterAuthority.split(/[?#]/, 1)[0] ?? '';
  return path.split('/').some((segment) => segment.replace(/%2e/gi, '.') === '..');
}

/**
 * Maps a request URL to a file inside `rootDir`, or `null` when it would leave it.
 * Dot segments are refused, the URL parsed, its path decoded, and the result checked with
 * `path.relative`, so encoded separators (`..%2f`, `..%5c`) cannot escape either.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  // Chromium resolves `..` before the handler runs, and so does `new URL`; a request that still
  // spells one out (plain or percent-encoded) is an attempt, and is refused rather than resolved.
  if (hasParentSegment(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port)
    return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
  const root = resolve(rootDir);
  const target = resolve(root, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
  const rel = relative(root, target);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return target;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The `protocol.handle` handler for `app://claimdesk/`, serving files under `rootDir`. */
export function createAppRequestHandler(rootDir: string) {
  return async (request: Pick<Request, 'url' | 'method'>): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return textResponse(405, 'Method not allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return textResponse(403, 'Forbidden');
    let served = file;
    if (!(await isFile(served))) {
      // Client-side routes (no file extension) fall back to the single page.
      const index = resolve(rootDir, 'index.html');
      if (extname(file) !== '' || !(await isFile(index))) return textResponse(404, 'Not found');
      served = index;
    }
    try {
      const body = await readFile(served);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: {
          'Content-Type': mimeTypes[extname(served).toLowerCase()] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return textResponse(500, 'Could not read file');
    }
  };
}

/** Serves the built renderer on `app://claimdesk/`. Call after `ready`. */
export function registerAppProtocol(rootDir: string = rendererDir()): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}
