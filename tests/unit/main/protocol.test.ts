import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const {
  CONTENT_SECURITY_POLICY,
  createAppRequestHandler,
  registerAppProtocol,
  registerAppScheme,
  resolveAppFile,
} = await import('../../../src/main/protocol');

// A fake `out/` folder: the renderer, and a secret beside it that must never be served.
const out = mkdtempSync(join(tmpdir(), 'claimdesk-out-'));
const root = join(out, 'renderer');
const indexHtml =
  '<!doctype html><title>Claimdesk</title><script type="module" src="/assets/index.js"></script>';

beforeAll(() => {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), indexHtml);
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log("hi")');
  writeFileSync(join(out, 'secret.txt'), 'SECRET');
});

const serve = createAppRequestHandler(root);
const get = (url: string, method = 'GET') => serve({ url, method });

describe('app:// scheme', () => {
  it('is registered as a privileged standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is handled by the file server once ready', () => {
    registerAppProtocol(root);
    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('serving the renderer', () => {
  it('serves index.html with the Content-Security-Policy', async () => {
    const response = await get('app://claimdesk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe(indexHtml);
  });

  it('has a CSP without eval or network access', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('serves assets with their MIME type and the root as index.html', async () => {
    const script = await get('app://claimdesk/assets/index.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await (await get('app://claimdesk/')).text()).toBe(indexHtml);
  });

  it('falls back to index.html for client-side routes but 404s missing files', async () => {
    expect(await (await get('app://claimdesk/sources/42')).text()).toBe(indexHtml);
    expect((await get('app://claimdesk/assets/missing.js')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://claimdesk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://claimdesk/index.html', 'POST')).status).toBe(405);
  });

  it('refuses other hosts', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect((await get('app://claimdesk:99/index.html')).status).toBe(403);
  });
});

describe('path traversal', () => {
  it.each([
    'app://claimdesk/../../etc/passwd',
    'app://claimdesk/%2e%2e/%2e%2e/etc/passwd',
    'app://claimdesk/..%2f..%2fetc%2fpasswd',
    'app://claimdesk/..%2fsecret.txt',
    'app://claimdesk/%2e%2e%2fsecret.txt',
    'app://claimdesk/..%5csecret.txt',
    'app://claimdesk/assets/%2e%2e/%2e%2e/secret.txt',
    'app://claimdesk/%00index.html',
    'app://claimdesk/%E0%A4%A',
  ])('never serves a file outside the renderer for %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    const body = await response.text();
    expect(body).not.toContain('SECRET');
    expect(body).not.toContain('root:');
  });

  it('refuses the traversal itself rather than resolving it', async () => {
    for (const url of [
      'app://claimdesk/../../etc/passwd',
      'app://claimdesk/%2e%2e/%2e%2e/etc/passwd',
      'app://claimdesk/.%2E/index.html',
      'app://claimdesk/..%2f..%2fetc%2fpasswd',
    ]) {
      expect(resolveAppFile(root, url)).toBeNull();
      expect((await get(url)).status).toBe(403);
    }
  });

  it('still serves names that merely contain dots', () => {
    expect(resolveAppFile(root, 'app://claimdesk/assets/index..js')).toBe(
      join(root, 'assets', 'index..js'),
    );
    expect(resolveAppFile(root, 'app://claimdesk/assets/index.js?v=..')).toBe(
      join(root, 'assets', 'index.js'),
    );
  });
});
