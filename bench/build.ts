/*
 * Transpile src/ and bench/ to plain JavaScript under bench/out/build/ (no type-check), so that
 * each measured child process starts with `node` alone: loading the library through ts-node costs
 * seconds of CPU per process on this machine, multiplied by every run. Files whose output is newer
 * than their source are skipped. Non-TypeScript files of src/ (handler sources, data) are copied.
 *
 * The library is written under bench/out/build/node_modules/cdk-iam-kit/src, and
 * bench/out/build/src is a symbolic link to it (so `require('../src')` works as before): an app
 * gets the library from node_modules, and aws-cdk-lib's creation stack traces (captured for every
 * CfnResource and every annotation) fold frames under node_modules into one line, while frames
 * elsewhere are the app's own code and are each rendered. Node resolves the link to the real path,
 * so the library's frames are under node_modules, as in an app, and aws-cdk-lib is the same
 * instance as the bench's (resolved from the project's node_modules).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');
export const BUILD_DIR = path.join(ROOT, 'bench', 'out', 'build');
/** Where the library's JavaScript is written: as an installed package (see above). */
const LIBRARY_DIR = path.join(BUILD_DIR, 'node_modules', 'cdk-iam-kit', 'src');

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
  linkLibrary();
  let written = 0;
  for (const top of ['src', 'bench']) {
    for (const file of files(path.join(ROOT, top))) {
      const isTs = file.endsWith('.ts') && !file.endsWith('.d.ts');
      const rel = path.relative(path.join(ROOT, top), isTs ? file.replace(/\.ts$/, '.js') : file);
      const out = top === 'src' ? path.join(LIBRARY_DIR, rel) : path.join(BUILD_DIR, top, rel);
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

/** bench/out/build/src as a link to the library's directory (replacing a directory of older builds). */
function linkLibrary(): void {
  const link = path.join(BUILD_DIR, 'src');
  fs.mkdirSync(LIBRARY_DIR, { recursive: true });
  const stat = fs.lstatSync(link, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) { return; }
  if (stat) { fs.rmSync(link, { recursive: true, force: true }); }
  fs.symlinkSync(path.relative(BUILD_DIR, LIBRARY_DIR), link, 'dir');
}
