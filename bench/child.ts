/*
 * One measured run in a fresh process: `node child.js '<json spec>'`. Prints one line
 * `BENCH_RESULT <json>` with times (CPU of this process and wall), peak memory and template
 * digests. Spawned by run.ts; module loading happens before the clock starts, including the
 * modules aws-cdk-lib would load lazily inside it (listed by a discovery child: preload.ts).
 * `node child.js discover <side> <out.json>` is that discovery child.
 */
import * as fs from 'fs';
import { Session } from 'inspector';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { digest } from './compare';
import { DISCOVERY_RUNS, lateModules, loadedModules, preload } from './preload';
import { WORKLOADS } from './workloads';
import type { WorkloadParams } from './workloads/types';

/**
 * `cdk-iam-kit, not validating` is our library with its validator left off (CDK_VALIDATION=false)
 * in a cell whose `cdk-iam-kit` side validates: run alternately with the other sides, so that the
 * validation's share is measured from interleaved runs rather than from two cells run minutes apart.
 */
export type Side = 'aws-cdk-lib' | 'cdk-iam-kit' | 'cdk-iam-kit, not validating';
export type Mode = 'synth' | 'validate';

export interface ChildSpec {
  readonly workload: string;
  readonly side: Side;
  readonly mode: Mode;
  readonly params: WorkloadParams;
}

export interface ChildResult {
  /** CPU time (user + system) of the measured section, ms. */
  readonly cpuMs: number;
  /** Wall-clock time of the measured section, ms. */
  readonly wallMs: number;
  /** Build (construct tree) part of wallMs / cpuMs. */
  readonly buildCpuMs: number;
  /** Peak resident set size of the process (resourceUsage().maxRSS), MB. */
  readonly maxRssMb: number;
  /** Resident set size after the modules were loaded, before the workload, MB. */
  readonly baseRssMb: number;
  readonly digest?: ReturnType<typeof digest>;
  /** Extra figures of the mode (decisions per second, ...). */
  readonly extra?: Record<string, number | string>;
  /** Files of node_modules loaded inside the measured section despite the preload (0 expected). */
  readonly lateModules?: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
}

/**
 * With BENCH_PROFILE=<file>, a V8 CPU profile of the measured section only (no module loading,
 * no digests) is written to that file. The in-process inspector answers synchronously.
 */
function startProfile(): (() => void) | undefined {
  const file = process.env.BENCH_PROFILE;
  if (!file) { return undefined; }
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  return () => session.post('Profiler.stop', (err, result) => {
    if (!err) { fs.writeFileSync(file, JSON.stringify(result.profile)); }
    session.disconnect();
  });
}

/** aws-cdk-lib and the side's iam module, loaded before any clock. */
function loadModules(side: Side): { cdk: typeof import('aws-cdk-lib'); iam: any } {
  process.env.CDK_VALIDATION = 'false';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cdk = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const iam = side !== 'aws-cdk-lib' ? require('../src') : cdk.aws_iam;
  // aws-cdk-lib's lazy s3/dynamodb exports touched
  void cdk.aws_s3.Bucket; void cdk.aws_dynamodb.Table;
  return { cdk, iam };
}

/** Build the workload's tree into a new App; the App and its stack. */
function buildApp(cdk: typeof import('aws-cdk-lib'), iam: any, spec: ChildSpec, outdir: string) {
  const workload = WORKLOADS[spec.workload];
  if (!workload) { throw new Error(`unknown workload '${spec.workload}'`); }
  // no 500-resource cap: the realistic app has ~700 resources, in one stack on purpose
  // CDK_VALIDATION=false turns our synth-time validator off too; `validate: true` cells turn it
  // back on with the context key (aws-cdk-lib ignores it)
  const validation = spec.params.validate === true && spec.side === 'cdk-iam-kit' ? { 'cdk-iam-kit:validation': true } : {};
  const context = { '@aws-cdk/core:stackResourceLimit': 0, ...validation, ...workload.context?.(spec.params) };
  const app = new cdk.App({ outdir, analyticsReporting: false, context });
  const stack = new cdk.Stack(app, 'Bench', { env: { account: '123456789012', region: 'us-east-1' } });
  if (spec.side !== 'aws-cdk-lib') {
    for (const rule of workload.relaxedRules ?? []) { iam.IamValidator.of(app).setSeverity(rule, iam.Severity.WARNING); }
  }
  workload.build(iam, stack, spec.params);
  return { app, stack };
}

function withOutdir<T>(fn: (outdir: string) => T): T {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-iam-kit-bench-'));
  try { return fn(outdir); } finally { fs.rmSync(outdir, { recursive: true, force: true }); }
}

/** The count of late modules; their names on stderr with BENCH_LATE_LIST=1 (to extend DISCOVERY_RUNS). */
function reportLate(files: string[]): number {
  if (process.env.BENCH_LATE_LIST && files.length) { process.stderr.write(`loaded inside the clock:\n  ${files.join('\n  ')}\n`); }
  return files.length;
}

function main(spec: ChildSpec): ChildResult {
  const { cdk, iam } = loadModules(spec.side);
  preload(process.env.BENCH_PRELOAD);
  (global as any).gc?.();
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;

  return withOutdir((outdir) => {
    const loaded = loadedModules();
    const stopProfile = startProfile();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const { app, stack } = buildApp(cdk, iam, spec, outdir);
    const buildCpuMs = cpuMs(c0);
    let extra: Record<string, number | string> | undefined;
    let template: any;
    if (spec.mode === 'validate') {
      // only the validation hooks (ours: one per Role/Policy/ManagedPolicy), no synthesis
      let messages = 0;
      const v0 = process.cpuUsage();
      const w0 = performance.now();
      for (const c of stack.node.findAll()) { messages += c.node.validate().length; }
      extra = { validateCpuMs: cpuMs(v0), validateWallMs: performance.now() - w0, messages };
    } else {
      const assembly = app.synth();
      const artifact = assembly.getStackByName(stack.stackName);
      template = artifact.template;
      // our validator's warnings, by rule (aws-cdk-lib's side has none of these)
      const byRule: Record<string, number> = {};
      for (const m of artifact.messages) {
        const id = /^\[(\w+)\]/.exec(String(m.entry.data))?.[1];
        if (id) { byRule[id] = (byRule[id] ?? 0) + 1; }
      }
      if (Object.keys(byRule).length) { extra = { findings: Object.entries(byRule).map(([k, v]) => `${k}×${v}`).join(', ') }; }
    }
    const measuredCpu = cpuMs(c0);
    const measuredWall = performance.now() - t0;
    stopProfile?.();
    return {
      cpuMs: measuredCpu,
      wallMs: measuredWall,
      buildCpuMs,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      baseRssMb,
      extra,
      digest: template ? digest(template) : undefined,
      lateModules: reportLate(lateModules(loaded)),
    };
  });
}

/** The discovery child: the node_modules files that the small runs of DISCOVERY_RUNS load lazily. */
function discover(side: Side, outFile: string): void {
  const { cdk, iam } = loadModules(side);
  const loaded = loadedModules();
  for (const run of DISCOVERY_RUNS) {
    withOutdir((outdir) => buildApp(cdk, iam, { workload: run.workload, side, mode: 'synth', params: run.params }, outdir).app.synth());
  }
  const files = lateModules(loaded);
  fs.writeFileSync(outFile, JSON.stringify(files));
  process.stdout.write(`BENCH_MODULES ${files.length}\n`);
}

if (require.main === module && process.argv[2] === 'discover') {
  discover(process.argv[3] as Side, process.argv[4]);
} else if (require.main === module) {
  const spec = JSON.parse(process.argv[2]) as ChildSpec;
  const result = main(spec);
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}
