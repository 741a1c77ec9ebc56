import * as fs from 'fs';
import * as path from 'path';
import { evaluate } from '../../src/evaluation/private/engine';

/*
 * Every AWS managed policy (real-world input nobody on this project wrote) evaluates against
 * random requests without throwing, is never reported malformed unless the corpus says AWS ships
 * it malformed, and allows the plain actions it lists on `*` without conditions.
 */

const CORPUS = path.join(__dirname, '../../../shared/corpus/aws-managed-policies.json');
const present = fs.existsSync(CORPUS);
if (!present && process.env.CI === 'true') {
  throw new Error(`the managed policy corpus is required in CI and is missing: ${CORPUS}`);
}
if (!present) {
  // eslint-disable-next-line no-console
  console.log(`skipping the AWS managed policy corpus tests: ${CORPUS} is absent`);
}

interface ManagedPolicyEntry {
  readonly name: string;
  readonly malformed: boolean;
  readonly document: { Statement: any };
}

const policies: ManagedPolicyEntry[] = present ? JSON.parse(fs.readFileSync(CORPUS, 'utf-8')) : [];
const principal = { type: 'role', arn: 'arn:aws:iam::111111111111:role/app', account: '111111111111' };

/** A small deterministic generator so that a failure reproduces. */
function random(seed: number) {
  let s = seed % 2147483647;
  // Park-Miller minimal standard generator (no bit operators: lint rule no-bitwise).
  const next = () => { s = (s * 48271) % 2147483647; return s / 2147483647; };
  return <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
}

const RESOURCES = ['*', 'arn:aws:s3:::bucket/key', 'arn:aws:iam::111111111111:role/x', 'arn:aws:ec2:us-east-1:111111111111:instance/i-1',
  'arn:aws:dynamodb:eu-west-1:222222222222:table/t', 'arn:aws:logs:us-east-1:111111111111:log-group:/aws/lambda/f:*', 'not-an-arn'];
const CONTEXTS = [{}, { 'aws:SourceIp': ['203.0.113.9'], 'aws:SecureTransport': ['true'] },
  { 'aws:RequestTag/owner': ['me'], 'aws:TagKeys': ['owner', 'env'], 'aws:CalledVia': ['cloudformation.amazonaws.com'] },
  { 'iam:PassedToService': ['lambda.amazonaws.com'], 'aws:ResourceTag/env': ['prod'], 'aws:CurrentTime': ['2026-01-01T00:00:00Z'] }];

function statementsOf(p: ManagedPolicyEntry): any[] {
  return Array.isArray(p.document.Statement) ? p.document.Statement : [p.document.Statement];
}

function listedActions(p: ManagedPolicyEntry): string[] {
  return statementsOf(p).flatMap(s => s.Action === undefined ? [] : Array.isArray(s.Action) ? s.Action : [s.Action]);
}

(present ? describe : describe.skip)('AWS managed policy corpus', () => {
  test('holds the published policies', () => {
    expect(policies.length).toBeGreaterThan(1000);
  });

  test('every policy evaluates against random requests without throwing', () => {
    const pick = random(42);
    let decisions = 0;
    for (const p of policies) {
      const actions = [...listedActions(p).map(a => a.replace(/\*/g, 'Anything')), 'sts:AssumeRole', 's3:GetObject'];
      for (let i = 0; i < 10; i++) {
        const result = evaluate({ identity: [{ kind: 'identity', source: p.name, document: p.document }] },
          { principal, action: pick(actions), resource: pick(RESOURCES), context: pick(CONTEXTS) });
        expect(['ALLOW', 'EXPLICIT_DENY', 'IMPLICIT_DENY']).toContain(result.decision);
        decisions++;
      }
    }
    expect(decisions).toBe(policies.length * 10);
  });

  test('no policy is reported malformed unless AWS ships it malformed', () => {
    const reported = policies.filter(p => !p.malformed).filter(p => {
      const r = evaluate({ identity: [{ kind: 'identity', source: p.name, document: p.document }] }, { principal, action: 's3:GetObject', resource: '*' });
      return r.diagnostics.some(d => d.code === 'MalformedPolicy');
    });
    expect(reported.map(p => p.name)).toEqual([]);
  });

  test('an unconditional Allow of a plain action on * allows that action', () => {
    let checked = 0;
    for (const p of policies) {
      const hasDeny = statementsOf(p).some(s => s.Effect === 'Deny');
      for (const s of statementsOf(p)) {
        if (hasDeny || s.Effect !== 'Allow' || s.Condition || s.Resource !== '*' || s.Action === undefined) { continue; }
        for (const action of (Array.isArray(s.Action) ? s.Action : [s.Action]).filter((a: string) => !/[*?]/.test(a)).slice(0, 3)) {
          const r = evaluate({ identity: [{ kind: 'identity', source: p.name, document: p.document }] },
            { principal, action: action.toUpperCase(), resource: 'arn:aws:s3:::any/thing' });
          expect([p.name, action, r.decision]).toEqual([p.name, action, 'ALLOW']);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
