import { App, aws_iam as cdk_iam, Stack } from 'aws-cdk-lib';
import { _enableIamValidation } from '../../src/validation/synth-adapter';

// the synth adapter hands the IAM resources it resolved to the synthesis of the stack
// (src/validation/rendered-resources.ts): the template must be what a synth without it writes
const previous = process.env.CDK_IAM_KIT_VALIDATION;
afterEach(() => {
  if (previous === undefined) { delete process.env.CDK_IAM_KIT_VALIDATION; } else { process.env.CDK_IAM_KIT_VALIDATION = previous; }
});

function policy(actions: string[]) {
  return [{ policyName: 'p', policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] } }];
}

function build(): { app: App; stack: Stack; role: cdk_iam.CfnRole } {
  const app = new App();
  const stack = new Stack(app, 'Stack');
  const role = new cdk_iam.CfnRole(stack, 'Role', {
    assumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    },
    policies: policy(['s3:GetObject']),
  });
  const managed = new cdk_iam.ManagedPolicy(stack, 'Managed', {
    statements: [new cdk_iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] })],
  });
  role.managedPolicyArns = [managed.managedPolicyArn];
  _enableIamValidation(stack);
  return { app, stack, role };
}

function template(app: App, options: { skipValidation?: boolean } = {}): any {
  return app.synth({ force: true, ...options }).getStackByName('Stack').template;
}

function policyActions(t: any): unknown {
  return t.Resources.Role.Properties.Policies[0].PolicyDocument.Statement[0].Action;
}

describe('IAM resources resolved once per synth', () => {
  test('the template is the same with the validation on and off', () => {
    process.env.CDK_IAM_KIT_VALIDATION = 'false';
    const off = template(build().app);
    process.env.CDK_IAM_KIT_VALIDATION = 'true';
    const on = template(build().app);
    expect(on).toEqual(off);
  });

  test('no hand-over is left on a resource after the synth', () => {
    process.env.CDK_IAM_KIT_VALIDATION = 'true';
    const { app, role } = build();
    template(app);
    expect(Object.prototype.hasOwnProperty.call(role, '_toCloudFormation')).toBe(false);
  });

  test('after a synth, a resource has the same own properties as after a synth without validation', () => {
    // the hand-over adds one property and removes it again: removing any other property than the
    // last one added turns the resource into a slow dictionary-mode object
    process.env.CDK_IAM_KIT_VALIDATION = 'false';
    const off = build();
    template(off.app);
    process.env.CDK_IAM_KIT_VALIDATION = 'true';
    const on = build();
    template(on.app);
    expect(Reflect.ownKeys(on.role)).toEqual(Reflect.ownKeys(off.role));
    template(on.app);
    expect(Reflect.ownKeys(on.role)).toEqual(Reflect.ownKeys(off.role));
  });

  test('a change after a synth is in the next synth, in the same tick', () => {
    process.env.CDK_IAM_KIT_VALIDATION = 'true';
    const { app, role } = build();
    expect(policyActions(template(app))).toEqual(['s3:GetObject']);
    role.policies = policy(['s3:PutObject']);
    expect(policyActions(template(app))).toEqual(['s3:PutObject']);
    role.policies = policy(['s3:DeleteObject']);
    expect(policyActions(template(app, { skipValidation: true }))).toEqual(['s3:DeleteObject']);
  });

  test('validating a stack by hand offers nothing: a later change is synthesized without validation', () => {
    process.env.CDK_IAM_KIT_VALIDATION = 'true';
    const { app, stack, role } = build();
    for (const c of stack.node.findAll()) { c.node.validate(); }
    expect(Object.prototype.hasOwnProperty.call(role, '_toCloudFormation')).toBe(false);
    role.policies = policy(['s3:PutObject']);
    expect(policyActions(template(app, { skipValidation: true }))).toEqual(['s3:PutObject']);
  });
});
