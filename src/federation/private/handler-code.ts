import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The directory holding the compiled provider handler (`index.js` and its modules).
 *
 * In the package, jsii has compiled `oidc-handler/*.ts` next to this layer's JavaScript. When the
 * library runs from its TypeScript sources (ts-jest, ts-node) there is no JavaScript there, so the
 * sources are transpiled once into a temporary directory named by their content hash.
 */
export function oidcHandlerCodeDirectory(): string {
  const sourceDir = path.join(__dirname, '..', 'oidc-handler');
  if (fs.existsSync(path.join(sourceDir, 'index.js'))) {
    return sourceDir;
  }
  return transpiledCopy(sourceDir);
}

function transpiledCopy(sourceDir: string): string {
  const files = fs.readdirSync(sourceDir).filter(f => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
  if (!files.includes('index.ts')) {
    throw new Error(`the OIDC provider handler is missing from '${sourceDir}'`);
  }
  const hash = crypto.createHash('sha256');
  const sources = files.map(f => {
    const text = fs.readFileSync(path.join(sourceDir, f), 'utf-8');
    hash.update(f).update('\0').update(text).update('\0');
    return { name: f, text };
  });
  const outDir = path.join(os.tmpdir(), `cdk-iam-kit-oidc-handler-${hash.digest('hex').slice(0, 16)}`);
  if (fs.existsSync(path.join(outDir, 'index.js'))) { return outDir; }
  // Only reached from the TypeScript sources, where the typescript compiler is installed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports, import/no-extraneous-dependencies
  const ts = require('typescript');
  const staging = fs.mkdtempSync(`${outDir}-staging-`);
  for (const source of sources) {
    const output = ts.transpileModule(source.text, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: source.name,
    });
    fs.writeFileSync(path.join(staging, source.name.replace(/\.ts$/, '.js')), output.outputText);
  }
  try {
    fs.renameSync(staging, outDir);
  } catch {
    // Another process published the same content first.
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return outDir;
}
