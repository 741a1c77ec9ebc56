/*
 * Statement merging benchmark: cdk-iam-kit's indexed merge vs aws-cdk-lib's pairwise merge, in
 * the same process, on the same statement sets.
 *
 *   node -r ts-node/register/transpile-only bench/merge/run.ts [--full] [--runs N]
 *
 * For each size (500, 2,000, 8,000, 20,000) and each scenario, it times resolving a
 * `PolicyDocument({ minimize: true })` with each library (merge + render, what a synth pays),
 * and our bare `mergeStatements` call. Statements are built before the clock starts. Each cell is
 * the median of several runs (one run for aws-cdk-lib above 2,000). Times are CPU time of the
 * process (user + system), which stays meaningful on a shared, busy machine; our wall-clock time
 * is shown too. aws-cdk-lib's merge is quadratic: a size whose projected wall time (from the
 * previous size, times the square of the growth) exceeds one minute is skipped, unless --full.
 *
 * Scenarios:
 *   unmergeable  every statement has its own action and its own resource: nothing merges
 *   mergeable    10 actions, one resource each: statements fold into 10 (pass 1), then
 *                the 10 share nothing (pass 2 confirms)
 *   mixed        grants-like: 1/3 share an action set, 1/3 share a resource, 1/3 distinct
 */
import * as os from 'os';
import { performance } from 'perf_hooks';
import { App, Stack } from 'aws-cdk-lib';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import * as ours from '../../src/policy';
import { mergeStatements } from '../../src/policy/private/merge/merge-statements';

const SIZES = [500, 2_000, 8_000, 20_000];
const BUDGET_MS = 60_000;
const args = process.argv.slice(2);
const FULL = args.includes('--full');
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;

interface Spec { readonly actions: string[]; readonly resources: string[] }

const SCENARIOS: { [name: string]: (n: number) => Spec[] } = {
  unmergeable: (n) => range(n).map((i) => ({
    actions: [`svc${i % 50}:Action${i}`], resources: [`arn:aws:s3:::bucket-${i}/*`],
  })),
  mergeable: (n) => range(n).map((i) => ({
    actions: [`s3:Action${i % 10}`], resources: [`arn:aws:s3:::bucket-${i}/*`],
  })),
  mixed: (n) => range(n).map((i) => {
    if (i % 3 === 0) { return { actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: [`arn:aws:s3:::b-${i}/*`] }; }
    if (i % 3 === 1) { return { actions: [`dynamodb:Op${i}`], resources: ['arn:aws:dynamodb:us-east-1:111111111111:table/t'] }; }
    return { actions: [`sqs:Op${i}`], resources: [`arn:aws:sqs:us-east-1:111111111111:q-${i}`] };
  }),
};

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

interface Timing {
  /** Median CPU time of this process (user + system), ms: what the work costs, even on a busy machine. */
  readonly cpu: number;
  /** Median wall-clock time, ms. */
  readonly wall: number;
}

/** Median times of `runs` runs of `measure` on fresh inputs from `prepare`. */
function time<T>(runs: number, prepare: () => T, measure: (input: T) => unknown): Timing {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < runs; r++) {
    const input = prepare();
    (global as any).gc?.();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    measure(input);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

function cdkDocument(specs: Spec[]): () => unknown {
  const stack = new Stack(new App());
  const doc = new cdkIam.PolicyDocument({ minimize: true, statements: specs.map((s) => new cdkIam.PolicyStatement(s)) });
  return () => stack.resolve(doc);
}

function ourDocument(specs: Spec[]): () => unknown {
  const stack = new Stack(new App());
  const doc = new ours.PolicyDocument({ minimize: true, statements: specs.map((s) => new ours.PolicyStatement(s)) });
  return () => stack.resolve(doc);
}

function ourMerge(specs: Spec[]): () => unknown {
  const stack = new Stack(new App());
  const statements = specs.map((s) => new ours.PolicyStatement(s));
  return () => mergeStatements(statements, { scope: stack });
}

function fmt(ms: number | undefined): string {
  if (ms === undefined) { return '-'; }
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function main(): void {
  const rows: string[][] = [];
  for (const [name, build] of Object.entries(SCENARIOS)) {
    let lastCdk: { n: number; wall: number } | undefined;
    for (const n of SIZES) {
      const specs = build(n);
      const ourDoc = time(RUNS, () => ourDocument(specs), (run) => run());
      const ourMergeOnly = time(RUNS, () => ourMerge(specs), (run) => run());
      const projected = lastCdk ? lastCdk.wall * (n / lastCdk.n) ** 2 : 0;
      let cdkCell: string;
      let ratio: string;
      if (!FULL && projected > BUDGET_MS) {
        cdkCell = `skipped (~${fmt(projected)} wall)`;
        ratio = '-';
      } else {
        const cdkRuns = n <= 2_000 ? RUNS : 1;
        const cdk = time(cdkRuns, () => cdkDocument(specs), (run) => run());
        lastCdk = { n, wall: cdk.wall };
        cdkCell = fmt(cdk.cpu) + (cdkRuns === 1 ? ' (1 run)' : '');
        ratio = `${(cdk.cpu / ourDoc.cpu).toFixed(1)}x`;
      }
      rows.push([name, n.toLocaleString('en-US'), cdkCell, fmt(ourDoc.cpu), ratio, fmt(ourDoc.wall), fmt(ourMergeOnly.cpu)]);
      process.stderr.write(`${rows[rows.length - 1].join(' | ')}\n`);
    }
  }
  const header = ['scenario', 'statements', 'aws-cdk-lib minimize (CPU)', 'cdk-iam-kit minimize (CPU)', 'speed-up',
    'cdk-iam-kit minimize (wall)', 'cdk-iam-kit mergeStatements only (CPU)'];
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`\nStatement merging, median of ${RUNS} runs (node ${process.version}, ${os.cpus().length} CPUs, ` +
    `load average ${load}, ${new Date().toISOString()})\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) { console.log(`| ${row.join(' | ')} |`); }
}

main();
