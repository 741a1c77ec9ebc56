/*
 * Transpile src/ and bench/ to plain JavaScript under bench/out/build/ (no type-check), so that
 * each measured child process starts with `node` alone: loading the library through ts-node costs
 * seconds of CPU per process on this machine, multiplied by every run. Files whose output is newer
 * than their source are skipped. Non-TypeScript files of src/ (handler sources, data) are copied.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');
export const BUILD_DIR = path.join(ROOT, 'bench', 'out', 'build');

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'out' || e.name === 'node_modules') { continue; }
      yield* files(p);
    } else {
      yield p;
    }
  }
}

/** Transpile (or copy) what changed; returns the number of files written. */
export function buildForChildren(): number {
  let written = 0;
  for (const top of ['src', 'bench']) {
    for (const file of files(path.join(ROOT, top))) {
      const rel = path.relative(ROOT, file);
      const isTs = file.endsWith('.ts') && !file.endsWith('.d.ts');
      const out = path.join(BUILD_DIR, isTs ? rel.replace(/\.ts$/, '.js') : rel);
      const srcTime = fs.statSync(file).mtimeMs;
      if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= srcTime) { continue; }
      fs.mkdirSync(path.dirname(out), { recursive: true });
      if (isTs) {
        const js = ts.transpileModule(fs.readFileSync(file, 'utf-8'), {
          fileName: file,
          compilerOptions: {
            module: ts.ModuleKind.CommonJS,
            target: ts.ScriptTarget.ES2022,
            esModuleInterop: true,
            experimentalDecorators: true,
            sourceMap: false,
          },
        }).outputText;
        fs.writeFileSync(out, js);
      } else if (top === 'src') {
        fs.copyFileSync(file, out);
      }
      written++;
    }
  }
  return written;
}
