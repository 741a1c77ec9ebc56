import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnOutput, Stack, aws_s3 as s3 } from 'aws-cdk-lib';
import { IamModule, Scenario, modules, parityTable } from './harness';

/* Role.customizeRoles parity: precreated roles leave no role (and no policies) in the template. */

const CUSTOMIZE_ROLES: Record<string, Scenario> = {
  'customized roles are not synthesized': (iam, stack) => {
    iam.Role.customizeRoles(stack, { usePrecreatedRoles: { Role: 'precreated' } });
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    new iam.ManagedPolicy(stack, 'Managed', {
      roles: [role],
      statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })],
    });
    new CfnOutput(stack, 'Arn', { value: role.roleArn });
    new CfnOutput(stack, 'Name', { value: role.roleName });
  },

  'customized roles still synthesized when preventSynthesis is false': (iam, stack) => {
    iam.Role.customizeRoles(stack, { preventSynthesis: false });
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  },
};

describe('parity: customizeRoles', () => {
  parityTable(CUSTOMIZE_ROLES);
});

/** Synthesize into a fresh directory and read the IAM policy report files. */
function reportOf(iam: IamModule, scenario: Scenario): { json?: string; txt?: string; errors: string[] } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-iam-kit-parity-'));
  try {
    const app = new App({ outdir });
    const stack = new Stack(app, 'Stack');
    scenario(iam, stack, app);
    const assembly = app.synth();
    const read = (ext: string) => {
      const file = path.join(outdir, `iam-policy-report.${ext}`);
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf-8') : undefined;
    };
    const errors = assembly.getStackByName('Stack').messages
      .filter(m => m.level === 'error')
      .map(m => `${m.id}`);
    return { json: read('json'), txt: read('txt'), errors };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

const REPORTS: Record<string, Scenario> = {
  'report of precreated, missing and imported roles': (iam, stack) => {
    iam.Role.customizeRoles(stack, { usePrecreatedRoles: { Role: 'precreated', Imported: 'ignored' } });
    const role = new iam.Role(stack, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')],
      inlinePolicies: {
        Inline: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['s3:ListAllMyBuckets'], resources: ['*'] })] }),
      },
    });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
    new s3.Bucket(stack, 'Bucket').grantReadWrite(role);
    new iam.ManagedPolicy(stack, 'Managed', {
      roles: [role],
      statements: [new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] })],
    });
    const missing = new iam.Role(stack, 'Missing', { assumedBy: new iam.AccountRootPrincipal() });
    missing.attachInlinePolicy(new iam.Policy(stack, 'Policy', {
      statements: [new iam.PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] })],
    }));
    const imported = iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::111111111111:role/imported');
    imported.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] }));
  },

  'report when synthesis is not prevented': (iam, stack) => {
    iam.Role.customizeRoles(stack, { preventSynthesis: false });
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] }));
  },
};

describe('parity: customizeRoles policy report', () => {
  test.each(Object.keys(REPORTS))('writes the report aws-cdk-lib writes: %s', (name) => {
    // GIVEN / WHEN
    const { cdk, kit } = modules();
    const expected = reportOf(cdk, REPORTS[name]);
    const actual = reportOf(kit, REPORTS[name]);

    // THEN
    expect(expected.json).toBeDefined();
    expect(actual.json).toEqual(expected.json);
    expect(actual.txt).toEqual(expected.txt);
    expect(actual.errors.length).toEqual(expected.errors.length);
    if (name.includes('missing')) {
      // a role without a precreated name fails synthesis with an error annotation, in both
      expect(expected.errors.length).toBeGreaterThan(0);
    }
  });
});
