import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  isAllowedRequestUrl,
  isAppUrl,
  isTrustedAppUrl,
  parseDevServerOrigin,
} from '../../../src/main/trusted-url';

const dev = 'http://localhost:5173';

describe('isAppUrl', () => {
  it.each([
    APP_INDEX_URL,
    'app://claimdesk/',
    'app://claimdesk/assets/index.js',
    'app://CLAIMDESK/index.html',
  ])('accepts %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'app://claimdesk.evil.com/index.html',
    'app://evil/index.html',
    'app://claimdesk:8080/index.html',
    'app://user:pw@claimdesk/index.html',
    'apps://claimdesk/index.html',
    'https://claimdesk/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('rejects %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('dev server trust', () => {
  it('accepts only loopback http(s) dev servers', () => {
    expect(parseDevServerOrigin('http://localhost:5173/')).toBe(dev);
    expect(parseDevServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(parseDevServerOrigin('https://example.com')).toBeUndefined();
    expect(parseDevServerOrigin('file:///tmp/index.html')).toBeUndefined();
    expect(parseDevServerOrigin(undefined)).toBeUndefined();
  });

  it('trusts the dev server origin only when one is given', () => {
    expect(isTrustedAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedAppUrl('http://localhost:5173/index.html')).toBe(false);
    expect(isTrustedAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedAppUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isTrustedAppUrl('https://example.com', dev)).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it.each([
    'app://claimdesk/assets/index.js',
    'devtools://devtools/bundled/inspector.html',
    'data:image/png;base64,AA',
    'blob:app://claimdesk/5b1c',
  ])('allows %s', (url) => expect(isAllowedRequestUrl(url)).toBe(true));

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5181/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://other/x',
    'ftp://example.com/',
  ])('blocks %s', (url) => expect(isAllowedRequestUrl(url)).toBe(false));

  it('allows the dev server and its hot-reload socket in development only', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequestUrl('https://example.com/', dev)).toBe(false);
  });
});
