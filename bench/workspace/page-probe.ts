/**
 * Runs inside the app's page during the benchmark (bundled by bench/lib/bundle.ts and evaluated
 * over the DevTools protocol): drives the claims table the way a user or a link would, and times
 * it from the marks the table leaves (see features/claims/table/marks.ts) plus two animation
 * frames, so that a figure includes the render and the paint that follows.
 *
 * tsconfig.node.json has no DOM library; the little this file uses is declared here, locally.
 */
interface Mark {
  name: string;
  startTime: number;
  detail: Record<string, unknown> | null;
}
interface El {
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  click(): void;
  dispatchEvent(event: unknown): boolean;
  focus(): void;
  textContent: string | null;
  offsetParent: unknown;
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}
declare const document: El;
declare const history: { replaceState(state: unknown, unused: string, url: string): void };
declare const location: { pathname: string; search: string };
declare function requestAnimationFrame(callback: (time: number) => void): number;
declare const Event: new (type: string, init?: { bubbles?: boolean }) => unknown;
declare const MessageChannel: new () => {
  port1: { onmessage: (() => void) | null };
  port2: { postMessage(message: unknown): void };
};
declare const PerformanceObserver: new (callback: () => void) => {
  observe(options: { type: string }): void;
  disconnect(): void;
};
declare const MutationObserver: new (callback: () => void) => {
  observe(target: El, options: { subtree: boolean; childList: boolean; attributes: boolean }): void;
  disconnect(): void;
};
declare const HTMLInputElement: { prototype: object };
declare const indexedDB: {
  open(name: string): {
    onsuccess: (() => void) | null;
    onerror: (() => void) | null;
    result: {
      transaction(store: string): {
        objectStore(store: string): {
          get(key: string): { onsuccess: (() => void) | null; result: unknown };
        };
      };
      close(): void;
    };
  };
};

const marksNamed = (name: string) => performance.getEntriesByName(name) as unknown as Mark[];

const frame = () => new Promise<number>((done) => requestAnimationFrame(done));

/**
 * Resolves just after the next paint: an animation frame runs right before the browser paints,
 * and a message posted from it is handled right after that paint.
 */
export function afterPaint(): Promise<number> {
  return new Promise((done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/** The first mark of a name at or after `since` that `match` accepts, as soon as it is made. */
function markAfter(
  name: string,
  since: number,
  match: (detail: Record<string, unknown>) => boolean,
  timeout = 30_000,
): Promise<Mark> {
  const find = () =>
    marksNamed(name).find((m) => m.startTime >= since && m.detail !== null && match(m.detail));
  return new Promise((done, fail) => {
    const found = find();
    if (found) return done(found);
    const observer = new PerformanceObserver(() => {
      const mark = find();
      if (!mark) return;
      observer.disconnect();
      clearTimeout(timer);
      done(mark);
    });
    observer.observe({ type: 'mark' });
    const timer = setTimeout(() => {
      observer.disconnect();
      fail(new Error(`No ${name} mark`));
    }, timeout);
  });
}

/** Resolves as soon as the DOM satisfies `test` (checked after every change to it). */
function domUntil(test: () => boolean, timeout = 30_000): Promise<void> {
  return new Promise((done, fail) => {
    if (test()) return done();
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      clearTimeout(timer);
      done();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      fail(new Error('Timed out waiting for the page'));
    }, timeout);
  });
}

function until<T>(test: () => T | undefined | null | false, timeout = 30_000): Promise<T> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const poll = () => {
      const value = test();
      if (value) return done(value);
      if (performance.now() - started > timeout) return fail(new Error('Timed out'));
      // Polling on every frame keeps the measurement within a frame of the truth.
      requestAnimationFrame(poll);
    };
    poll();
  });
}

export function marks() {
  return (performance.getEntriesByType('mark') as unknown as Mark[]).map((m) => ({
    name: m.name,
    at: m.startTime,
    detail: m.detail,
  }));
}

/**
 * Time from navigation start to the table's first rows, painted: the table marks the paint itself
 * (`claims:first-paint`, taken right after it), since this probe may only get to run once the
 * page has moved on to loading every row.
 */
export async function firstRender(timeout = 120_000) {
  const mark = await markAfter('claims:first-render', 0, () => true, timeout);
  const paint = await markAfter('claims:first-paint', 0, () => true, timeout);
  return { rendered: mark.startTime, painted: paint.startTime, detail: mark.detail };
}

export function searchReady(timeout = 300_000) {
  return until(() => marksNamed('claims:search-ready')[0], timeout).then((m) => m.startTime);
}

/** Changes the URL's query as a link or the back button would, and times the new result on screen. */
export async function navigateTo(search: string, key: string) {
  if (location.search === (search ? `?${search}` : ''))
    return { ms: 0, renderedMs: 0, count: null };
  const started = performance.now();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}#/claims`);
  const mark = await markAfter('claims:rendered', started, (d) => d.key === key);
  const painted = await afterPaint();
  return { ms: painted - started, renderedMs: mark.startTime - started, count: mark.detail?.count };
}

/** Types words into the search box at once (as a paste), and times the ranked result on screen. */
export async function search(q: string, key: string) {
  const input = document.querySelector('[data-testid="claims-search"]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const started = performance.now();
  setValue.call(input, q);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const mark = await markAfter(
    'claims:rendered',
    started,
    (d) => d.key === key && d.q === q.trim(),
  );
  const painted = await afterPaint();
  const hits = marksNamed('claims:search-hits').find(
    (m) => m.startTime >= started && m.detail?.q === q.trim(),
  );
  return {
    ms: painted - started,
    renderedMs: mark.startTime - started,
    count: mark.detail?.count,
    // The index's own time (in its worker), and when its answer reached the page.
    indexMs: (hits?.detail?.tookMs as number | undefined) ?? null,
    hitsAtMs: hits ? hits.startTime - started : null,
  };
}

/** Picks a status in the open status dropdown of a row, and times it until the row shows it. */
export async function pickStatus(claimId: string, statusId: string, label: string) {
  const row = () => document.querySelector(`[data-claim-id="${claimId}"]`);
  // The options of the open select (the filters' selects keep theirs in the page, hidden).
  const option = await until(
    () =>
      Array.from(document.querySelectorAll('[role="option"]')).find(
        (o) => o.offsetParent !== null && (o.textContent?.trim().startsWith(label) ?? false),
      ),
    10_000,
  );
  const started = performance.now();
  option.click();
  await domUntil(() => row()?.getAttribute('data-status') === statusId, 120_000);
  const ms = (await afterPaint()) - started;
  // Where the time went: the write committed (changes seen), the table updated, rendered.
  const at = (name: string) => {
    const mark = marksNamed(name).find((m) => m.startTime >= started);
    return mark ? Math.round(mark.startTime - started) : null;
  };
  return { ms, committed: at('claims:changes-seen'), applied: at('claims:changes-applied') };
}

/** The stored status of a claim, read from IndexedDB directly (not through the app). */
export function storedStatus(claimId: string): Promise<string | null> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('claimdesk');
    open.onerror = () => fail(new Error('Cannot open the store'));
    open.onsuccess = () => {
      const request = open.result.transaction('claims').objectStore('claims').get(claimId);
      request.onsuccess = () => {
        open.result.close();
        done((request.result as { status?: string } | undefined)?.status ?? null);
      };
    };
  });
}

/** Scrolls the grid by `step` pixels a frame for `ms`, and reports the frame times seen. */
export async function scrollFrames(step: number, ms: number) {
  const grid = document.querySelector('[data-testid="claims-grid"]')!;
  grid.scrollTop = 0;
  await afterPaint();
  const frames: number[] = [];
  const started = performance.now();
  let last = started;
  while (performance.now() - started < ms) {
    grid.scrollTop = Math.min(grid.scrollTop + step, grid.scrollHeight - grid.clientHeight);
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  const rows = document.querySelectorAll('[data-testid="claim-row"]').length;
  return { frames, reachedRow: Math.round(grid.scrollTop / 56), rowsInDom: rows };
}

export function heap() {
  const g = globalThis as { gc?: () => void };
  g.gc?.();
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory?.usedJSHeapSize ?? null;
}

/** Resolves once every row on screen shows the status (after a bulk edit), painted. */
export async function rowsHaveStatus(statusId: string, timeout = 180_000) {
  await domUntil(() => {
    const rows = Array.from(document.querySelectorAll('[data-testid="claim-row"]'));
    return rows.length > 0 && rows.every((r) => r.getAttribute('data-status') === statusId);
  }, timeout);
  await afterPaint();
}
