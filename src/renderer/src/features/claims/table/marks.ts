/**
 * Performance marks the table leaves in the page's timeline (cheap, always on), which the
 * benchmark (`npm run bench`) reads to time what users wait for:
 *
 * - `claims:first-render` once the table first shows rows after it mounts (at launch, the
 *   snapshot's first rows: `preview: true`), `claims:first-paint` just after the browser painted
 *   them; `claims:all-rows-rendered` once it shows them from every row loaded (filters, sort and
 *   search then work on all of them);
 * - `claims:rendered` after every render of a new result from every row (only the latest is
 *   kept), with the query (`key`, as in the URL), the search words its hits are for (`q`) and the
 *   row count;
 * - `claims:search-ready` when the search index is complete;
 * - `claims:store-start`, `claims:preview` (the snapshot's head shown), `claims:snapshot-read`,
 *   `claims:store-read`, `claims:sources-read`: the steps of loading; `claims:verified` when the
 *   rows were compared with the store; `claims:snapshot-saved`; `claims:status-change` when a
 *   row's status is picked.
 */
export function mark(name: string, detail: Record<string, unknown>, keepOnlyLatest = false) {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  try {
    if (keepOnlyLatest) performance.clearMarks(name);
    performance.mark(name, { detail });
  } catch {
    // A timeline without user marks: nothing to record.
  }
}
