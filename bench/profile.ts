/*
 * Summarize a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time,
 * as `file:line function`, with their share of the sampled time.
 */
import * as fs from 'fs';
import * as path from 'path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export interface HotSpot { readonly where: string; readonly selfMs: number; readonly share: number }

/** The area of a hot spot: `src/<layer>`, `aws-cdk-lib/<module>`, or the runtime. */
function area(where: string): string {
  const file = where.split(' ')[0];
  if (file.startsWith('src/')) { return file.split('/').slice(0, 2).join('/'); }
  if (file.startsWith('aws-cdk-lib/')) { return file.split('/').slice(0, 2).join('/'); }
  if (file.startsWith('(native)')) { return where.includes('garbage') ? 'GC' : 'native'; }
  return file.startsWith('node:') ? 'node internals' : file.split('/')[0];
}

/** Self time summed by area (first entry: the largest). */
export function byArea(spots: HotSpot[]): HotSpot[] {
  const sums = new Map<string, HotSpot>();
  for (const h of spots) {
    const a = area(h.where);
    const prev = sums.get(a);
    sums.set(a, { where: a, selfMs: (prev?.selfMs ?? 0) + h.selfMs, share: (prev?.share ?? 0) + h.share });
  }
  return [...sums.values()].sort((x, y) => y.selfMs - x.selfMs);
}

export function hotSpots(file: string, top = 12): HotSpot[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf-8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!n) { return; }
    total += dt;
    const f = n.callFrame;
    const url = f.url.replace(/^file:\/\//, '');
    const rel = url.includes('/node_modules/') ? url.slice(url.indexOf('node_modules/') + 13)
      : url.includes('/bench/out/build/') ? url.slice(url.indexOf('/bench/out/build/') + 17).replace(/\.js$/, '.ts') : (url || '(native)');
    const key = `${rel}${url ? `:${f.lineNumber + 1}` : ''} ${f.functionName || '(anonymous)'}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([where, ms]) => ({ where, selfMs: ms, share: total ? ms / total : 0 }));
}

/** The newest .cpuprofile in a directory. */
export function newestProfile(dir: string): string | undefined {
  if (!fs.existsSync(dir)) { return undefined; }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return files[0];
}

if (require.main === module) {
  const all = hotSpots(process.argv[2], Infinity);
  process.stdout.write(`by area: ${byArea(all).slice(0, 8).map((h) => `${h.where} ${(100 * h.share).toFixed(0)}%`).join(', ')}\n`);
  for (const h of all.slice(0, Number(process.argv[3]) || 15)) {
    process.stdout.write(`${h.selfMs.toFixed(0).padStart(7)} ms ${(100 * h.share).toFixed(1).padStart(5)}%  ${h.where}\n`);
  }
}
