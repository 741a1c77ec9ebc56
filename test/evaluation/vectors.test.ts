import * as fs from 'fs';
import * as path from 'path';
import { EvalInput, EvalPolicy, evaluate } from '../../src/evaluation/private/engine';

/*
 * The evaluator's vector corpus: every vector is written from the AWS IAM documentation and
 * names the page and section it checks (`doc`). One test per vector.
 */

interface Vector {
  readonly name: string;
  readonly doc: string;
  readonly principal?: { type: string; arn?: unknown; account?: unknown; sessionArn?: unknown; id?: unknown };
  readonly identity?: unknown;
  readonly resource?: unknown;
  readonly boundary?: unknown;
  readonly session?: unknown;
  readonly scps?: unknown[];
  readonly request: { action: string; resource: unknown; context?: { [k: string]: unknown }; resourceAccount?: unknown };
  readonly expect: 'ALLOW' | 'EXPLICIT_DENY' | 'IMPLICIT_DENY';
  readonly dependsOnUnresolved?: boolean;
  readonly diagnostics?: string[];
}

const DEFAULT_PRINCIPAL = { type: 'user', arn: 'arn:aws:iam::111111111111:user/alice', account: '111111111111' };
const dir = path.join(__dirname, 'vectors');
const files = fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort();

function policies(kind: EvalPolicy['kind'], x: unknown): EvalPolicy[] {
  if (x === undefined) { return []; }
  const docs = Array.isArray(x) ? x : [x];
  return docs.map((document, i) => ({ kind, source: `${kind}-${i}`, document }));
}

test('the corpus holds at least 150 vectors', () => {
  const count = files.reduce((n, f) => n + JSON.parse(fs.readFileSync(path.join(dir, f), 'utf-8')).vectors.length, 0);
  expect(count).toBeGreaterThanOrEqual(150);
});

for (const file of files) {
  const vectors: Vector[] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf-8')).vectors;
  describe(file, () => {
    test.each(vectors.map(v => [v.name, v] as const))('%s', (_name, v) => {
      // GIVEN
      expect(v.doc).toBeTruthy();
      const input: EvalInput = {
        identity: policies('identity', v.identity),
        resource: policies('resource', v.resource),
        boundary: policies('boundary', v.boundary),
        session: policies('session', v.session),
        scpLevels: (v.scps ?? []).map(level => policies('scp', level)),
      };
      // WHEN
      const result = evaluate(input, { principal: (v.principal ?? DEFAULT_PRINCIPAL) as any, ...v.request });
      // THEN
      expect({ decision: result.decision, summary: result.summary }).toEqual({ decision: v.expect, summary: expect.any(String) });
      expect(result.dependsOnUnresolved).toBe(v.dependsOnUnresolved ?? false);
      expect(result.diagnostics.map(d => d.code)).toEqual(v.diagnostics ?? []);
    });
  });
}
