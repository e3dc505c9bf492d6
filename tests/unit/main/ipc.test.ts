import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, type OpenedFile } from '@shared/ipc';
import { fake, repoRoot } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { registerIpcHandlers } = await import('../../../src/main/ipc');
const { MAX_FILE_BYTES, TOO_LARGE, listFolder } = await import('../../../src/main/ipc/files');

const appSender = { senderFrame: { url: 'app://claimdesk/index.html' }, sender: {} };
const manifest = JSON.parse(readFileSync(join(repoRoot, 'seeds', 'manifest.json'), 'utf8')) as {
  seeds: { file: string }[];
};

/** What a handler answered; loosely typed so assertions can reach into `value`. */
interface Answer {
  ok: boolean;
  error?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test convenience
  value?: any;
}

async function invoke(
  channel: string,
  payload?: unknown,
  event: unknown = appSender,
): Promise<Answer> {
  const listener = fake.ipcHandlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return (await (payload === undefined ? listener(event) : listener(event, payload))) as Answer;
}

beforeEach(() => {
  fake.reset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  registerIpcHandlers();
});

describe('registration', () => {
  it('handles every channel of the contract', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(channels).sort());
  });
});

describe('malformed payloads', () => {
  it.each([
    [channels.seedsList, { file: 'x' }],
    [channels.seedsRead, undefined],
    [channels.seedsRead, { file: 42 }],
    [channels.seedsRead, 'manifest.json'],
    [channels.filesOpen, { multiple: 'yes' }],
    [channels.filesOpen, null],
    [channels.filesSave, { suggestedName: '../evil.sh', content: 'x' }],
    [channels.filesSave, { suggestedName: 'a.csv', content: 42 }],
    [channels.appInfo, ['unexpected']],
  ])('%s with %j gets a clear error naming the channel', async (channel, payload) => {
    const listener = fake.ipcHandlers.get(channel)!;
    const result = await listener(appSender, payload);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(new RegExp(`^Invalid request for ${channel}: .+`)),
    });
  });

  it('says which field is wrong', async () => {
    const result = await invoke(channels.filesSave, { suggestedName: 'a/b.csv', content: 'x' });
    expect(result.error).toBe(
      'Invalid request for files:save: suggestedName: a file name without folders',
    );
  });
});

describe('sender check', () => {
  it.each([
    ['a web page', { senderFrame: { url: 'https://example.com/' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['a look-alike host', { senderFrame: { url: 'app://claimdesk.evil.com/index.html' } }],
    ['the dev server outside development', { senderFrame: { url: 'http://localhost:5173/' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s', async (_name, event) => {
    for (const channel of Object.values(channels)) {
      const result = await invoke(channel, undefined, event);
      expect(result).toEqual({ ok: false, error: `Refused ${channel}: untrusted sender` });
    }
    expect(fake.module.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('trusts the dev server in development', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    try {
      const result = await invoke(channels.appInfo, undefined, {
        senderFrame: { url: 'http://localhost:5173/' },
      });
      expect(result.ok).toBe(true);
      fake.module.app.isPackaged = true;
      const packaged = await invoke(channels.appInfo, undefined, {
        senderFrame: { url: 'http://localhost:5173/' },
      });
      expect(packaged.ok).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('seeds', () => {
  it('seeds:list returns the real manifest with five seeds', async () => {
    const result = await invoke(channels.seedsList);
    expect(result.ok).toBe(true);
    expect(result.value).toEqual(manifest);
    expect(result.value.seeds).toHaveLength(5);
  });

  it('seeds:read returns the real seed text', async () => {
    for (const { file } of manifest.seeds) {
      const result = await invoke(channels.seedsRead, { file });
      expect(result).toEqual({
        ok: true,
        value: readFileSync(join(repoRoot, 'seeds', file), 'utf8'),
      });
      expect(result.value.length).toBeGreaterThan(200);
    }
  });

  it('seeds:read refuses paths and unlisted files', async () => {
    const traversal = await invoke(channels.seedsRead, { file: '../package.json' });
    expect(traversal).toEqual({
      ok: false,
      error: expect.stringMatching(/^Invalid request for seeds:read: file: /),
    });
    const unlisted = await invoke(channels.seedsRead, { file: 'package.json.txt' });
    expect(unlisted).toEqual({
      ok: false,
      error: 'seeds:read failed: "package.json.txt" is not a bundled seed',
    });
  });

  it('reads from resources/seeds when packaged', async () => {
    const resources = mkdtempSync(join(tmpdir(), 'claimdesk-resources-'));
    mkdirSync(join(resources, 'seeds'));
    writeFileSync(
      join(resources, 'seeds', 'manifest.json'),
      JSON.stringify({ version: 1, seeds: [] }),
    );
    const original = process.resourcesPath;
    Object.defineProperty(process, 'resourcesPath', { value: resources, configurable: true });
    fake.module.app.isPackaged = true;
    try {
      const result = await invoke(channels.seedsList);
      // An empty list violates the schema: the error says so instead of crashing.
      expect(result).toEqual({
        ok: false,
        error: expect.stringMatching(
          /^seeds:list failed: seeds\/manifest.json is invalid: seeds: /,
        ),
      });
    } finally {
      Object.defineProperty(process, 'resourcesPath', { value: original, configurable: true });
    }
  });
});

describe('files:open', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-open-'));
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, 'a.txt'), 'alpha');
  writeFileSync(join(dir, 'b.MD'), '# beta');
  writeFileSync(join(dir, 'image.png'), 'png');
  writeFileSync(join(dir, '.secret.txt'), 'hidden');
  writeFileSync(join(dir, '.hidden', 'inside.txt'), 'hidden');
  writeFileSync(join(dir, 'nested', 'c.html'), '<p>gamma</p>');
  writeFileSync(join(dir, 'nested', 'deeper', 'd.markdown'), 'delta');
  writeFileSync(join(dir, 'nested', 'deeper', 'e.htm'), 'epsilon');
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, MAX_FILE_BYTES + 1); // sparse: no 64 MB written

  const names = (files: OpenedFile[]) => files.map((file) => file.name);

  it('returns [] when the dialog is cancelled', async () => {
    fake.module.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await invoke(channels.filesOpen, {})).toEqual({ ok: true, value: [] });
  });

  it('returns the bytes of each picked file', async () => {
    fake.module.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [join(dir, 'a.txt'), join(dir, 'nested', 'c.html')],
    });
    const result = await invoke(channels.filesOpen, { multiple: true, title: 'Pick' });
    expect(fake.module.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Pick', properties: ['openFile', 'multiSelections'] }),
    );
    expect(result.ok).toBe(true);
    const [a, c] = result.value as OpenedFile[];
    expect(a).toEqual({
      name: 'a.txt',
      path: join(dir, 'a.txt'),
      bytes: new TextEncoder().encode('alpha'),
    });
    expect(a && 'bytes' in a && a.bytes).toBeInstanceOf(Uint8Array);
    expect(c?.name).toBe('c.html');
  });

  it('opens the dialog on the sender window when it has one', async () => {
    const parent = { id: 1 };
    fake.module.BrowserWindow.fromWebContents.mockReturnValue(parent as never);
    fake.module.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await invoke(channels.filesOpen, {});
    expect(fake.module.dialog.showOpenDialog).toHaveBeenCalledWith(parent, expect.any(Object));
  });

  it('reads a folder recursively, only article files, skipping hidden ones, flagging huge ones', async () => {
    fake.module.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    const result = await invoke(channels.filesOpen, { directory: true });
    expect(fake.module.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory'] }),
    );
    const files = result.value as OpenedFile[];
    expect(names(files).sort()).toEqual([
      'a.txt',
      'b.MD',
      'c.html',
      'd.markdown',
      'e.htm',
      'huge.txt',
    ]);
    expect(files.find((file) => file.name === 'huge.txt')).toEqual({
      name: 'huge.txt',
      path: huge,
      error: TOO_LARGE,
    });
    expect(TOO_LARGE).toBe('File is larger than 64 MB');
  });

  it('flags a picked file over 64 MB instead of reading it', async () => {
    fake.module.dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [huge, join(dir, 'missing.txt')],
    });
    const files = (await invoke(channels.filesOpen, { multiple: true })).value as OpenedFile[];
    expect(files[0]).toEqual({ name: 'huge.txt', path: huge, error: TOO_LARGE });
    expect(files[1]).toEqual({
      name: 'missing.txt',
      path: join(dir, 'missing.txt'),
      error: 'Could not read file (ENOENT)',
    });
  });

  it('reads a backup or CSV over 64 MB (large archives make large data files)', async () => {
    const backup = join(dir, 'backup.json');
    writeFileSync(backup, '');
    truncateSync(backup, MAX_FILE_BYTES + 1);
    fake.module.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [backup] });
    const files = (await invoke(channels.filesOpen, {})).value as OpenedFile[];
    expect('bytes' in files[0]! && files[0].bytes.length).toBe(MAX_FILE_BYTES + 1);
    rmSync(backup);
  });

  it('caps a folder listing', async () => {
    const listing = await listFolder(dir, 2);
    expect(listing.files).toHaveLength(2);
    expect(listing.truncated).toBe(true);
    expect((await listFolder(dir)).truncated).toBe(false);
  });
});

describe('files:save', () => {
  it('writes the content where the user chose', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'claimdesk-save-')), 'claims.csv');
    fake.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await invoke(channels.filesSave, {
      suggestedName: 'claims.csv',
      content: 'a,b\n1,2\n',
    });
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(readFileSync(target, 'utf8')).toBe('a,b\n1,2\n');
    expect(fake.module.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(fake.paths['documents']!, 'claims.csv') }),
    );
  });

  it('writes bytes', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'claimdesk-save-')), 'backup.json');
    fake.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await invoke(channels.filesSave, {
      suggestedName: 'backup.json',
      content: new TextEncoder().encode('{}'),
    });
    expect(readFileSync(target, 'utf8')).toBe('{}');
  });

  it('reports a cancelled dialog', async () => {
    fake.module.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await invoke(channels.filesSave, { suggestedName: 'x.csv', content: '' })).toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('turns a write failure into an error result', async () => {
    fake.module.dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: join(tmpdir(), 'no', 'such', 'dir', 'x.csv'),
    });
    const result = await invoke(channels.filesSave, { suggestedName: 'x.csv', content: 'x' });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^files:save failed: ENOENT/),
    });
  });
});

describe('app:info', () => {
  it('reports version, data folder and platform', async () => {
    fake.paths['userData'] = '/data/claimdesk';
    expect(await invoke(channels.appInfo)).toEqual({
      ok: true,
      value: { version: '0.1.0', dataDir: '/data/claimdesk', platform: process.platform },
    });
  });
});
