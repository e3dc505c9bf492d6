import { Overlay, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocation } from 'wouter';
import type { ArticleInput } from '../../db/import/articles';
import { notifyError } from '../../lib/errors';
import { usePlatform, type PickedFile } from '../../platform';
import { articleExtensions, dragHasFiles, readDrop } from './dropFiles';
import { ImportDialog } from './ImportDialog';
import { useArticleImport } from './useArticleImport';

export interface ImportDialogApi {
  /** Opens the import dialog (for the menu's Import…, Ctrl+O, buttons). */
  open: () => void;
  /** Opens the dialog and the file picker at once. */
  pickFiles: () => void;
  pickFolder: () => void;
  /** Opens the dialog with these inputs added (e.g. files dropped elsewhere). */
  addInputs: (inputs: ArticleInput[]) => void;
}

const ImportDialogContext = createContext<ImportDialogApi | null>(null);

/** The app's import dialog: open it from anywhere inside <ImportDialogProvider>. */
export function useImportDialog(): ImportDialogApi {
  const api = useContext(ImportDialogContext);
  if (!api) throw new Error('useImportDialog must be used inside <ImportDialogProvider>.');
  return api;
}

/** The import dialog when a provider is mounted above, else null. */
export function useOptionalImportDialog(): ImportDialogApi | null {
  return useContext(ImportDialogContext);
}

const toInput = (file: PickedFile): ArticleInput =>
  'error' in file
    ? { type: 'unreadable', name: file.name, error: file.error }
    : { type: 'file', name: file.name, bytes: file.bytes };

const isArticle = (name: string) =>
  articleExtensions.includes(/\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '');

/**
 * Holds the import dialog and makes the whole window a drop target for files and folders: drop
 * anywhere and the dialog opens with them. Mount once, inside the router and the app providers.
 */
export function ImportDialogProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const [, navigate] = useLocation();
  const state = useArticleImport();
  const [opened, setOpened] = useState(false);
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const { add, reset, phase } = state;

  const close = useCallback(() => {
    setOpened(false);
    if (phase.kind === 'done') reset();
  }, [phase.kind, reset]);

  const pick = useCallback(
    async (directory: boolean) => {
      setOpened(true);
      try {
        const picked = await platform.openFiles({
          title: directory ? 'Import a folder of articles' : 'Import articles',
          multiple: true,
          directory,
          filters: directory
            ? undefined
            : [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }],
        });
        if (picked.length === 0) return;
        if (phase.kind === 'done') reset();
        // In a folder, only articles count (the desktop app lists only those already).
        const kept = directory ? picked.filter((f) => 'error' in f || isArticle(f.name)) : picked;
        await add(kept.map(toInput), picked.length - kept.length);
      } catch (error) {
        notifyError('The files could not be opened', error);
      }
    },
    [platform, add, reset, phase.kind],
  );

  const addInputs = useCallback(
    (inputs: ArticleInput[], skipped = 0) => {
      setOpened(true);
      if (phase.kind === 'done') reset();
      void add(inputs, skipped);
    },
    [add, reset, phase.kind],
  );

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!dragHasFiles(event)) return;
      event.preventDefault();
      depth.current++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!dragHasFiles(event)) return;
      // Accept the drop (and stop the browser from opening the file itself).
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!dragHasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!dragHasFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      // The drop's items can only be read during the event: readDrop takes them at once.
      void readDrop(event.dataTransfer).then(
        ({ inputs, skipped }) => inputs.length + skipped > 0 && addInputs(inputs, skipped),
        (error: unknown) => notifyError('The dropped files could not be read', error),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [addInputs]);

  const api = useMemo<ImportDialogApi>(
    () => ({
      open: () => setOpened(true),
      pickFiles: () => void pick(false),
      pickFolder: () => void pick(true),
      addInputs: (inputs) => addInputs(inputs),
    }),
    [pick, addInputs],
  );

  return (
    <ImportDialogContext.Provider value={api}>
      {children}
      <ImportDialog
        opened={opened}
        onClose={close}
        state={state}
        onPickFiles={() => void pick(false)}
        onPickFolder={() => void pick(true)}
        onOpenSource={(id) => {
          close();
          navigate(`/sources/${id}`);
        }}
      />
      {dragging && (
        <Overlay fixed zIndex={1000} blur={2} backgroundOpacity={0.45} data-testid="drop-overlay">
          <Stack
            align="center"
            justify="center"
            h="100%"
            gap="xs"
            style={{ pointerEvents: 'none' }}
          >
            <IconFileImport size={56} color="white" />
            <Text c="white" fw={700} size="xl">
              Drop to import articles
            </Text>
            <Text c="white" size="sm">
              .txt, .md and .html files, or folders of them
            </Text>
          </Stack>
        </Overlay>
      )}
    </ImportDialogContext.Provider>
  );
}
