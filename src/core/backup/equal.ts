/** Structural equality of JSON-like values (key order ignored; undefined-valued keys ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => deepEqual(x, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    if (!deepEqual(x[key], y[key])) return false;
  }
  return true;
}

/** Top-level fields in which two rows differ, bookkeeping fields left out. */
export function differingFields(a: object, b: object): string[] {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const skip = new Set(['updatedAt', 'updatedBy']);
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter(
    (key) => !skip.has(key) && !deepEqual(x[key], y[key]),
  );
}
