import type { ArticleInput } from '../../db/import/articles';

/** Files read in a dropped folder (others are skipped and counted). */
export const articleExtensions = ['txt', 'md', 'markdown', 'html', 'htm'];
const maxReadBytes = 64 * 1024 * 1024;

export interface DroppedFiles {
  inputs: ArticleInput[];
  /** Files inside dropped folders that are not articles (images, PDFs, …). */
  skipped: number;
}

const isArticleName = (name: string) =>
  articleExtensions.includes(/\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '');

async function readFile(file: File, name = file.name): Promise<ArticleInput> {
  if (file.size > maxReadBytes) {
    return {
      type: 'unreadable',
      name,
      error: `The file is too large (${(file.size / 1_000_000).toFixed(1)} MB) to be an article.`,
    };
  }
  try {
    return { type: 'file', name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    return {
      type: 'unreadable',
      name,
      error: `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function readDirectory(entry: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = entry.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/**
 * What was dropped on the window: files as they are (a wrong type is reported for its file) and
 * folders walked for their articles (.txt, .md, .html), hidden entries skipped.
 */
export async function readDrop(transfer: DataTransfer): Promise<DroppedFiles> {
  const result: DroppedFiles = { inputs: [], skipped: 0 };
  const entries = Array.from(transfer.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) {
    // No entry API: plain files only.
    for (const file of Array.from(transfer.files)) result.inputs.push(await readFile(file));
    return result;
  }
  const walk = async (entry: FileSystemEntry, inFolder: boolean): Promise<void> => {
    if (entry.name.startsWith('.')) return;
    if (entry.isDirectory) {
      const children = (await readDirectory(entry as FileSystemDirectoryEntry)).sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      for (const child of children) await walk(child, true);
      return;
    }
    if (inFolder && !isArticleName(entry.name)) {
      result.skipped++;
      return;
    }
    const name = inFolder ? entry.fullPath.replace(/^\//, '') : entry.name;
    try {
      result.inputs.push(await readFile(await entryFile(entry as FileSystemFileEntry), name));
    } catch (error) {
      result.inputs.push({
        type: 'unreadable',
        name,
        error: `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
      });
    }
  };
  for (const entry of entries) await walk(entry!, false);
  return result;
}

/** True when a drag carries files (not text or a link being dragged). */
export function dragHasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}
