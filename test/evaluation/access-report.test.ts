import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Fn, Stack, aws_s3 as s3 } from 'aws-cdk-lib';
import { AccessReport, Decision, FindingSeverity } from '../../src/evaluation';
import { ManagedPolicy, Role, User } from '../../src/identities';
import { Effect, PolicyStatement } from '../../src/policy';
import { ServicePrincipal } from '../../src/principals';

function app() {
  const root = new App();
  const stack = new Stack(root, 'S');
  const role = (id: string, ...statements: PolicyStatement[]) => {
    const r = new Role(stack, id, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    statements.forEach(s => r.addToPrincipalPolicy(s));
    return r;
  };
  return { root, stack, role };
}

const allow = (actions: string[], resources: string[], conditions?: object) =>
  new PolicyStatement({ actions, resources, conditions: conditions as any });

describe('AccessReport', () => {
  test('lists one entry per principal × action × resource with the effective decision', () => {
    // GIVEN
    const { root, role } = app();
    role('Reader', allow(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::b', 'arn:aws:s3:::b/*']));
    // WHEN
    const [section] = AccessReport.of(root).principals;
    // THEN
    expect(section.principal).toBe('S/Reader');
    expect(section.identityType).toBe('role');
    expect(section.entries.map(e => [e.action, e.resource, e.effectiveDecision])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::b', Decision.ALLOW],
      ['s3:GetObject', 'arn:aws:s3:::b/*', Decision.ALLOW],
      ['s3:ListBucket', 'arn:aws:s3:::b', Decision.ALLOW],
      ['s3:ListBucket', 'arn:aws:s3:::b/*', Decision.ALLOW],
    ]);
    expect(section.findings).toEqual([]);
  });

  test('shows a Deny elsewhere in the effective decision and leaves conditional entries undecided', () => {
    const { root, role } = app();
    role('R', allow(['s3:*'], ['*']), new PolicyStatement({ effect: Effect.DENY, actions: ['s3:*'], resources: ['*'] }),
      allow(['sqs:SendMessage'], ['*'], { Bool: { 'aws:SecureTransport': 'true' } }));
    const entries = AccessReport.of(root).principals[0].entries;
    expect(entries.map(e => [e.effect, e.action, e.effectiveDecision, e.conditional])).toEqual([
      ['Allow', 's3:*', Decision.EXPLICIT_DENY, false],
      ['Deny', 's3:*', Decision.EXPLICIT_DENY, false],
      ['Allow', 'sqs:SendMessage', undefined, true],
    ]);
  });

  test('flags administrator-equivalent access', () => {
    const { root, role } = app();
    role('Admin', allow(['*'], ['*']));
    role('IamAdmin', allow(['iam:*'], ['*']));
    const findings = AccessReport.of(root).findings.filter(f => f.code === 'AdminEquivalent');
    expect(findings.map(f => [f.principal, f.severity])).toEqual([['S/Admin', FindingSeverity.HIGH], ['S/IamAdmin', FindingSeverity.HIGH]]);
  });

  test('flags privilege escalation and iam:PassRole on * with a compute action', () => {
    const { root, role } = app();
    role('Escalate', allow(['iam:PutRolePolicy'], ['*']));
    role('Pass', allow(['iam:PassRole', 'lambda:CreateFunction'], ['*']));
    role('PassScoped', allow(['iam:PassRole'], ['arn:aws:iam::111111111111:role/app']), allow(['lambda:CreateFunction'], ['*']));
    const codes = AccessReport.of(root).findings.filter(f => f.severity === FindingSeverity.HIGH).map(f => [f.principal, f.code]);
    expect(codes).toEqual([['S/Escalate', 'PrivilegeEscalation'], ['S/Pass', 'PassRoleEscalation']]);
  });

  test('does not flag what a permissions boundary takes away', () => {
    const { root, stack } = app();
    const boundary = new ManagedPolicy(stack, 'Boundary', { statements: [allow(['s3:*'], ['*'])] });
    const r = new Role(stack, 'Bounded', { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), permissionsBoundary: boundary });
    r.addToPrincipalPolicy(allow(['*'], ['*']));
    const section = AccessReport.of(root).principals.find(p => p.principal === 'S/Bounded')!;
    expect(section.findings.map(f => f.code)).toEqual(['WildcardAction', 'WildcardResource']);
  });

  test('flags wildcard actions, NotAction allows and actions on every resource', () => {
    const { root, role } = app();
    role('Wild', allow(['s3:Get*'], ['arn:aws:s3:::b/*']), allow(['ec2:DescribeInstances'], ['*']),
      new PolicyStatement({ notActions: ['iam:*'], resources: ['arn:aws:s3:::b'] }));
    const findings = AccessReport.of(root).findings.map(f => [f.code, f.severity]);
    expect(findings).toEqual([
      ['WildcardAction', FindingSeverity.MEDIUM],
      ['WildcardResource', FindingSeverity.LOW],
      ['NotActionAllow', FindingSeverity.MEDIUM],
    ]);
  });

  test('reports AWS managed policies it cannot see', () => {
    const { root, stack } = app();
    new User(stack, 'U', { managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')] });
    const section = AccessReport.of(root).principals[0];
    expect(section.diagnostics.map(d => d.code)).toEqual(['ManagedPolicyNotVisible']);
  });

  test('renders Markdown and JSON and writes both files', () => {
    // GIVEN
    const { root, role } = app();
    role('Admin', allow(['*'], ['*']));
    const report = AccessReport.of(root);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'access-report-'));
    // WHEN
    report.writeTo(path.join(dir, 'out'));
    // THEN
    const md = fs.readFileSync(path.join(dir, 'out', 'access-report.md'), 'utf-8');
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'access-report.json'), 'utf-8'));
    expect(md).toContain('| HIGH | S/Admin | AdminEquivalent: ');
    expect(md).toContain('| Allow | * | * | ALLOW | S/Admin/DefaultPolicy #0 |');
    expect(json.summary).toEqual({ principals: 1, entries: 1, findings: { HIGH: 1, MEDIUM: 1, LOW: 1 } });
    expect(json.principals[0].principal).toBe('S/Admin');
    expect(report.toMarkdown()).toBe(md);
  });

  test('prints resources and ARNs with CloudFormation references in Fn::Sub notation', () => {
    // GIVEN
    const { root, stack } = app();
    const bucket = new s3.Bucket(stack, 'MyBucket');
    const worker = new Role(stack, 'Worker', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('SecurityAudit')],
    });
    bucket.grantRead(worker);
    worker.addToPrincipalPolicy(allow(['sqs:SendMessage'], [`arn:aws:sqs:us-east-1:${stack.account}:q-${bucket.bucketName}`]));
    worker.addToPrincipalPolicy(allow(['ssm:GetParameter'], [Fn.importValue('ParamArn')]));
    const bucketId = stack.getLogicalId(bucket.node.defaultChild as CfnResource);

    // WHEN
    const [section] = AccessReport.of(root).principals;
    const markdown = AccessReport.of(root).toMarkdown();
    const json = JSON.parse(AccessReport.of(root).toJson());

    // THEN
    const shown = section.entries.map(e => e.resourceDisplay);
    expect(shown).toEqual(expect.arrayContaining([
      `\${${bucketId}.Arn}`,
      `\${${bucketId}.Arn}/*`,
      `arn:aws:sqs:us-east-1:\${AWS::AccountId}:q-\${${bucketId}}`,
      "\${ImportValue('ParamArn')}",
    ]));
    const notVisible = section.diagnostics.find(d => d.code === 'ManagedPolicyNotVisible');
    expect(notVisible?.message).toContain("'arn:\${AWS::Partition}:iam::aws:policy/SecurityAudit'");
    expect(markdown).toContain(`| \${${bucketId}.Arn}/* |`);
    expect(markdown).not.toMatch(/Token\[|Fn::GetAtt|"Ref"/);
    expect(section.findings.map(f => f.message).join('\n')).not.toContain('Fn::GetAtt');
    const entry = json.principals[0].entries.find((e: any) => e.action === 'sqs:SendMessage');
    expect(entry.resource).toContain('AWS::AccountId');
    expect(entry.resourceDisplay).toBe(`arn:aws:sqs:us-east-1:\${AWS::AccountId}:q-\${${bucketId}}`);
  });
});
