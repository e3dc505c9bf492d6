// Serves the built renderer (out/renderer) and the bundled seeds on 127.0.0.1: the browser
// preview (`npm run web`) and the end-to-end tests run the same build the desktop app loads.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const mounts = [
  { prefix: '/seeds/', dir: join(root, 'seeds') },
  { prefix: '/', dir: join(root, 'out', 'renderer') },
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; form-action 'none'";

/** Maps a URL path to a file inside one mount, or null when it would leave the mount. */
function resolveFile(pathname) {
  const mount = mounts.find((m) => pathname.startsWith(m.prefix));
  const relative = decodeURIComponent(pathname.slice(mount.prefix.length)) || 'index.html';
  const file = resolve(mount.dir, relative);
  return file.startsWith(mount.dir + sep) ? file : null;
}

export function startServer(port = 0, host = '127.0.0.1') {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const file = resolveFile(pathname);
      if (!file || !(await stat(file)).isFile()) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      response.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
        'Cache-Control': 'no-store',
      });
      response.end(await readFile(file));
    } catch (error) {
      const missing = error?.code === 'ENOENT' || error?.code === 'ENOTDIR' || error instanceof URIError;
      response.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain' });
      response.end(missing ? 'Not found' : 'Server error');
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const port = Number(process.env.PORT ?? 5180);
  const server = await startServer(port);
  const { port: actual } = server.address();
  console.log(`Claimdesk (browser preview) on http://127.0.0.1:${actual}/  — Ctrl+C to stop`);
}
