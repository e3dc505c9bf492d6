#!/usr/bin/env node
/**
 * `npm run security`: Doyensec's Electronegativity over the sources (src/) and the built app (out/),
 * failing on any HIGH or MEDIUM finding. Its own CLI always exits 0, so this script runs it
 * through its API and decides. A file it cannot parse is a failure too: an unread file is an
 * unchecked file. False positives are silenced where they occur with `eng-disable <CHECK_ID>`
 * comments, each one explained in docs/security.md.
 *
 * Offline: the one check that needs the network (AvailableSecurityFixesGlobalCheck downloads
 * Electron's release list, with no timeout) is left out; Electron's version is pinned instead.
 * Electronegativity also asks for fresh translations (1 s timeout) and falls back to its own.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** Severities that fail the build. */
export const FAILING_SEVERITIES = ['HIGH', 'MEDIUM'];
/** Checks left out, with the reason (see docs/security.md). */
export const EXCLUDED_CHECKS = {
  AvailableSecurityFixesGlobalCheck: "downloads Electron's release list; the scan runs offline",
};
// out/main is src/main bundled: scanned as source, where the eng-disable annotations live (the
// bundler drops comments). The preload and renderer bundles add what npm packages bring in.
// One scan over all of them, because the global checks (navigation limits, permission handler)
// look across files: main's handlers count for the whole app.
const DEFAULT_TARGETS = ['src', 'out/preload', 'out/renderer'];
const REPORT = join(root, 'test-results', 'electronegativity.json');

/**
 * Splits a scan's result into what fails the build and what does not.
 * `issues` are Electronegativity's findings (`severity.name` is HIGH, MEDIUM, LOW or
 * INFORMATIONAL); `errors` are files it could not parse (`tolerable` when it read them anyway).
 */
export function judge(issues, errors) {
  const failing = issues.filter((issue) => FAILING_SEVERITIES.includes(issue.severity.name));
  const unparsed = errors.filter((error) => !error.tolerable);
  const counts = {};
  for (const issue of issues) counts[issue.severity.name] = (counts[issue.severity.name] ?? 0) + 1;
  return { failing, unparsed, counts, ok: failing.length === 0 && unparsed.length === 0 };
}

function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/** Scans `targets` (folders of the project) together, as one app, in a scratch copy. */
async function scan(targets) {
  const run = require('@doyensec/electronegativity');
  const scratch = mkdtempSync(join(tmpdir(), 'claimdesk-electronegativity-'));
  try {
    for (const target of targets)
      cpSync(resolve(root, target), join(scratch, target), { recursive: true });
    const result = await run({
      input: scratch,
      isRelative: false,
      isVerbose: true,
      customScan: [],
      excludeFromScan: Object.keys(EXCLUDED_CHECKS).map((name) => name.toLowerCase()),
      severitySet: 'INFORMATIONAL',
      confidenceSet: 'TENTATIVE',
      electronVersionOverride: electronVersion(),
      parserPlugins: [],
    });
    const where = (file) => (file && file !== 'N/A' ? relative(scratch, file) : '(whole app)');
    return {
      issues: result.issues.map((issue) => ({ ...issue, file: where(issue.file) })),
      errors: result.errors.map((error) => ({ ...error, file: where(error.file) })),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function describe(issue) {
  const { line, column } = issue.location;
  return `${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id}  ${issue.file}:${line}:${column}\n    ${issue.description}`;
}

async function main(targets) {
  for (const target of targets) {
    if (!existsSync(resolve(root, target))) {
      console.error(
        `security: ${target}/ does not exist${target.startsWith('out') ? ' (run `electron-vite build` first)' : ''}`,
      );
      process.exit(2);
    }
  }
  const { issues, errors } = await scan(targets);
  const verdict = judge(issues, errors);

  console.log(`\nElectronegativity over ${targets.map((t) => `${t}/`).join(', ')}`);
  for (const [name, why] of Object.entries(EXCLUDED_CHECKS))
    console.log(`  left out: ${name} (${why})`);
  for (const issue of issues) console.log(describe(issue));
  for (const error of errors)
    console.log(
      `${error.tolerable ? 'PARSED WITH ERRORS' : 'NOT PARSED'}  ${error.file}: ${error.message}`,
    );
  const summary = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
    .map((name) => `${verdict.counts[name] ?? 0} ${name}`)
    .join(', ');
  console.log(`\nfindings: ${summary}; ${verdict.unparsed.length} file(s) not parsed`);

  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(
    REPORT,
    JSON.stringify(
      {
        targets,
        counts: verdict.counts,
        issues: issues.map(({ id, severity, confidence, file, location, sample, description }) => ({
          id,
          severity: severity.name,
          confidence: confidence.name,
          file,
          location,
          sample,
          description,
        })),
        errors: errors.map(({ file, message, tolerable }) => ({ file, message, tolerable })),
      },
      null,
      2,
    ),
  );
  console.log(`report: ${relative(root, REPORT)}`);
  if (!verdict.ok) {
    console.error(
      `security: FAILED — ${verdict.failing.length} HIGH/MEDIUM finding(s), ${verdict.unparsed.length} unparsed file(s)`,
    );
    process.exit(1);
  }
  console.log('security: passed (no HIGH or MEDIUM finding)');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const targets = process.argv.slice(2);
  await main(targets.length > 0 ? targets : DEFAULT_TARGETS);
}
