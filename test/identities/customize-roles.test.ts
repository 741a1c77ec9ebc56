import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Token, aws_iam as cdkiam, aws_s3 as s3 } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import {
  CUSTOMIZE_ROLES_CONTEXT_KEY, applyCustomizeRoles, customizeRolesConfig, precreatedRoleConfig,
} from '../../src/identities/private/customize-roles-config';
import { POLICY_REPORT_FILE, PolicyReport } from '../../src/identities/private/policy-report';
import { Role } from '../../src/identities/role';
import { ServicePrincipal } from '../../src/principals/service-principal';

/*
 * The customize-roles settings and the IAM policy report.
 *
 * Report tests are differential: the same aws-cdk-lib roles are synthesized twice, once with
 * aws-cdk-lib's own report writer and once with ours created first (aws-cdk-lib then feeds ours,
 * which is the interop contract); both report files must be byte-identical.
 */

type Arrange = (stack: Stack) => void;

function reportFiles(arrange: Arrange, options: { ours: boolean; customize?: any }) {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-iam-kit-report-'));
  const app = new App({ outdir });
  const ours = options.ours ? PolicyReport.getOrCreate(app) : undefined;
  const stack = new Stack(app, 'Stack');
  cdkiam.Role.customizeRoles(stack, options.customize ?? { usePrecreatedRoles: { Role: 'precreated-role' } });
  arrange(stack);
  app.synth();
  // the only report writer is ours when it was created first
  expect(app.node.tryFindChild('PolicySynthesizer')).toBe(ours ?? app.node.tryFindChild('PolicySynthesizer'));
  expect(app.node.tryFindChild('PolicySynthesizer') instanceof PolicyReport).toBe(options.ours);
  const read = (ext: string) => {
    const file = path.join(outdir, `${POLICY_REPORT_FILE}.${ext}`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf-8') : undefined;
  };
  const result = { json: read('json'), txt: read('txt') };
  fs.rmSync(outdir, { recursive: true, force: true });
  return result;
}

const SCENARIOS: Record<string, { arrange: Arrange; customize?: any }> = {
  'a role with a trust policy only': {
    arrange: stack => { new cdkiam.Role(stack, 'Role', { assumedBy: new cdkiam.ServicePrincipal('lambda.amazonaws.com') }); },
  },
  'a role with grants on a bucket of the app': {
    arrange: stack => {
      const role = new cdkiam.Role(stack, 'Role', { assumedBy: new cdkiam.AccountRootPrincipal() });
      new s3.Bucket(stack, 'Bucket').grantReadWrite(role);
    },
  },
  'a role with AWS managed, imported and created managed policies': {
    arrange: stack => {
      const role = new cdkiam.Role(stack, 'Role', {
        assumedBy: new cdkiam.ServicePrincipal('ec2.amazonaws.com'),
        managedPolicies: [cdkiam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
      });
      role.addManagedPolicy(cdkiam.ManagedPolicy.fromManagedPolicyArn(stack, 'Imported', 'arn:aws:iam::123456789012:policy/imported'));
      role.addManagedPolicy(new cdkiam.ManagedPolicy(stack, 'Created', {
        statements: [new cdkiam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })],
      }));
      new cdkiam.ManagedPolicy(stack, 'AttachedByRoles', {
        roles: [role],
        statements: [new cdkiam.PolicyStatement({ actions: ['sns:Publish'], resources: [stack.formatArn({ service: 'sns', resource: 'topic' })] })],
      });
    },
  },
  'a role with inline policies and a Policy construct': {
    arrange: stack => {
      const role = new cdkiam.Role(stack, 'Role', {
        assumedBy: new cdkiam.AccountPrincipal('111111111111'),
        inlinePolicies: {
          Inline: new cdkiam.PolicyDocument({
            statements: [new cdkiam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] })],
          }),
        },
      });
      role.attachInlinePolicy(new cdkiam.Policy(stack, 'Policy', {
        statements: [new cdkiam.PolicyStatement({ actions: ['logs:PutLogEvents'], resources: [`arn:${stack.partition}:logs:${stack.region}:${stack.account}:*`] })],
      }));
    },
  },
  'a missing role next to a precreated one': {
    arrange: stack => {
      new cdkiam.Role(stack, 'Role', { assumedBy: new cdkiam.ServicePrincipal('lambda.amazonaws.com') });
      const other = new cdkiam.Role(stack, 'Other', { assumedBy: new cdkiam.ServicePrincipal('lambda.amazonaws.com') });
      other.addToPrincipalPolicy(new cdkiam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'], conditions: { Bool: { 'aws:SecureTransport': 'true' } } }));
    },
  },
  'synthesis not prevented': {
    customize: { preventSynthesis: false },
    arrange: stack => {
      const role = new cdkiam.Role(stack, 'Role', { assumedBy: new cdkiam.ServicePrincipal('lambda.amazonaws.com') });
      role.addToPrincipalPolicy(new cdkiam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    },
  },
};

describe('customizeRoles', () => {
  describe('settings', () => {
    test('stores the same context as aws-cdk-lib, with relative paths made absolute', () => {
      // GIVEN
      const options = { usePrecreatedRoles: { 'Role': 'a', 'Stack/Nested/Role': 'b' } };
      const theirs = new Stack(new App(), 'Stack');
      const ours = new Stack(new App(), 'Stack');

      // WHEN
      cdkiam.Role.customizeRoles(theirs, options);
      applyCustomizeRoles(ours, options);

      // THEN
      expect(ours.node.tryGetContext(CUSTOMIZE_ROLES_CONTEXT_KEY)).toEqual(theirs.node.tryGetContext(CUSTOMIZE_ROLES_CONTEXT_KEY));
      expect(ours.node.tryGetContext(CUSTOMIZE_ROLES_CONTEXT_KEY)).toEqual({
        preventSynthesis: true,
        usePrecreatedRoles: { 'Stack/Role': 'a', 'Stack/Nested/Role': 'b' },
      });
    });

    test('is disabled when customizeRoles was not called', () => {
      const stack = new Stack(new App(), 'Stack');
      expect(precreatedRoleConfig(stack)).toEqual({ enabled: false });
      expect(customizeRolesConfig(stack)).toEqual({ enabled: false, preventSynthesis: false });
    });

    test('gives the precreated name of a listed role', () => {
      // GIVEN
      const stack = new Stack(new App(), 'Stack');
      applyCustomizeRoles(stack, { usePrecreatedRoles: { 'Stack/Role': 'precreated' } });

      // THEN
      expect(precreatedRoleConfig(stack, 'Stack/Role')).toEqual({ enabled: true, preventSynthesis: true, precreatedRoleName: 'precreated' });
      expect(customizeRolesConfig(stack)).toEqual({ enabled: true, preventSynthesis: true });
    });

    test('does not prevent synthesis when preventSynthesis is false', () => {
      // GIVEN
      const stack = new Stack(new App(), 'Stack');
      applyCustomizeRoles(stack, { preventSynthesis: false });

      // THEN
      expect(precreatedRoleConfig(stack, 'Stack/Role')).toEqual({ enabled: true, preventSynthesis: false });
      expect(customizeRolesConfig(stack)).toEqual({ enabled: true, preventSynthesis: false });
    });

    test('fails synthesis with an error annotation when a role has no precreated name', () => {
      // GIVEN
      const stack = new Stack(new App(), 'Stack');
      applyCustomizeRoles(stack, { usePrecreatedRoles: {} });

      // WHEN
      const config = precreatedRoleConfig(stack, 'Stack/Role');

      // THEN
      expect(config).toEqual({ enabled: true, preventSynthesis: true });
      Annotations.fromStack(stack).hasError('/Stack', Match.stringLikeRegexp('\\[MissingPrecreatedRoleName\\]'));
    });

    test('fails synthesis with an error annotation when the precreated name is a token', () => {
      // GIVEN
      const stack = new Stack(new App(), 'Stack');
      applyCustomizeRoles(stack, { usePrecreatedRoles: { 'Stack/Role': Token.asString({ Ref: 'Name' }) } });

      // WHEN
      const config = precreatedRoleConfig(stack, 'Stack/Role');

      // THEN
      expect(config.precreatedRoleName).toBeUndefined();
      Annotations.fromStack(stack).hasError('/Stack', Match.stringLikeRegexp('\\[UnresolvablePrecreatedRoleName\\]'));
    });
  });

  describe('policy report', () => {
    test.each(Object.keys(SCENARIOS))('writes the report aws-cdk-lib writes: %s', (name) => {
      // GIVEN / WHEN
      const { arrange, customize } = SCENARIOS[name];
      const theirs = reportFiles(arrange, { ours: false, customize });
      const ours = reportFiles(arrange, { ours: true, customize });

      // THEN
      expect(theirs.json).toBeDefined();
      expect(ours.json).toEqual(theirs.json);
      expect(ours.txt).toEqual(theirs.txt);
    });

    test('labels references and pseudo parameters', () => {
      // GIVEN / WHEN
      const { json } = reportFiles(SCENARIOS['a role with grants on a bucket of the app'].arrange, { ours: true });

      // THEN
      const report = JSON.parse(json!);
      expect(JSON.stringify(report.roles[0].identityPolicyStatements)).toContain('(Stack/Bucket/Resource.Arn)');
      expect(report.roles[0].roleName).toEqual('precreated-role');
    });

    test('writes no report when no role was customized', () => {
      const files = reportFiles(stack => { new s3.Bucket(stack, 'Bucket'); }, { ours: true });
      expect(files).toEqual({ json: undefined, txt: undefined });
    });

    test('is shared: aws-cdk-lib finds the report created by cdk-iam-kit', () => {
      // GIVEN
      const app = new App();
      const ours = PolicyReport.getOrCreate(app);

      // THEN
      expect(PolicyReport.getOrCreate(new Stack(app, 'Stack'))).toBe(ours);
      expect(ours.node.id).toEqual('PolicySynthesizer');
    });

    test('one report holds the roles of both libraries, whichever created it', () => {
      for (const kitFirst of [true, false]) {
        // GIVEN
        const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-iam-kit-mixed-'));
        const app = new App({ outdir });
        const stack = new Stack(app, 'Stack');
        cdkiam.Role.customizeRoles(stack, { usePrecreatedRoles: { Ours: 'ours', Theirs: 'theirs' } });
        const ours = () => new Role(stack, 'Ours', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
        const theirs = () => new cdkiam.Role(stack, 'Theirs', { assumedBy: new cdkiam.ServicePrincipal('lambda.amazonaws.com') });

        // WHEN
        if (kitFirst) { ours(); theirs(); } else { theirs(); ours(); }
        app.synth();

        // THEN
        const report = JSON.parse(fs.readFileSync(path.join(outdir, `${POLICY_REPORT_FILE}.json`), 'utf-8'));
        expect(report.roles.map((r: any) => r.roleName).sort()).toEqual(['ours', 'theirs']);
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    });

    test('throws when a role is reported twice', () => {
      // GIVEN
      const report = PolicyReport.getOrCreate(new App());
      report.addRole('Stack/Role', { policyStatements: [], managedPolicies: [] });

      // THEN
      expect(() => report.addRole('Stack/Role', { policyStatements: [], managedPolicies: [] })).toThrow(/\[PolicyReportAlreadyEntryRole\]/);
    });

    test('throws when a managed policy is reported twice', () => {
      // GIVEN
      const report = PolicyReport.getOrCreate(new App());
      report.addManagedPolicy('Stack/Policy', { policyStatements: [] });

      // THEN
      expect(() => report.addManagedPolicy('Stack/Policy', { policyStatements: [] })).toThrow(/\[PolicyReportAlreadyEntryManaged\]/);
    });
  });
});
