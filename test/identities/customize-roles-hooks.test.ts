import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, aws_iam as cdkiam } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { ManagedPolicy, PolicyDocument, PolicyStatement, ServicePrincipal, User } from '../../src';
import { createAssumeRolePolicy } from '../../src/identities/private/assume-role-policy';
import { applyCustomizeRoles } from '../../src/identities/private/customize-roles-config';
import {
  precreatedImport, precreatedManagedPolicy, reportPreventedManagedPolicy, setUpPrecreatedRole,
} from '../../src/identities/private/customize-roles-hooks';
import { ImportedRole } from '../../src/identities/private/imported-role';
import { PrecreatedRole } from '../../src/identities/private/precreated-role';

/*
 * The customizeRoles hooks that Role, Role.fromRoleArn and ManagedPolicy call. The report they
 * produce is compared with the report aws-cdk-lib writes for the equivalent aws-cdk-lib role.
 */

function withOutdir<T>(fn: (outdir: string) => T): T {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-iam-kit-hooks-'));
  try { return fn(outdir); } finally { fs.rmSync(outdir, { recursive: true, force: true }); }
}

function readReport(outdir: string): any {
  return JSON.parse(fs.readFileSync(path.join(outdir, 'iam-policy-report.json'), 'utf-8'));
}

describe('customizeRoles hooks', () => {
  test('setUpPrecreatedRole reports what aws-cdk-lib reports for the same role', () => {
    const expected = withOutdir(outdir => {
      const app = new App({ outdir });
      const stack = new Stack(app, 'Stack');
      cdkiam.Role.customizeRoles(stack, { usePrecreatedRoles: { Role: 'precreated' } });
      const role = new cdkiam.Role(stack, 'Role', {
        assumedBy: new cdkiam.ServicePrincipal('lambda.amazonaws.com'),
        managedPolicies: [cdkiam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
        inlinePolicies: {
          Inline: new cdkiam.PolicyDocument({ statements: [new cdkiam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] }),
        },
      });
      role.addToPrincipalPolicy(new cdkiam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
      app.synth();
      return readReport(outdir);
    });

    const actual = withOutdir(outdir => {
      // GIVEN
      const app = new App({ outdir });
      const stack = new Stack(app, 'Stack');
      applyCustomizeRoles(stack, { usePrecreatedRoles: { Role: 'precreated' } });
      const role = new Construct(stack, 'Role');

      // WHEN
      const setup = setUpPrecreatedRole(role, {
        id: 'Role',
        assumeRolePolicy: createAssumeRolePolicy(new ServicePrincipal('lambda.amazonaws.com'), []),
        managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
        inlinePolicies: {
          Inline: new PolicyDocument({ statements: [new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] }),
        },
      });
      setup.precreatedRole!.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));

      // THEN
      expect(setup.synthesize).toBe(false);
      expect(Stack.of(role).resolve(setup.precreatedRole!.roleName)).toEqual('precreated');
      app.synth();
      return readReport(outdir);
    });

    expect(actual).toEqual(expected);
  });

  test('setUpPrecreatedRole does nothing without customizeRoles', () => {
    const stack = new Stack(new App(), 'Stack');
    const setup = setUpPrecreatedRole(new Construct(stack, 'Role'), { id: 'Role', managedPolicies: [], inlinePolicies: {} });
    expect(setup).toEqual({ synthesize: true });
  });

  test('setUpPrecreatedRole keeps synthesis when preventSynthesis is false', () => {
    const stack = new Stack(new App(), 'Stack');
    applyCustomizeRoles(stack, { preventSynthesis: false });
    const setup = setUpPrecreatedRole(new Construct(stack, 'Role'), { id: 'Role', managedPolicies: [], inlinePolicies: {} });
    expect(setup.synthesize).toBe(true);
    expect(setup.precreatedRole).toBeInstanceOf(PrecreatedRole);
  });

  test('a precreated role adds nothing to the template, and grants to it name the precreated ARN', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    applyCustomizeRoles(stack, { usePrecreatedRoles: { Role: 'precreated' } });
    const setup = setUpPrecreatedRole(new Construct(stack, 'Role'), { id: 'Role', managedPolicies: [], inlinePolicies: {} });
    const user = new User(stack, 'User');

    // WHEN
    expect(setup.precreatedRole!.addToPolicy(new PolicyStatement({ actions: ['s3:*'], resources: ['*'] }))).toBe(false);
    setup.precreatedRole!.grantPassRole(user);

    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::IAM::Role', 0);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: 'iam:PassRole',
          Effect: 'Allow',
          Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':role/precreated']] },
        }],
      },
    });
  });

  test('a precreated role shows its reported policies, trust policy and grants in the policy graph', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Stack');
    applyCustomizeRoles(stack, { usePrecreatedRoles: { Role: 'precreated' } });
    const role = new Construct(stack, 'Role');
    const setup = setUpPrecreatedRole(role, {
      id: 'Role',
      assumeRolePolicy: createAssumeRolePolicy(new ServicePrincipal('lambda.amazonaws.com'), []),
      managedPolicies: [ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
      inlinePolicies: {
        Inline: new PolicyDocument({ statements: [new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] }),
      },
    });

    // WHEN
    setup.precreatedRole!.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));
    const info = setup.precreatedRole!._graphNodeInfo();

    // THEN
    expect(info.path).toEqual('Stack/Role');
    expect(info.identityType).toEqual('precreated-role');
    expect(info.identityPolicies.map(p => p.kind)).toEqual(['inline', 'inline', 'aws-managed']);
    const actions = info.identityPolicies
      .filter(p => p.document)
      .flatMap(p => (stack.resolve(p.document!.toJSON()).Statement as any[]).map(st => st.Action));
    expect(actions.sort()).toEqual(['s3:GetObject', 'sqs:SendMessage']);
    expect(stack.resolve(info.trustPolicy!.document!.toJSON()).Statement[0].Principal).toEqual({ Service: 'lambda.amazonaws.com' });
  });

  test('precreatedImport wraps an import only under customizeRoles', () => {
    // GIVEN
    const plain = new Stack(new App(), 'Plain');
    const customized = new Stack(new App(), 'Customized');
    applyCustomizeRoles(customized, {});
    const importRole = (scope: Construct) => (importId: string) =>
      new ImportedRole(scope, importId, { roleArn: 'arn:aws:iam::111111111111:role/x', roleName: 'x' });

    // THEN
    expect(precreatedImport(plain, 'Imported', importRole(plain))).toBeUndefined();
    const wrapped = precreatedImport(customized, 'Imported', importRole(customized));
    expect(wrapped).toBeInstanceOf(PrecreatedRole);
    expect(wrapped!.roleArn).toEqual('arn:aws:iam::111111111111:role/x');
    expect(customized.node.tryFindChild('ImportImported')).toBeDefined();
  });

  test('precreatedManagedPolicy gives a stand-in named after the id and reports the statements', () => {
    withOutdir(outdir => {
      // GIVEN
      const app = new App({ outdir });
      const stack = new Stack(app, 'Stack');
      applyCustomizeRoles(stack, { usePrecreatedRoles: { Role: 'precreated' } });
      const role = new Construct(stack, 'Role');
      const setup = setUpPrecreatedRole(role, { id: 'Role', managedPolicies: [], inlinePolicies: {} });
      const policy = new Construct(stack, 'Managed');

      // WHEN
      const result = precreatedManagedPolicy(policy, 'Managed',
        (importId, name) => ManagedPolicy.fromManagedPolicyName(policy, importId, name));
      reportPreventedManagedPolicy(policy, [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }], [setup.precreatedRole! as any]);

      // THEN
      expect(result.synthesize).toBe(false);
      expect(stack.resolve(result.standIn!.managedPolicyArn)).toEqual({
        'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':policy/Managed']],
      });
      app.synth();
      expect(readReport(outdir).roles).toHaveLength(1);
    });
  });
});
