import type { Page } from '@playwright/test';

export interface HeapFigures {
  /** The page's main thread, after a full garbage collection. */
  pageMB: number;
  /** Each dedicated worker of the page (e.g. the search index), after a collection. */
  workersMB: { url: string; usedMB: number }[];
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/**
 * JS heap in use, after garbage collection, of the page and of each of its workers, through the
 * DevTools protocol (HeapProfiler.collectGarbage, Runtime.getHeapUsage). Workers are reached by
 * auto-attaching to the page's targets and talking to them through Target.sendMessageToTarget.
 */
export async function measureHeap(page: Page): Promise<HeapFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const pageUsage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  const workers = new Map<string, string>();
  const pending = new Map<string, (result: unknown) => void>();
  let nextId = 1;
  cdp.on(
    'Target.attachedToTarget',
    (event: { sessionId: string; targetInfo: { type: string; url: string } }) => {
      if (event.targetInfo.type === 'worker') workers.set(event.sessionId, event.targetInfo.url);
    },
  );
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    const key = `${event.sessionId}:${message.id}`;
    pending.get(key)?.(message.result);
    pending.delete(key);
  });
  const send = (sessionId: string, method: string) =>
    new Promise<unknown>((done, fail) => {
      const id = nextId++;
      pending.set(`${sessionId}:${id}`, done);
      setTimeout(() => fail(new Error(`${method} timed out`)), 30_000);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });

  const workersMB: HeapFigures['workersMB'] = [];
  try {
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    await new Promise((done) => setTimeout(done, 500));
    for (const [sessionId, url] of workers) {
      await send(sessionId, 'HeapProfiler.collectGarbage');
      const usage = (await send(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number };
      workersMB.push({ url: url.split('/').pop() ?? url, usedMB: mb(usage.usedSize) });
    }
  } catch (error) {
    console.warn(`  (worker heaps not measured: ${(error as Error).message})`);
  } finally {
    await cdp.detach().catch(() => {});
  }
  return { pageMB: mb(pageUsage.usedSize), workersMB };
}
