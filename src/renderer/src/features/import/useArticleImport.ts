import { useCallback, useRef, useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import {
  importArticles,
  markDuplicates,
  prepareInput,
  type ArticleDetails,
  type ArticleInput,
  type ImportOutcome,
  type PreparedInput,
} from '../../db/import/articles';
import { reduceHtml } from '../../lib/html';

export type ImportPhase =
  | { kind: 'collect' }
  | { kind: 'reading'; done: number; total: number; current: string | null }
  | { kind: 'importing'; done: number; total: number; current: string | null }
  | { kind: 'done'; results: FileResult[] };

/** What happened to one file, for the results list. */
export type FileResult =
  ImportOutcome | { key: string; name: string; status: 'same-as'; sameAs: string };

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Inputs that the import button will store. */
export const importable = (input: PreparedInput) =>
  input.state === 'ready' && !input.duplicateOf && !input.sameAs;

/**
 * The import dialog's state: inputs read and analysed as they are added (so their metadata can
 * be corrected before import), then stored a group per transaction, with progress and a result per
 * file.
 */
export function useArticleImport() {
  const db = useDatabase();
  const [inputs, setInputs] = useState<PreparedInput[]>([]);
  const [details, setDetails] = useState<Record<string, ArticleDetails>>({});
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'collect' });
  const [notice, setNotice] = useState<string | null>(null);
  const pasted = useRef(0);
  const busy = useRef(false);
  const current = useRef<PreparedInput[]>([]);

  const add = useCallback(
    async (raw: ArticleInput[], skipped = 0) => {
      if (busy.current) return;
      busy.current = true;
      setNotice(
        skipped > 0
          ? `${skipped} file${skipped === 1 ? ' was' : 's were'} skipped in the folder: only .txt, .md and .html files are articles.`
          : null,
      );
      try {
        const fresh: PreparedInput[] = [];
        for (const [index, input] of raw.entries()) {
          setPhase({ kind: 'reading', done: index, total: raw.length, current: input.name });
          await yieldToPage();
          fresh.push(await prepareInput(input, reduceHtml));
        }
        const all = await markDuplicates(db, [...current.current, ...fresh]);
        current.current = all;
        setInputs(all);
        setDetails((before) => {
          const next = { ...before };
          for (const input of fresh) if (input.state === 'ready') next[input.key] = input.details;
          return next;
        });
      } finally {
        busy.current = false;
        setPhase({ kind: 'collect' });
      }
    },
    [db],
  );

  const addPaste = useCallback(
    (text: string) => {
      pasted.current += 1;
      return add([{ type: 'paste', name: `Pasted text ${pasted.current}`, text }]);
    },
    [add],
  );

  const remove = useCallback((key: string) => {
    const remaining = current.current.filter((i) => i.key !== key);
    // A later copy of the removed article is no longer a repeat.
    const firstByHash = new Map<string, string>();
    const next = remaining.map((input) => {
      if (input.state !== 'ready') return input;
      const first = firstByHash.get(input.article.contentHash);
      if (!first) firstByHash.set(input.article.contentHash, input.key);
      return { ...input, sameAs: first ?? null };
    });
    current.current = next;
    setInputs(next);
  }, []);

  const edit = useCallback((key: string, patch: Partial<ArticleDetails>) => {
    setDetails((before) => ({ ...before, [key]: { ...before[key]!, ...patch } }));
  }, []);

  const run = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const list = current.current;
      const toStore = list.filter(importable);
      setPhase({ kind: 'importing', done: 0, total: toStore.length, current: null });
      const outcomes = await importArticles(
        db,
        toStore.map((input) => ({ input, details: details[input.key] })),
        (p) => setPhase({ kind: 'importing', ...p }),
      );
      const byKey = new Map(outcomes.map((o) => [o.key, o]));
      const names = new Map(list.map((i) => [i.key, i.name]));
      const results: FileResult[] = list.map((input): FileResult => {
        if (input.state === 'failed') {
          return { key: input.key, name: input.name, status: 'failed', problem: input.problem };
        }
        if (input.duplicateOf) {
          return {
            key: input.key,
            name: input.name,
            status: 'duplicate',
            sourceId: input.duplicateOf.id,
            title: input.duplicateOf.title,
          };
        }
        if (input.sameAs) {
          return {
            key: input.key,
            name: input.name,
            status: 'same-as',
            sameAs: names.get(input.sameAs) ?? input.sameAs,
          };
        }
        return byKey.get(input.key)!;
      });
      current.current = [];
      setInputs([]);
      setDetails({});
      setPhase({ kind: 'done', results });
    } finally {
      busy.current = false;
    }
  }, [db, details]);

  const reset = useCallback(() => {
    current.current = [];
    setInputs([]);
    setDetails({});
    setNotice(null);
    setPhase({ kind: 'collect' });
  }, []);

  return { inputs, details, phase, notice, add, addPaste, remove, edit, run, reset };
}

export type ArticleImport = ReturnType<typeof useArticleImport>;
