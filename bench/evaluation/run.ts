/*
 * Evaluator throughput on one core: decisions per second for a role with 50 statements (allows
 * and denies, wildcards, conditions on tags, IP ranges, MFA and prefixes) over a rotating mix of
 * 64 requests (allowed, implicitly denied, explicitly denied, condition-dependent).
 *
 * Three ways of asking, measured separately (CPU time of the loop, after a warm-up):
 *   - engine:        the pure engine on the rendered documents (what every other way ends in)
 *   - check (reuse): one `AccessCheck.of(role)`, `can(...)` called for every request
 *   - check (fresh): `AccessCheck.of(role).can(...)` for every request (reads the graph each time)
 * Target: >= 100,000 decisions per second for the engine and for a reused AccessCheck.
 *
 * Run: node -r ts-node/register/transpile-only bench/evaluation/run.ts [decisions]
 * Writes bench/out/evaluation.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { AccessCheck, Decision } from '../../src/evaluation';
import { readSubject } from '../../src/evaluation/adapter';
import { EvalRequest, evaluate } from '../../src/evaluation/private/engine';
import { Role } from '../../src/identities';
import { Effect, PolicyStatement } from '../../src/policy';
import { ServicePrincipal } from '../../src/principals';

process.env.CDK_VALIDATION = 'false';

const ACTIONS = [
  's3:GetObject', 's3:PutObject', 's3:DeleteObject', 'sqs:SendMessage', 'sqs:ReceiveMessage',
  'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'sns:Publish', 'kms:Decrypt',
];

function resourceFor(action: string, i: number): string {
  switch (action.split(':')[0]) {
    case 's3': return `arn:aws:s3:::bench-bucket-${i}/*`;
    case 'sqs': return `arn:aws:sqs:us-east-1:123456789012:bench-queue-${i}`;
    case 'dynamodb': return `arn:aws:dynamodb:us-east-1:123456789012:table/bench-table-${i}`;
    case 'sns': return `arn:aws:sns:us-east-1:123456789012:bench-topic-${i}`;
    default: return `arn:aws:kms:us-east-1:123456789012:key/bench-key-${i}`;
  }
}

function conditionsFor(i: number): { [op: string]: { [key: string]: unknown } } | undefined {
  switch (i % 5) {
    case 0: return { StringEquals: { 'aws:ResourceTag/team': [`team-${i % 3}`] } };
    case 1: return { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.0/24'] } };
    case 2: return { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };
    case 3: return { StringLike: { 's3:prefix': [`home/${i}/*`, 'public/*'] } };
    default: return undefined;
  }
}

function buildRole(): Role {
  const stack = new Stack(new App({ analyticsReporting: false }), 'Eval', { env: { account: '123456789012', region: 'us-east-1' } });
  const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  for (let i = 0; i < 50; i++) {
    const action = ACTIONS[i % ACTIONS.length];
    role.addToPrincipalPolicy(new PolicyStatement({
      effect: i % 17 === 16 ? Effect.DENY : Effect.ALLOW,
      actions: i % 7 === 0 ? [`${action.split(':')[0]}:Get*`, action] : [action],
      resources: [resourceFor(action, i), resourceFor(action, i + 1000).replace(/\d+(\/\*)?$/, '*$1')],
      conditions: conditionsFor(i),
    }));
  }
  return role;
}

type Request = [string, string, { context?: { [key: string]: string[] } }];

function requests(): Request[] {
  const out: Request[] = [];
  for (let i = 0; i < 64; i++) {
    const action = ACTIONS[i % ACTIONS.length];
    const options: Request[2] = i % 4 === 0 ? { context: { 'aws:SourceIp': ['203.0.113.7'], 'aws:ResourceTag/team': ['team-1'] } }
      : i % 4 === 1 ? { context: { 'aws:MultiFactorAuthPresent': ['true'], 's3:prefix': [`home/${i}/x`] } } : {};
    out.push([action, resourceFor(action, i % 3 === 0 ? i + 5000 : i), options]);
  }
  return out;
}

/** Run `decide` n times after a warm-up; decisions per CPU second. */
function measure(name: string, n: number, reqs: Request[], decide: (r: Request) => string) {
  for (let i = 0; i < Math.min(2000, n); i++) { decide(reqs[i % reqs.length]); }
  const decisions: { [d: string]: number } = {};
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const d = decide(reqs[i % reqs.length]);
    decisions[d] = (decisions[d] ?? 0) + 1;
  }
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const u = process.cpuUsage(c0);
  const cpuMs = (u.user + u.system) / 1000;
  const row = {
    name,
    decisions: n,
    perSecondCpu: Math.round(n / (cpuMs / 1000)),
    perSecondWall: Math.round(n / (wallMs / 1000)),
    cpuMs: Math.round(cpuMs),
    mix: decisions,
  };
  console.log(`${name.padEnd(14)} ${String(row.perSecondCpu).padStart(9)} decisions/s (CPU), ${String(row.perSecondWall).padStart(9)}/s wall, mix ${JSON.stringify(decisions)}`);
  return row;
}

function main() {
  const n = Number(process.argv[2] ?? 200000);
  const role = buildRole();
  const reqs = requests();

  const subject = readSubject(role);
  const input = { identity: subject.identity, boundary: subject.boundary, resource: subject.grantResourcePolicies };
  const engineRequests = new Map<Request, EvalRequest>(reqs.map(r =>
    [r, { principal: subject.principal, action: r[0], resource: r[1], context: r[2].context }]));
  const engine = measure('engine', n, reqs, r => evaluate(input, engineRequests.get(r)!).decision);

  const check = AccessCheck.of(role);
  const reused = measure('check (reuse)', n, reqs, r => check.can(r[0], r[1], r[2]).decision);
  const fresh = measure('check (fresh)', Math.max(1000, Math.floor(n / 20)), reqs, r => AccessCheck.of(role).can(r[0], r[1], r[2]).decision);

  // The three ways must agree.
  for (const r of reqs) {
    const a = evaluate(input, engineRequests.get(r)!).decision;
    const b = check.can(r[0], r[1], r[2]).decision;
    if (a !== b || !Object.values(Decision).includes(b)) { throw new Error(`engine and AccessCheck disagree on ${r[0]} ${r[1]}: ${a} vs ${b}`); }
  }
  const out = path.join(__dirname, '..', 'out');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'evaluation.json'), JSON.stringify({ statements: 50, requests: reqs.length, results: [engine, reused, fresh] }, null, 2) + '\n');
}

main();
