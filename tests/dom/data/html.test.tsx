import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reduceHtml } from '../../../src/renderer/src/lib/html';
import { stripEventHandlers } from '../../../src/renderer/src/lib/html/handlers';

const fixture = (path: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures', path), 'utf8');

declare global {
  interface Window {
    __claimdeskPwned?: string;
  }
}

afterEach(() => {
  delete window.__claimdeskPwned;
});

describe('reduceHtml', () => {
  it('keeps the article’s words and metadata, drops the site around it', () => {
    const reduced = reduceHtml(fixture('extract/html-article.html'));
    expect(reduced.usedReadability).toBe(true);
    expect(reduced.metadata).toMatchObject({ publishedAt: '2025-03-20' });
    expect(reduced.metadata.title).toMatch(/Central bank holds rates steady/);
    expect(reduced.text).toContain(
      '“Inflation is coming down, but it is not yet where we want it to be,” Dahl told reporters',
    );
    expect(reduced.text).toContain('"This was a textbook hold," said Lars Nygaard');
    for (const chrome of ['Markets', 'All rights reserved', 'dataLayer', 'quotes:']) {
      expect(reduced.text).not.toContain(chrome);
    }
  });

  it('never runs or keeps scripts, frames, handlers or javascript: links', () => {
    const reduced = reduceHtml(fixture('bad-input/hostile.html'));
    expect(window.__claimdeskPwned).toBeUndefined();
    expect(document.querySelectorAll('iframe, script[src*="evil"]')).toHaveLength(0);
    expect(reduced.metadata).toEqual({
      title: 'Ministers trade accusations over pipeline',
      author: 'Rashad Mammadov',
      outlet: 'Caspian Wire',
      publishedAt: '2025-06-14',
    });
    expect(reduced.removed.scripts).toBeGreaterThanOrEqual(3);
    expect(reduced.removed.frames).toBe(2);
    expect(reduced.removed.handlers).toBeGreaterThanOrEqual(6);
    expect(reduced.removed.scriptLinks).toBeGreaterThanOrEqual(3);
    expect(reduced.text).toContain(
      '“We have met every obligation under the agreement,” said Parviz Shahbazov',
    );
    expect(reduced.text).toContain('“It is posturing before the summit”, said Elena Orlova');
    for (const bad of [
      '__claimdeskPwned',
      'javascript',
      'evil.example',
      'Login',
      'All rights reserved',
    ]) {
      expect(reduced.text).not.toContain(bad);
    }
    expect(reduced.text.split('\n\n')[0]).toBe('Ministers trade accusations over pipeline');
  });

  it('reads short pages and pages without an article element', () => {
    expect(
      reduceHtml('<html><body><nav>Menu</nav><p>"Short," she said.</p></body></html>').text,
    ).toBe('"Short," she said.');
    expect(reduceHtml('<p>One</p><p>Two</p>').text).toBe('One\n\nTwo');
    expect(reduceHtml('<html><body><script>x()</script></body></html>').text).toBe('');
  });

  it('lays paragraphs, line breaks and lists out as text', () => {
    const reduced = reduceHtml(
      '<body><div><p>One <b>bold</b>\n  word.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul><pre>  kept\n   as is</pre></div></body>',
    );
    expect(reduced.text).toBe('One bold word.\n\nTwo\nlines\n\na\nb\n\n  kept\n   as is');
  });
});

describe('stripEventHandlers', () => {
  it('removes on* attributes inside tags only, quotes respected, and counts them', () => {
    const html =
      '<p onclick="a>b" title=\'on=1\'>Vote on=Monday; onion = 3</p><img src=x onerror=alert(1) alt="x"><!-- <b onload=x> --><a ONMOUSEOVER = "y">t</a>';
    expect(stripEventHandlers(html)).toEqual({
      html: '<p  title=\'on=1\'>Vote on=Monday; onion = 3</p><img src=x  alt="x"><!-- <b onload=x> --><a >t</a>',
      removed: 3,
    });
    expect(stripEventHandlers('a < b and <3 <br/>')).toEqual({
      html: 'a < b and <3 <br/>',
      removed: 0,
    });
  });
});
