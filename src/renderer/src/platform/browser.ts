import type { OpenFilesRequest, SaveFileRequest, SaveResult } from '@shared/ipc';
import { seedManifestSchema, type SeedManifest } from '@shared/manifest';
import type { PickedFile, Platform } from './types';

const seedsBase = 'seeds/';

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`Could not load ${url}: ${response.status} ${response.statusText}`);
  return response;
}

async function listSeeds(): Promise<SeedManifest> {
  const json: unknown = await (await fetchOk(`${seedsBase}manifest.json`)).json();
  const parsed = seedManifestSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`The bundled seed manifest is invalid: ${parsed.error.message}`);
  return parsed.data;
}

async function readSeed(file: string): Promise<string> {
  const manifest = await listSeeds();
  if (!manifest.seeds.some((seed) => seed.file === file)) {
    throw new Error(`${file} is not a bundled article.`);
  }
  const bytes = new Uint8Array(
    await (await fetchOk(seedsBase + encodeURIComponent(file))).arrayBuffer(),
  );
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** A hidden file input; resolves with [] when the user cancels. */
function openFiles(request: OpenFilesRequest): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = request.multiple ?? false;
    if (request.directory) input.webkitdirectory = true;
    const extensions = request.filters?.flatMap((f) => f.extensions).filter((e) => e !== '*');
    if (extensions?.length) input.accept = extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    const finish = async () => {
      const files = Array.from(input.files ?? []);
      input.remove();
      resolve(
        await Promise.all(
          files.map(async (file): Promise<PickedFile> => {
            try {
              return {
                name: file.webkitRelativePath || file.name,
                bytes: new Uint8Array(await file.arrayBuffer()),
              };
            } catch (error) {
              return {
                name: file.name,
                error: error instanceof Error ? error.message : String(error),
              };
            }
          }),
        ),
      );
    };
    input.addEventListener('change', () => void finish(), { once: true });
    input.addEventListener('cancel', () => void finish(), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** A Blob download: the browser's own save flow. */
function saveFile(request: SaveFileRequest): Promise<SaveResult> {
  const blob = new Blob([request.content as BlobPart]);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ saved: true, path: request.suggestedName });
}

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    listSeeds,
    readSeed,
    openFiles,
    saveFile,
    // The browser build has no native menu; the in-app menu calls the same actions directly.
    onMenuCommand: () => () => {},
  };
}
