import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom lays nothing out, so a virtualised list sees a 0-pixel viewport and renders no row.
 * Gives every element a size for the tests of one file (restored afterwards).
 */
export function withLayoutSize(width = 1200, height = 800) {
  const saved = {
    clientWidth: Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth'),
    clientHeight: Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight'),
  };
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'clientWidth', {
      configurable: true,
      get: () => width,
    });
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get: () => height,
    });
  });
  afterAll(() => {
    for (const [key, descriptor] of Object.entries(saved)) {
      if (descriptor) Object.defineProperty(Element.prototype, key, descriptor);
    }
  });
}
