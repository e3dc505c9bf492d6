/** The gate of `npm run security`: which Electronegativity results fail the build. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './fake-electron';

interface Finding {
  id: string;
  severity: { name: string };
}
interface ScanModule {
  judge(
    issues: Finding[],
    errors: { file: string; message: string; tolerable: boolean }[],
  ): { ok: boolean; failing: Finding[]; unparsed: unknown[]; counts: Record<string, number> };
}
// A plain .mjs script, imported by URL so TypeScript leaves it alone.
const scanUrl = pathToFileURL(join(repoRoot, 'scripts/security-scan.mjs')).href;
const { judge } = (await import(/* @vite-ignore */ scanUrl)) as ScanModule;

const finding = (id: string, severity: string): Finding => ({ id, severity: { name: severity } });

describe('security scan gate', () => {
  it('passes LOW and INFORMATIONAL findings, counting them', () => {
    const verdict = judge(
      [finding('CSP_GLOBAL_CHECK', 'LOW'), finding('ELECTRON_VERSION_JSON_CHECK', 'INFORMATIONAL')],
      [],
    );
    expect(verdict.ok).toBe(true);
    expect(verdict.counts).toEqual({ LOW: 1, INFORMATIONAL: 1 });
  });

  it.each(['HIGH', 'MEDIUM'])('fails on a %s finding', (severity) => {
    const verdict = judge(
      [finding('CSP_GLOBAL_CHECK', 'LOW'), finding('SANDBOX_JS_CHECK', severity)],
      [],
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.failing.map((issue) => issue.id)).toEqual(['SANDBOX_JS_CHECK']);
  });

  it('fails when a file could not be parsed, but not when it was parsed with warnings', () => {
    expect(
      judge([], [{ file: 'src/main/a.ts', message: 'Unexpected token', tolerable: false }]).ok,
    ).toBe(false);
    expect(judge([], [{ file: 'src/main/a.ts', message: 'recovered', tolerable: true }]).ok).toBe(
      true,
    );
  });
});
