/*
 * Side-by-side benchmarks: the same CDK programs with aws-cdk-lib's aws-iam and with cdk-iam-kit.
 *
 *   npm run bench                 everything (< 5 minutes on 2 cores), writes bench/RESULTS.md
 *   npm run bench -- --quick      CI smoke: tiny sizes, 1 repetition, no speed assertions
 *   npm run bench -- --full       also aws-cdk-lib above 10,000 statements on one role
 *   npm run bench -- --reps 5     repetitions per side and cell (default 3)
 *   npm run bench -- --profile    also write a CPU profile of one cdk-iam-kit run per cell and
 *                                 print its top self-time functions
 *   npm run bench -- --only one-role   only the cells of one workload
 *   npm run bench -- --render     rewrite RESULTS.md from bench/out/results.json (no measuring)
 *
 * Every run is a fresh child process (same node flags, plain JavaScript transpiled once into
 * bench/out/build so no ts-node cost is paid per child); sides alternate within a cell. The
 * figure compared is the CPU time (user + system) of the child's measured section, which stays
 * meaningful on a shared, loaded machine; wall time is reported alongside. See bench/README.md.
 * Exits non-zero when a run crashes or a template differs between the sides.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildForChildren, BUILD_DIR } from './build';
import type { ChildResult, ChildSpec, Side } from './child';
import { compareDigests, Verdict } from './compare';
import { byArea, hotSpots, newestProfile, HotSpot } from './profile';
import { machine, renderResults } from './report';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const FULL = args.includes('--full');
const PROFILE = args.includes('--profile');
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const REPS = QUICK ? 1 : Number(args.includes('--reps') ? args[args.indexOf('--reps') + 1] : 3);
/** aws-cdk-lib runs that take longer than this (CPU) are repeated once only (the cell says so). */
const SLOW_RUN_MS = 8_000;
/** aws-cdk-lib runs projected (quadratically, from the previous size) over this CPU time are skipped unless --full. */
const PROJECTED_BUDGET_MS = 30_000;
const OUT = path.join(__dirname, 'out');

export interface Cell {
  readonly workload: string;
  readonly label: string;
  readonly params: ChildSpec['params'];
  readonly mode: ChildSpec['mode'] | 'evaluate';
  readonly sides: Side[];
  /** Why aws-cdk-lib was not run, when it was not. */
  skipped?: string;
  /** Runs per side for this cell, when it needs more than --reps (small differences to resolve). */
  readonly reps?: number;
}

export interface SideStats {
  readonly runs: number;
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly maxRssMb: number;
  readonly results: ChildResult[];
}

export interface CellResult {
  readonly cell: Cell;
  readonly stats: Partial<Record<Side, SideStats>>;
  readonly verdict?: Verdict;
  readonly errors: string[];
  readonly hotSpots?: HotSpot[];
  /** Self time of the profile by area (src/<layer>, aws-cdk-lib/<module>, GC). */
  readonly areas?: HotSpot[];
}

function plan(): Cell[] {
  const cells: Cell[] = [];
  const both: Side[] = ['aws-cdk-lib', 'cdk-iam-kit'];
  const sizes = QUICK ? [100, 300] : [500, 2_000, 8_000, 10_000, 20_000];
  for (const minimize of [false, true]) {
    for (const n of sizes) {
      cells.push({
        workload: 'one-role',
        mode: 'synth',
        label: `1. one role, ${n.toLocaleString('en-US')} statements, minimize ${minimize ? 'on' : 'off'}`,
        params: { n, minimize },
        sides: n > 10_000 && !FULL ? ['cdk-iam-kit'] : [...both],
      });
    }
  }
  // information: what our validator adds on one big role (ours only; CDK_VALIDATION=false leaves it off above)
  for (const n of QUICK ? [300] : [2_000, 8_000]) {
    cells.push({
      workload: 'one-role',
      mode: 'synth',
      label: `1. one role, ${n.toLocaleString('en-US')} statements, minimize off, ours validating`,
      params: { n, minimize: false, validate: true },
      sides: ['cdk-iam-kit'],
    });
  }
  const many = QUICK ? { roles: 20, statements: 20 } : { roles: 1_000, statements: 20 };
  cells.push({ workload: 'many-roles', mode: 'synth', label: `2. ${many.roles.toLocaleString('en-US')} roles × ${many.statements} statements, minimize on`, params: many, sides: [...both] });
  const app = QUICK ? { roles: 10, resources: 20, grants: 4 } : { roles: 200, resources: 300, grants: 10 };
  const appLabel = `${app.roles} roles × ${app.grants} grants on ${app.resources} buckets/tables + boundary`;
  cells.push({
    workload: 'realistic-app',
    mode: 'synth',
    label: `3. realistic app: ${appLabel} (ours validating)`,
    params: { ...app, validate: true },
    sides: [...both, 'cdk-iam-kit, not validating'],
    // the validation share is a difference of two ~1.5 s figures that vary by ±15% per process
    reps: QUICK ? 1 : Math.max(REPS, 7),
  });
  cells.push({ workload: 'realistic-app', mode: 'validate', label: '4. validation of workload 3 (hooks only)', params: { ...app, validate: true }, sides: ['cdk-iam-kit'] });
  cells.push({ workload: 'evaluator', mode: 'evaluate', label: '5. AccessCheck on a role with 50 statements (bench/evaluation)', params: { decisions: QUICK ? 2_000 : 200_000 }, sides: ['cdk-iam-kit'] });
  return ONLY ? cells.filter((c) => c.workload === ONLY) : cells;
}

/** The node flags of this process (--expose-gc), without ts-node: children run plain JavaScript. */
function nodeFlags(): string[] {
  return process.execArgv.filter((a) => !a.includes('ts-node') && a !== '-r' && a !== '--require');
}

/**
 * Workload 5 is evaluation-helper's runner (bench/evaluation/run.ts), run as a child; its
 * figures are read back from the JSON it writes (next to its transpiled copy).
 */
function runEvaluation(decisions: number): ChildResult {
  const script = path.join(BUILD_DIR, 'bench', 'evaluation', 'run.js');
  const json = path.join(BUILD_DIR, 'bench', 'out', 'evaluation.json');
  fs.rmSync(json, { force: true });
  const t0 = Date.now();
  const child = spawnSync(process.execPath, [...nodeFlags(), script, String(decisions)], {
    encoding: 'utf-8', env: { ...process.env, CDK_VALIDATION: 'false' },
  });
  if (child.status !== 0 || !fs.existsSync(json)) {
    throw new Error(`bench/evaluation/run.ts exited ${child.status ?? child.signal}:\n    ${errorLines(child.stderr || child.stdout || String(child.error))}`);
  }
  const figures = JSON.parse(fs.readFileSync(json, 'utf-8')) as { results: Array<{ name: string; perSecondCpu: number; perSecondWall: number; cpuMs: number }> };
  const extra: Record<string, number> = {};
  for (const r of figures.results) {
    extra[`${r.name}: decisions/s CPU`] = r.perSecondCpu;
    extra[`${r.name}: decisions/s wall`] = r.perSecondWall;
  }
  const cpuMs = figures.results.reduce((a, r) => a + r.cpuMs, 0);
  return { cpuMs, wallMs: Date.now() - t0, buildCpuMs: 0, maxRssMb: 0, baseRssMb: 0, extra };
}

/** The informative lines of a child's error output (error messages, not minified source lines). */
function errorLines(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() && l.length < 2000);
  const messages = lines.filter((l) => /«|Error|error|\[\w+\]/.test(l));
  return (messages.length ? messages : lines).slice(0, 8).map((l) => l.slice(0, 400)).join('\n    ');
}

/** Per side, the file listing what aws-cdk-lib loads lazily (bench/preload.ts); set by discoverModules. */
const PRELOAD: Partial<Record<'aws-cdk-lib' | 'cdk-iam-kit', string>> = {};

/** One discovery child per side: the modules its children require before their clock. */
function discoverModules(): string {
  const counts: string[] = [];
  for (const side of ['aws-cdk-lib', 'cdk-iam-kit'] as const) {
    const file = path.join(OUT, `preload-${side}.json`);
    fs.mkdirSync(OUT, { recursive: true });
    const child = spawnSync(process.execPath, [...nodeFlags(), path.join(BUILD_DIR, 'bench', 'child.js'), 'discover', side, file], {
      encoding: 'utf-8', env: { ...process.env, CDK_VALIDATION: 'false' },
    });
    if (child.status !== 0) { throw new Error(`module discovery (${side}) exited ${child.status ?? child.signal}:\n    ${errorLines(child.stderr || child.stdout)}`); }
    PRELOAD[side] = file;
    counts.push(`${side} ${(JSON.parse(fs.readFileSync(file, 'utf-8')) as string[]).length}`);
  }
  return counts.join(', ');
}

/** One synth/validate run; with profileDir, the child profiles its measured section into it. */
function runChild(spec: ChildSpec, profileDir?: string): ChildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, CDK_VALIDATION: 'false' };
  const list = PRELOAD[spec.side === 'aws-cdk-lib' ? 'aws-cdk-lib' : 'cdk-iam-kit'];
  if (list) { env.BENCH_PRELOAD = list; }
  if (profileDir) {
    fs.mkdirSync(profileDir, { recursive: true });
    env.BENCH_PROFILE = path.join(profileDir, `measured-${Date.now()}.cpuprofile`);
  }
  const child = spawnSync(process.execPath, [...nodeFlags(), path.join(BUILD_DIR, 'bench', 'child.js'), JSON.stringify(spec)], {
    encoding: 'utf-8', env, maxBuffer: 64 * 2 ** 20,
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (child.status !== 0 || !line) {
    throw new Error(`${spec.side} ${spec.workload} ${JSON.stringify(spec.params)} exited ${child.status ?? child.signal}:\n    ${errorLines(child.stderr || child.stdout || String(child.error))}`);
  }
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as ChildResult;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function stats(results: ChildResult[]): SideStats {
  return {
    runs: results.length,
    cpuMs: median(results.map((r) => r.cpuMs)),
    wallMs: median(results.map((r) => r.wallMs)),
    maxRssMb: Math.max(...results.map((r) => r.maxRssMb)),
    results,
  };
}

function measure(cell: Cell): CellResult {
  const results: Partial<Record<Side, ChildResult[]>> = {};
  const errors: string[] = [];
  let hot: HotSpot[] | undefined;
  for (let rep = 0; rep < (cell.reps ?? REPS); rep++) {
    const order = rep % 2 === 0 ? cell.sides : [...cell.sides].reverse();
    for (const side of order) {
      const previous = results[side] ?? [];
      if (side === 'aws-cdk-lib' && previous.length > 0 && previous[0].cpuMs > SLOW_RUN_MS) { continue; }
      try {
        previous.push(cell.mode === 'evaluate' ? runEvaluation(Number(cell.params.decisions))
          : runChild({ workload: cell.workload, side, mode: cell.mode, params: cell.params }));
        results[side] = previous;
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
    if (errors.length) { break; }
  }
  // one extra cdk-iam-kit run with a profile of its measured section, not counted in the figures
  let areas: HotSpot[] | undefined;
  if (PROFILE && !errors.length && cell.mode !== 'evaluate' && cell.sides.includes('cdk-iam-kit')) {
    const dir = path.join(OUT, 'profiles', `${cell.workload}-${cell.mode}-${Object.values(cell.params).join('-')}`);
    runChild({ workload: cell.workload, side: 'cdk-iam-kit', mode: cell.mode, params: cell.params }, dir);
    const file = newestProfile(dir);
    if (file) {
      hot = hotSpots(file, 12);
      areas = byArea(hotSpots(file, Infinity)).slice(0, 6);
    }
  }
  const s: Partial<Record<Side, SideStats>> = {};
  for (const side of cell.sides) { if (results[side]?.length) { s[side] = stats(results[side]!); } }
  let verdict: Verdict | undefined;
  const a = s['aws-cdk-lib']?.results[0].digest;
  const b = s['cdk-iam-kit']?.results[0].digest;
  if (a && b) { verdict = compareDigests(a, b); }
  return { cell, stats: s, verdict, errors, hotSpots: hot, areas };
}

/** `--render`: rewrite RESULTS.md from the last run's bench/out/results.json, measuring nothing. */
function render(): void {
  const last = JSON.parse(fs.readFileSync(path.join(OUT, 'results.json'), 'utf-8'));
  const { before, after, elapsed, reps, preloaded } = last;
  const markdown = renderResults(last.cells, { before, after, elapsed, reps, quick: false, full: FULL, preloaded });
  fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), markdown);
  process.stdout.write(`${markdown}\n`);
}

function main(): void {
  if (args.includes('--render')) { render(); return; }
  const started = Date.now();
  const before = machine();
  const written = buildForChildren();
  process.stdout.write(`bench: ${written} files transpiled into ${path.relative(process.cwd(), BUILD_DIR)}; ${REPS} repetition(s) per side${QUICK ? ' (quick)' : ''}\n`);
  const preloaded = discoverModules();
  process.stdout.write(`bench: modules aws-cdk-lib loads lazily, required before the clock: ${preloaded}\n`);
  const cells = plan();
  const out: CellResult[] = [];
  const lastCdk = new Map<string, { n: number; cpuMs: number }>();
  for (const cell of cells) {
    const t = Date.now();
    if (cell.workload === 'one-role' && cell.params.validate === undefined) {
      const n = Number(cell.params.n);
      const key = String(cell.params.minimize);
      const last = lastCdk.get(key);
      const projected = last ? last.cpuMs * (n / last.n) ** 2 : 0;
      if (cell.sides.length === 1) {
        cell.skipped = 'above 10,000 (--full)';
      } else if (!FULL && projected > PROJECTED_BUDGET_MS) {
        cell.sides.splice(cell.sides.indexOf('aws-cdk-lib'), 1);
        cell.skipped = `projected ~${(projected / 1000).toFixed(0)} s CPU per run (--full)`;
      }
    }
    const r = measure(cell);
    out.push(r);
    const cdkCpu = r.stats['aws-cdk-lib']?.cpuMs;
    if (cell.workload === 'one-role' && cdkCpu) { lastCdk.set(String(cell.params.minimize), { n: Number(cell.params.n), cpuMs: cdkCpu }); }
    const ours = r.stats['cdk-iam-kit'];
    const theirs = r.stats['aws-cdk-lib'];
    const off = r.stats['cdk-iam-kit, not validating'];
    const fmt = (x?: SideStats) => (x ? `${x.cpuMs.toFixed(0)} ms CPU / ${x.wallMs.toFixed(0)} ms wall, ${x.maxRssMb.toFixed(0)} MB` : '-');
    process.stdout.write(`${cell.label}\n  aws-cdk-lib: ${fmt(theirs)}\n  cdk-iam-kit: ${fmt(ours)}`
      + `${off ? `\n  cdk-iam-kit, not validating: ${fmt(off)}` : ''}`
      + `${ours && theirs ? `\n  speed-up (CPU): ${(theirs.cpuMs / ours.cpuMs).toFixed(1)}x` : ''}`
      + `${r.verdict ? `\n  templates: ${r.verdict}` : ''}`
      + `${ours?.results[0].extra ? `\n  ${JSON.stringify(ours.results[0].extra)}` : ''}`
      + `  [${((Date.now() - t) / 1000).toFixed(0)} s]\n`);
    if (r.verdict === 'MISMATCH') { process.stdout.write(`  !!!!!!!! TEMPLATE MISMATCH between aws-cdk-lib and cdk-iam-kit: ${JSON.stringify({ theirs: theirs?.results[0].digest, ours: ours?.results[0].digest })}\n`); }
    for (const e of r.errors) { process.stdout.write(`  !!!!!!!! CRASH: ${e}\n`); }
    if (r.areas) { process.stdout.write(`    profile by area: ${r.areas.map((h) => `${h.where} ${(100 * h.share).toFixed(0)}%`).join(', ')}\n`); }
    for (const h of r.hotSpots ?? []) { process.stdout.write(`    ${h.selfMs.toFixed(0).padStart(6)} ms ${(100 * h.share).toFixed(1).padStart(5)}%  ${h.where}\n`); }
  }
  const after = machine();
  const elapsed = (Date.now() - started) / 1000;
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ before, after, elapsed, reps: REPS, preloaded, cells: out }, undefined, 2));
  const markdown = renderResults(out, { before, after, elapsed, reps: REPS, quick: QUICK, full: FULL, preloaded });
  process.stdout.write(`\n${markdown}\n`);
  if (!QUICK && !ONLY) { fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), markdown); }
  const failed = out.filter((r) => r.errors.length || r.verdict === 'MISMATCH');
  process.stdout.write(`bench: ${elapsed.toFixed(0)} s; ${failed.length ? `${failed.length} cell(s) crashed or mismatched` : 'no crash, no template mismatch'}\n`);
  process.exitCode = failed.length ? 1 : 0;
}

if (require.main === module) { main(); }
