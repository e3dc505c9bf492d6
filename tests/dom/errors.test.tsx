import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/renderer/src/lib/errors';

describe('errorMessage', () => {
  it('explains a full disk, also when Dexie wraps the QuotaExceededError', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: quota,
    });
    expect(errorMessage(quota)).toMatch(/disk is full.*not saved.*Everything saved before is safe/);
    expect(errorMessage(wrapped)).toMatch(/disk is full/);
  });

  it('passes other messages through', () => {
    expect(errorMessage(new Error('This claim no longer exists.'))).toBe(
      'This claim no longer exists.',
    );
    expect(errorMessage('plain')).toBe('plain');
  });
});
