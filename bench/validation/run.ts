/*
 * Validation time of a representative app against its synth time.
 *
 * The app (aws-cdk-lib only): 40 Lambda-style roles, each with a default policy of 6 statements
 * (S3 object and bucket access, SQS, DynamoDB with a condition, KMS, a typo'd action on every
 * tenth role), a customer managed policy shared by 10 roles, and resource policies on 10 buckets
 * and 10 queues. Measured, median of 7 runs after 2 warm-ups:
 *   - synth: app.synth() with no IAM validation
 *   - adapter: the same app with _enableIamValidation on every stack (synth includes validation)
 *   - engine: templateTargets + validate over the synthesized templates alone (what the plugin and
 *     the CLI run)
 * Run: node -r ts-node/register/transpile-only bench/validation/run.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, aws_iam as iam, aws_s3 as s3, aws_sqs as sqs, Stack } from 'aws-cdk-lib';
import { _enableIamValidation } from '../../src/validation/synth-adapter';
import { findingsOfTemplate } from '../../src/validation/template-validation';

process.env.CDK_VALIDATION = 'false';

export function buildApp(withAdapter: boolean): App {
  const app = new App({ context: { '@aws-cdk/core:validateAgainstDefaultRules': false } });
  const stack = new Stack(app, 'BenchStack', { env: { account: '123456789012', region: 'us-east-1' } });
  const buckets = Array.from({ length: 10 }, (_, i) => new s3.Bucket(stack, `Bucket${i}`, { enforceSSL: true }));
  const queues = Array.from({ length: 10 }, (_, i) => new sqs.Queue(stack, `Queue${i}`));
  const shared = new iam.ManagedPolicy(stack, 'Shared', {
    statements: [new iam.PolicyStatement({ actions: ['cloudwatch:PutMetricData', 'xray:PutTraceSegments'], resources: ['*'] })],
  });
  for (let i = 0; i < 40; i++) {
    const role = new iam.Role(stack, `Role${i}`, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const b = buckets[i % buckets.length];
    const q = queues[i % queues.length];
    b.grantReadWrite(role);
    q.grantSendMessages(role);
    role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [b.bucketArn] }));
    role.addToPolicy(new iam.PolicyStatement({
      actions: ['dynamodb:GetItem', 'dynamodb:Query'],
      resources: [`arn:aws:dynamodb:us-east-1:123456789012:table/t${i}`],
      conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${aws:userid}'] } },
    }));
    role.addToPolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['arn:aws:kms:us-east-1:123456789012:key/*'] }));
    if (i % 10 === 0) { role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObjekt'], resources: ['*'] })); }
    if (i < 10) { shared.attachToRole(role); }
    b.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [b.arnForObjects('*')], principals: [role] }));
  }
  if (withAdapter) { _enableIamValidation(stack); }
  return app;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs = 7, warmups = 2): number {
  for (let i = 0; i < warmups; i++) { fn(); }
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(out);
}

/** Run the benchmark; returns the figures in milliseconds. */
export function run(): { synthMs: number; adapterSynthMs: number; engineMs: number; findings: number; resources: number } {
  const synthMs = time(() => { buildApp(false).synth(); });
  const adapterSynthMs = time(() => { buildApp(true).synth(); });
  const assembly = buildApp(false).synth();
  const templates = assembly.stacks.map((s) => s.template);
  let findings = 0;
  const engineMs = time(() => {
    findings = templates.reduce((n, t) => n + findingsOfTemplate(t.Resources).length, 0);
  });
  const resources = templates.reduce((n, t) => n + Object.keys(t.Resources).length, 0);
  return { synthMs, adapterSynthMs, engineMs, findings, resources };
}

if (require.main === module) {
  const r = run();
  const lines = [
    `representative app: ${r.resources} CloudFormation resources, ${r.findings} findings`,
    `synth without validation:           ${r.synthMs.toFixed(1)} ms (median of 7)`,
    `synth with the adapter (validates): ${r.adapterSynthMs.toFixed(1)} ms (+${(r.adapterSynthMs - r.synthMs).toFixed(1)} ms, ${(100 * (r.adapterSynthMs - r.synthMs) / r.synthMs).toFixed(1)}%)`,
    `engine over the templates alone:    ${r.engineMs.toFixed(1)} ms (${(100 * r.engineMs / r.synthMs).toFixed(1)}% of synth)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const out = path.join(__dirname, '..', 'out');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'validation.json'), JSON.stringify(r, undefined, 2));
}
