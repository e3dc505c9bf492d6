/**
 * Hostile articles cannot run script in the renderer. An HTML page and a pasted text full of
 * payloads go through the real import dialog; then the reader and the claims table show them.
 * No payload may run (a window flag, a dialog), and none of their markup may reach the DOM:
 * no frame, no event handler attribute, no javascript: link. Markup in plain text stays text.
 * (data.spec.ts imports tests/fixtures/bad-input/hostile.html on the way to other checks.)
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseFiles, openApp, watchPage } from './support';

declare global {
  interface Window {
    __claimdeskPwned?: string;
  }
}

const pwn = (how: string) => `window.__claimdeskPwned='${how}';alert('${how}')`;

const hostilePage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Port talks stall over tariffs | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post">
<script>${pwn('head-script')}</script>
</head>
<body>
<article>
<h1>Port talks stall over tariffs</h1>
<p>Negotiators left the port authority on Tuesday without an agreement on the new tariffs.</p>
<p><img src="x" onerror="${pwn('img')}" alt="">“We will not sign a deal that ruins our fishermen,” said Tomas Varga, the harbour master.</p>
<svg onload="${pwn('svg')}"><script>${pwn('svg-script')}</script></svg>
<iframe src="javascript:parent.${pwn('iframe')}"></iframe>
<iframe srcdoc="<script>parent.${pwn('srcdoc')}</script>"></iframe>
<p>Officials said the talks would resume. <a href="javascript:${pwn('link')}">Read the full statement</a> “There is still time,” said Ines Kovac, a spokeswoman for the ministry.</p>
<p><object data="javascript:${pwn('object')}"></object><embed src="javascript:${pwn('embed')}"></p>
<p onmouseover="${pwn('hover')}">The authority handles four million tonnes of cargo a year.</p>
</article>
</body></html>`;

const scriptText = `<script>${pwn('pasted-script')}</script>`;
const imgText = `<img src=x onerror="${pwn('pasted-img')}">`;
// Few enough tags that the importer reads it as text, not as an HTML page (looksLikeHtml).
const pastedText = [
  'Harbour council answers critics',
  '',
  `“Nobody will be hurt by the tariffs, ${scriptText} we promise,” said Marta Lind, the council chair.`,
  '',
  `“Our fishermen ${imgText} were consulted at every step,” Lind added.`,
].join('\n');

/** Every way the page could carry live markup from an article. */
async function liveMarkup(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      frames: document.querySelectorAll('iframe, frame, object, embed').length,
      // The app's own scripts are module files served from its origin.
      foreignScripts: [...document.scripts].filter(
        (s) => !s.src || new URL(s.src).origin !== location.origin,
      ).length,
      svgs: [...document.querySelectorAll('svg')].filter((svg) =>
        svg.closest('[data-testid="reader-text"]'),
      ).length,
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      ),
      scriptLinks: all.flatMap((el) =>
        ['href', 'src', 'action', 'data', 'formaction', 'xlink:href']
          .map((name) => el.getAttribute(name))
          .filter((value): value is string => !!value && /^\s*javascript:/i.test(value)),
      ),
      pwned: window.__claimdeskPwned ?? null,
    };
  });
}

test('hostile HTML and text are imported as inert text: nothing runs, no frame, handler or javascript: link reaches the page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const watch = watchPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openApp(page);

  await page.getByTestId('nav-data').click();
  await page.getByTestId('data-import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import articles' });
  await chooseFiles(page, () => dialog.getByRole('button', { name: 'Choose files…' }).click(), [
    { name: 'port.html', mimeType: 'text/html', buffer: Buffer.from(hostilePage) },
  ]);
  await dialog.getByRole('button', { name: 'Paste text' }).click();
  await dialog.getByTestId('paste-text').fill(pastedText);
  await dialog.getByTestId('paste-add').click();
  await expect(dialog.getByTestId('import-row')).toHaveCount(2);
  await expect(dialog.getByRole('textbox', { name: 'Title of port.html' })).toHaveValue(
    'Port talks stall over tariffs',
  );
  await dialog.getByTestId('import-run').click();
  await expect(dialog.getByTestId('import-results')).toContainText('2 imported with');

  // The web page: its words are there, its payloads are not.
  await dialog.getByRole('button', { name: 'Port talks stall over tariffs' }).click();
  const reader = page.getByTestId('reader-text');
  await expect(reader).toContainText(
    '“We will not sign a deal that ruins our fishermen,” said Tomas Varga',
  );
  await expect(reader).toContainText('“There is still time,” said Ines Kovac');
  await expect(reader).not.toContainText('__claimdeskPwned');
  await page.mouse.move(0, 0);
  await reader.hover();
  expect(await liveMarkup(page)).toEqual({
    frames: 0,
    foreignScripts: 0,
    svgs: 0,
    handlers: [],
    scriptLinks: [],
    pwned: null,
  });

  // The pasted text: its markup is shown as the characters it is made of.
  await page
    .getByTestId('source-item')
    .filter({ hasText: 'Harbour council answers critics' })
    .click();
  await expect(page.getByTestId('reader-title')).toHaveText('Harbour council answers critics');
  await expect(reader).toContainText(scriptText);
  await expect(reader).toContainText(imgText);
  // Claims quoting that markup, in the table too (filtered to this source).
  const sourceId = /#\/sources\/([^/?]+)/.exec(page.url())![1]!;
  await page.goto(`/?source=${sourceId}#/claims`);
  await expect(page.getByTestId('claim-row').filter({ hasText: scriptText })).toHaveCount(1);
  await expect(page.getByTestId('claim-row').filter({ hasText: imgText })).toHaveCount(1);

  expect(await liveMarkup(page)).toEqual({
    frames: 0,
    foreignScripts: 0,
    svgs: 0,
    handlers: [],
    scriptLinks: [],
    pwned: null,
  });
  expect(dialogs).toEqual([]);
  watch.assertClean();
});
