/*
 * Machine description and the Markdown results (bench/RESULTS.md) of a run.
 */
import { execSync } from 'child_process';
import * as os from 'os';
import type { CellResult, SideStats } from './run';

export interface MachineInfo {
  readonly date: string;
  readonly nproc: string;
  readonly memory: string;
  readonly node: string;
  readonly cpu: string;
  readonly loadavg: string;
}

function sh(cmd: string): string {
  try { return execSync(cmd, { encoding: 'utf-8' }).trim(); } catch { return '(unavailable)'; }
}

export function machine(): MachineInfo {
  return {
    date: new Date().toISOString(),
    nproc: sh('nproc'),
    memory: sh('free -h'),
    node: process.version,
    cpu: sh("grep 'model name' /proc/cpuinfo | head -1").replace(/^model name\s*:\s*/, ''),
    loadavg: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

function ms(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`;
}

function side(s: SideStats | undefined, field: 'cpuMs' | 'wallMs', skipped?: string): string {
  if (!s) { return skipped ? `skipped: ${skipped}` : '-'; }
  return `${ms(s[field])}${s.runs === 1 ? ' (1 run)' : ''}`;
}

/** Least-squares slope of log(y) over log(x). */
export function growthExponent(points: Array<[number, number]>): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0; let den = 0;
  xs.forEach((x, i) => { num += (x - mx) * (ys[i] - my); den += (x - mx) ** 2; });
  return num / den;
}

function ratio(r: CellResult): number | undefined {
  const a = r.stats['aws-cdk-lib']; const b = r.stats['cdk-iam-kit'];
  return a && b ? a.cpuMs / b.cpuMs : undefined;
}

function verdictText(r: CellResult): string {
  if (r.errors.length) { return '**CRASH**'; }
  if (!r.verdict) { return '-'; }
  return r.verdict === 'MISMATCH' ? '**MISMATCH**' : r.verdict;
}

interface RunInfo { before: MachineInfo; after: MachineInfo; elapsed: number; reps: number; quick: boolean; full: boolean; preloaded?: string }

export function renderResults(results: CellResult[], info: RunInfo): string {
  const lines: string[] = [];
  lines.push('# Benchmarks: cdk-iam-kit vs aws-cdk-lib, same programs side by side', '');
  lines.push(`Produced by \`npm run bench${info.quick ? ' -- --quick' : info.full ? ' -- --full' : ''}\` on ${info.before.date} (${info.elapsed.toFixed(0)} s). `
    + `Each figure is the median of ${info.reps} run(s) per side (the realistic app: ${info.quick ? 1 : Math.max(info.reps, 7)}), every run a fresh \`node --expose-gc\` process, sides alternating; `
    + 'aws-cdk-lib runs over 8 s of CPU are measured once ("1 run"). Synth = construct tree + `app.synth()`, `CDK_VALIDATION=false` on both sides: '
    + 'that turns off aws-cdk-lib\'s template validation and our IAM validator alike (as `cdk synth --no-validation` does); rows marked '
    + '"ours validating" turn ours back on (context `cdk-iam-kit:validation: true`), so its cost is part of our time there.', '');
  const late = Math.max(0, ...results.flatMap((r) => Object.values(r.stats).flatMap((x) => x!.results.map((c) => c.lateModules ?? 0))));
  lines.push('Modules are loaded before the clock, including the files aws-cdk-lib would otherwise load lazily inside it during '
    + `\`new App()\` and \`app.synth()\` (files per side: ${info.preloaded ?? 'none'}; listed by a discovery child, bench/preload.ts; they cost ~100 ms of CPU `
    + `on both sides); files still loaded inside a measured section: at most ${late} in any run.`, '');
  lines.push('**The speed-up uses CPU time** (user + system of the child\'s measured section): the machine is shared with other '
    + 'work, so wall-clock times are inflated by the load and shown for reference only. Peak memory is the child\'s `resourceUsage().maxRSS` '
    + '(the largest over its runs; it includes ~50 MB of loaded modules).', '');
  lines.push('## Machine', '');
  lines.push(`- CPU: ${info.before.cpu}; \`nproc\`: ${info.before.nproc}; node ${info.before.node}`);
  lines.push(`- load average (1, 5, 15 min): ${info.before.loadavg} at the start, ${info.after.loadavg} at the end`);
  lines.push('- `free -h`:', '', '```', info.before.memory, '```', '');
  lines.push('## Synth', '');
  lines.push('| workload | aws-cdk-lib CPU | cdk-iam-kit CPU | speed-up (CPU) | aws-cdk-lib wall | cdk-iam-kit wall | peak RSS aws-cdk-lib / ours | templates |');
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const r of results.filter((x) => x.cell.mode === 'synth')) {
    const a = r.stats['aws-cdk-lib']; const b = r.stats['cdk-iam-kit'];
    const q = ratio(r);
    lines.push(`| ${r.cell.label} | ${side(a, 'cpuMs', r.cell.skipped)} | ${side(b, 'cpuMs')} | ${q ? `${q.toFixed(1)}x` : '-'} | ${side(a, 'wallMs', r.cell.skipped && 'see CPU')} | ${side(b, 'wallMs')} `
      + `| ${a ? a.maxRssMb.toFixed(0) : '-'} / ${b ? b.maxRssMb.toFixed(0) : '-'} MB | ${verdictText(r)} |`);
  }
  lines.push('');
  for (const r of results.filter((x) => x.stats['cdk-iam-kit, not validating'])) {
    const off = r.stats['cdk-iam-kit, not validating']!;
    lines.push(`${r.cell.label}: cdk-iam-kit not validating, run alternately with the two sides above: ${side(off, 'cpuMs')} CPU, ${side(off, 'wallMs')} wall, ${off.maxRssMb.toFixed(0)} MB.`, '');
  }
  const findings = results.filter((r) => r.cell.mode === 'synth' && r.stats['cdk-iam-kit']?.results[0].extra?.findings);
  if (findings.length) {
    lines.push('Findings of our validator (warnings; aws-cdk-lib reports none of these):', '');
    for (const r of findings) { lines.push(`- ${r.cell.label}: ${r.stats['cdk-iam-kit']!.results[0].extra!.findings}`); }
    lines.push('');
  }

  lines.push('## Targets', '');
  const targets: Array<[string, string, boolean | undefined]> = [];
  const oneRole = (r: CellResult) => r.cell.workload === 'one-role' && r.cell.params.validate === undefined;
  const one = (n: number, minimize: boolean) => results.find((r) => oneRole(r) && r.cell.params.n === n && r.cell.params.minimize === minimize);
  // the targets are set for the unmergeable role (aws-cdk-lib ~13-20 s at 8,000); with minimize on,
  // aws-cdk-lib's own merge shrinks the document and it is fast: shown for information
  for (const [n, want] of [[8_000, 20], [2_000, 5]] as const) {
    for (const minimize of [false, true]) {
      const q = one(n, minimize) && ratio(one(n, minimize)!);
      targets.push([`${minimize ? '(information) ' : ''}≥ ${want}x aws-cdk-lib at ${n.toLocaleString('en-US')} statements, minimize ${minimize ? 'on' : 'off'}`,
        q ? `${q.toFixed(1)}x` : 'not measured', q === undefined || minimize ? undefined : q >= want]);
    }
  }
  for (const minimize of [false, true]) {
    const pts = results.filter((r) => oneRole(r) && r.cell.params.minimize === minimize && r.stats['cdk-iam-kit'])
      .map((r) => [Number(r.cell.params.n), r.stats['cdk-iam-kit']!.cpuMs] as [number, number]);
    if (pts.length >= 2) {
      const k = growthExponent(pts);
      const tail = pts.slice(-2);
      const kTail = growthExponent(tail);
      targets.push([`growth of ours ≤ N^1.1 to ${pts[pts.length - 1][0].toLocaleString('en-US')}, minimize ${minimize ? 'on' : 'off'}`,
        `N^${k.toFixed(2)} (least squares over ${pts.map((p) => p[0]).join(', ')}; N^${kTail.toFixed(2)} from ${tail[0][0]} to ${tail[1][0]})`, k <= 1.1]);
    }
  }
  const app = results.find((r) => r.cell.workload === 'realistic-app' && r.cell.mode === 'synth');
  const appQ = app && ratio(app);
  targets.push(['realistic app, ours validating, no slower than aws-cdk-lib', appQ ? `${appQ.toFixed(2)}x` : 'not measured', appQ === undefined ? undefined : appQ >= 1]);
  const val = results.find((r) => r.cell.mode === 'validate');
  const valMs = val?.stats['cdk-iam-kit'] ? median(val.stats['cdk-iam-kit'].results.map((x) => Number(x.extra?.validateCpuMs))) : undefined;
  const appOurs = app?.stats['cdk-iam-kit']?.cpuMs;
  const appOursOff = app?.stats['cdk-iam-kit, not validating']?.cpuMs;
  if (appOurs && appOursOff) {
    const added = appOurs - appOursOff;
    // a negative difference says the cost is below what these runs can resolve, not that it is met
    targets.push(['validation ≤ 10% of synth (workload 3: synth validating minus synth not validating, runs interleaved)',
      `${ms(appOurs)} - ${ms(appOursOff)} = ${added < 0 ? '-' : ''}${ms(Math.abs(added))}, ${(100 * added / appOurs).toFixed(1)}% of the validating synth`
      + `${added < 0 ? ' (negative: below the noise of these runs)' : ''}`, added < 0 ? undefined : added / appOurs <= 0.1]);
  }
  if (valMs !== undefined && appOurs) {
    // information, not the target's measure: the hooks render every IAM resource's template
    // fragment, which a synth does in any case (a validating synth takes the fragment over
    // instead of rendering it again), so their time overstates what validation adds; the
    // workload 3 row above measures what it adds
    targets.push(['(information) workload 4: the validation hooks alone, rendering of the IAM resources included', `${ms(valMs)} of ${ms(appOurs)} = ${(100 * valMs / appOurs).toFixed(1)}%`, undefined]);
  } else {
    targets.push(['validation ≤ 10% of synth (workload 4)', 'not measured', undefined]);
  }
  const ev = results.find((r) => r.cell.mode === 'evaluate')?.stats['cdk-iam-kit'];
  const evFig = (name: string, unit: 'CPU' | 'wall') => (ev ? median(ev.results.map((x) => Number(x.extra?.[`${name}: decisions/s ${unit}`]))) : NaN);
  // the target applies to the engine and to a reused AccessCheck; a fresh AccessCheck per request
  // (which re-reads the construct graph every time) is shown for information
  for (const name of ['engine', 'check (reuse)', 'check (fresh)']) {
    const dps = evFig(name, 'CPU');
    const hasTarget = name !== 'check (fresh)';
    targets.push([hasTarget ? `≥ 100,000 decisions/s, 50 statements with conditions: ${name}` : `(information) decisions/s: ${name}, AccessCheck.of(role) per request`,
      Number.isFinite(dps) ? `${Math.round(dps).toLocaleString('en-US')}/s per CPU second (${Math.round(evFig(name, 'wall')).toLocaleString('en-US')}/s wall)` : 'not measured',
      Number.isFinite(dps) && hasTarget ? dps >= 100_000 : undefined]);
  }
  lines.push('| target | measured | met |', '|---|---|---|');
  for (const [t, m, ok] of targets) { lines.push(`| ${t} | ${m} | ${ok === undefined ? '-' : ok ? 'yes' : '**no**'} |`); }
  lines.push('');
  if (val?.stats['cdk-iam-kit']) {
    lines.push(`Workload 4 runs the validation hooks of workload 3's tree alone (\`node.validate()\` on every construct, no synthesis), in its own processes: median ${ms(valMs!)} CPU over ${val.stats['cdk-iam-kit'].runs} run(s), `
      + 'against the median CPU time of workload 3\'s full cdk-iam-kit synth (which includes the same validation). '
      + 'The hooks render each IAM resource\'s template fragment (the resolution the synthesis needs anyway, handed over to it in a validating synth), '
      + 'so this figure overstates what validation adds; what it adds is the workload 3 row (validating minus not validating, interleaved).', '');
  }
  const crashes = results.filter((r) => r.errors.length);
  if (crashes.length) {
    lines.push('## Crashes', '');
    for (const r of crashes) { lines.push(`- ${r.cell.label}:`, '', '```', ...r.errors, '```', ''); }
  }
  const profiled = results.filter((r) => r.hotSpots?.length);
  if (profiled.length) {
    lines.push('## CPU profiles of cdk-iam-kit (top self time)', '');
    for (const r of profiled) {
      lines.push(`### ${r.cell.label}`, '');
      if (r.areas) { lines.push(`Self time by area: ${r.areas.map((h) => `${h.where} ${(100 * h.share).toFixed(0)}%`).join(', ')}.`, ''); }
      lines.push('```');
      for (const h of r.hotSpots!) { lines.push(`${ms(h.selfMs).padStart(8)} ${(100 * h.share).toFixed(1).padStart(5)}%  ${h.where}`); }
      lines.push('```', '');
    }
  }
  return lines.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
