/** The compare view's URL: `/compare?sources=id1,id2` (two to four sources, in column order). */
export const maxSources = 4;

export function parseCompareSources(search: string): string[] {
  const raw = new URLSearchParams(search).get('sources') ?? '';
  return [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].slice(0, maxSources);
}

export function compareHref(sourceIds: readonly string[]): string {
  return sourceIds.length > 0
    ? `/compare?sources=${sourceIds.map(encodeURIComponent).join(',')}`
    : '/compare';
}
