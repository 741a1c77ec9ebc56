/*
 * Modules loaded before the clock, really. aws-cdk-lib loads ~180 files lazily during
 * `new App()` and `app.synth()` (core's synthesis, the cloud assembly API and schema, minimatch,
 * parts of aws-iam, ...): ~100 ms of CPU in every measured section, on both sides, that is module
 * loading and not synthesis. A discovery child per side runs each workload at a small size and
 * lists the files that entered the module cache during its measured sections; every measured
 * child then requires that list before its clock starts, and reports the files that still got
 * loaded inside its clock (0 expected), so that RESULTS.md can show the method held.
 *
 * Only files under node_modules are listed: our own modules (src/) are all loaded by
 * `require('../src')` already, and what our validator reads on first use (its IAM reference) is
 * data parsed by our code, not module loading, so it stays inside the clock.
 */
import * as fs from 'fs';
import * as path from 'path';

/** The small workload runs of a discovery child: every code path the measured cells take. */
export const DISCOVERY_RUNS: ReadonlyArray<{ readonly workload: string; readonly params: Record<string, number | boolean> }> = [
  // 2,000: over the managed policy quota, which makes aws-cdk-lib load its annotations module
  { workload: 'one-role', params: { n: 2_000, minimize: false } },
  { workload: 'one-role', params: { n: 300, minimize: true } },
  { workload: 'many-roles', params: { roles: 20, statements: 20 } },
  { workload: 'realistic-app', params: { roles: 10, resources: 20, grants: 4, validate: true } },
];

/** The module cache's files now. */
export function loadedModules(): Set<string> {
  return new Set(Object.keys(require.cache));
}

/** Files under node_modules that entered the module cache since `before`. */
export function lateModules(before: ReadonlySet<string>): string[] {
  return Object.keys(require.cache).filter((f) => !before.has(f) && f.includes(`${path.sep}node_modules${path.sep}`));
}

/** Require the files listed in the JSON file `listFile` (written by a discovery child). */
export function preload(listFile: string | undefined): number {
  if (!listFile) { return 0; }
  const files = JSON.parse(fs.readFileSync(listFile, 'utf-8')) as string[];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  for (const f of files) { require(f); }
  return files.length;
}
