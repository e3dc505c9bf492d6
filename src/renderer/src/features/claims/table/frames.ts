/** Waiting for the browser, so that work starts only once what was rendered is on screen. */

/** Resolves once the browser is idle (it has painted what was rendered), or after 500 ms. */
export function whenIdle(): Promise<void> {
  return new Promise((done) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => done(), { timeout: 500 });
    else setTimeout(done, 50);
  });
}

/**
 * Resolves just after the browser's next paint (an animation frame runs right before a paint, and
 * a message posted from it is handled right after), or after 100 ms in a hidden window, where
 * frames do not come.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, 100);
    if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(timer);
        channel.port1.close();
        done();
      };
      channel.port2.postMessage(null);
    });
  });
}
