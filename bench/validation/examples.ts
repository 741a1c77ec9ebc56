/*
 * What the synth-time IAM validation adds to the synth of the example app (examples/example-app.ts,
 * the app `npm run example` synthesizes: 3 roles/users/groups, 3 policies, 10 CloudFormation resources).
 *
 * Two measurements, CPU time of app.synth() only (building the constructs is not counted), with
 * validation on (CDK_IAM_KIT_VALIDATION=true) and off (CDK_IAM_KIT_VALIDATION=false):
 *   - fresh: the first synth in a fresh process, as `cdk synth` runs it (modules loaded before the
 *     clock, including those aws-cdk-lib loads lazily during synthesis, listed by a discovery child
 *     as in bench/preload.ts; first-use costs such as parsing the IAM reference are counted).
 *     Sides alternate.
 *   - steady: many alternating synths of fresh Apps in one process, after 200 warm-ups (the JIT
 *     keeps improving the code for the first hundred synths or so).
 *   - whole process (information): the CPU time of a whole `node` process that loads the modules,
 *     builds the app and synthesizes it, which is what `cdk synth` waits on for this app (its
 *     `app` command); no preload. Sides alternate.
 * Medians are printed, and the difference as a % of the synth without validation. The assembly is
 * written to /dev/shm where it exists (disk writes made the figures swing by milliseconds).
 *
 * Run: node -r ts-node/register/transpile-only bench/validation/examples.ts [freshRuns=21] [steadyRuns=201]
 * (freshRuns also counts the whole-process runs)
 * (children run the plain JavaScript of bench/out/build, see bench/build.ts).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lateModules, loadedModules, preload } from '../preload';

const ROOT = path.join(__dirname, '..', '..');

interface Sample { readonly on: number[]; readonly off: number[] }

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** Synthesize one fresh example app; the CPU time of app.synth() in ms. */
function synthOnce(validation: boolean, outdir: string): number {
  process.env.CDK_IAM_KIT_VALIDATION = validation ? 'true' : 'false';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildExampleApp } = require('../../examples/example-app') as typeof import('../../examples/example-app');
  const { app } = buildExampleApp(outdir);
  const c0 = process.cpuUsage();
  app.synth();
  return cpuMs(c0);
}

/** A memory file system when there is one: the cloud assembly's writes are disk noise here. */
const TMP = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();

function withOutdir<T>(fn: (outdir: string) => T): T {
  const outdir = fs.mkdtempSync(path.join(TMP, 'cdk-iam-kit-examples-'));
  try { return fn(outdir); } finally { fs.rmSync(outdir, { recursive: true, force: true }); }
}

/** In one process: alternating synths after warm-ups. */
export function steady(runs: number, warmups = 200): Sample {
  return withOutdir((outdir) => {
    for (let i = 0; i < warmups; i++) { synthOnce(i % 2 === 0, outdir); }
    const on: number[] = [];
    const off: number[] = [];
    for (let i = 0; i < runs; i++) {
      // alternate which side goes first, so that neither always follows the other
      const first = i % 2 === 0;
      (first ? on : off).push(synthOnce(first, outdir));
      (first ? off : on).push(synthOnce(!first, outdir));
    }
    return { on, off };
  });
}

/** The example builder as plain JavaScript next to the transpiled src/ (bench/out/build/examples). */
function buildChildren(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildForChildren, BUILD_DIR } = require('../build') as typeof import('../build');
  buildForChildren();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof import('typescript');
  const source = path.join(ROOT, 'examples', 'example-app.ts');
  const out = path.join(BUILD_DIR, 'examples', 'example-app.js');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const js = ts.transpileModule(fs.readFileSync(source, 'utf-8'), {
    fileName: source,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  fs.writeFileSync(out, js);
  return path.join(BUILD_DIR, 'bench', 'validation', 'examples.js');
}

/** Fresh processes, sides alternating: the first synth of each. */
export function fresh(runs: number): Sample {
  const script = buildChildren();
  const list = path.join(path.dirname(script), 'preload-examples.json');
  const d = spawnSync(process.execPath, [script, '--discover', list], { cwd: ROOT, encoding: 'utf-8' });
  if (d.status !== 0) { throw new Error(`module discovery failed: ${d.stderr}`); }
  const env = { ...process.env, BENCH_PRELOAD: list };
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 === 0 ? ['on', 'off'] : ['off', 'on']) {
      const r = spawnSync(process.execPath, [script, '--child', side], { cwd: ROOT, encoding: 'utf-8', env });
      const m = /EXAMPLES_RESULT (\S+)/.exec(r.stdout ?? '');
      if (!m) { throw new Error(`child failed: ${r.stderr}`); }
      (side === 'on' ? on : off).push(Number(m[1]));
    }
  }
  return { on, off };
}

function loadModules(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('aws-cdk-lib');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../examples/example-app');
}

/** The modules (under node_modules) that a synth with and one without validation load lazily. */
function discover(listFile: string): void {
  loadModules();
  const loaded = loadedModules();
  withOutdir((outdir) => { synthOnce(true, outdir); synthOnce(false, outdir); });
  fs.writeFileSync(listFile, JSON.stringify(lateModules(loaded)));
}

/** Fresh processes, sides alternating: the whole process's CPU time (node start to exit). */
export function wholeProcess(runs: number): Sample {
  const script = buildChildren();
  const on: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 === 0 ? ['on', 'off'] : ['off', 'on']) {
      const r = spawnSync(process.execPath, [script, '--process', side], { cwd: ROOT, encoding: 'utf-8' });
      const m = /EXAMPLES_RESULT (\S+)/.exec(r.stdout ?? '');
      if (!m) { throw new Error(`child failed: ${r.stderr}`); }
      (side === 'on' ? on : off).push(Number(m[1]));
    }
  }
  return { on, off };
}

/** A whole app process: modules, build and synth; its CPU time since the process started. */
function processChild(side: string): void {
  loadModules();
  withOutdir((outdir) => synthOnce(side === 'on', outdir));
  const u = process.cpuUsage();
  process.stdout.write(`EXAMPLES_RESULT ${(u.user + u.system) / 1000}\n`);
}

function child(side: string): void {
  // modules loaded before the clock, as in bench/child.ts
  loadModules();
  preload(process.env.BENCH_PRELOAD);
  const loaded = loadedModules();
  const ms = withOutdir((outdir) => synthOnce(side === 'on', outdir));
  const late = lateModules(loaded);
  if (late.length) { throw new Error(`modules loaded inside the clock: ${late.join(', ')}`); }
  process.stdout.write(`EXAMPLES_RESULT ${ms}\n`);
}

function line(name: string, s: Sample, what = 'synth'): string {
  const on = median(s.on);
  const off = median(s.off);
  const d = on - off;
  return `${name}: ${what} ${off.toFixed(2)} ms without validation, ${on.toFixed(2)} ms with it: `
    + `${d >= 0 ? '+' : '-'}${Math.abs(d).toFixed(2)} ms (${(100 * d / off).toFixed(1)}% of ${what}), medians of ${s.on.length}`;
}

if (require.main === module) {
  process.env.CDK_VALIDATION = 'false';
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    child(args[1]);
  } else if (args[0] === '--process') {
    processChild(args[1]);
  } else if (args[0] === '--discover') {
    discover(args[1]);
  } else {
    const freshRuns = Number(args[0] ?? 21);
    const steadyRuns = Number(args[1] ?? 201);
    process.stdout.write(`${line('fresh process (first synth)', fresh(freshRuns))}\n`);
    process.stdout.write(`${line('steady (one process)', steady(steadyRuns))}\n`);
    process.stdout.write(`${line('whole process (modules, build, synth)', wholeProcess(freshRuns), 'process')}\n`);
  }
}
