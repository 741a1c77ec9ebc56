import { App, aws_iam as iam, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { Severity } from '../../src/validation/finding';
import { IamValidator } from '../../src/validation/iam-validator';
import { _enableIamValidation } from '../../src/validation/synth-adapter';

// these tests exercise the synth-time validation itself: on whatever CDK_VALIDATION says
// (synth-adapter-switch.test.ts covers the switch)
const previous = process.env.CDK_IAM_KIT_VALIDATION;
beforeAll(() => { process.env.CDK_IAM_KIT_VALIDATION = 'true'; });
afterAll(() => {
  if (previous === undefined) { delete process.env.CDK_IAM_KIT_VALIDATION; } else { process.env.CDK_IAM_KIT_VALIDATION = previous; }
});

const TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };

function roleWith(scope: Construct, id: string, statements: object[]): iam.CfnRole {
  return new iam.CfnRole(scope, id, {
    assumeRolePolicyDocument: TRUST,
    policies: [{ policyName: 'inline', policyDocument: { Version: '2012-10-17', Statement: statements } }],
  });
}

describe('synth adapter', () => {
  test('warns on a typo\'d action, naming the construct, the action and the suggestion', () => {
    // GIVEN
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const holder = new Construct(stack, 'Holder');
    roleWith(holder, 'Role', [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }]);
    _enableIamValidation(holder);

    // WHEN
    const annotations = Annotations.fromStack(stack);

    // THEN: the warning lands in the cloud assembly on the enabled construct
    annotations.hasWarning('/Stack/Holder', Match.stringLikeRegexp("\\[UnknownAction\\].*'s3:GetObjekt'.*did you mean 's3:GetObject'.*at 'Stack/Holder/Role'"));
    annotations.hasWarning('/Stack/Holder', Match.stringLikeRegexp('\\[ack: cdk-iam-kit:UnknownAction\\]'));
  });

  test('fails the synth with the rule code when IAM would reject the policy', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const role = roleWith(stack, 'Role', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'my-bucket/*' }]);
    _enableIamValidation(role);

    expect(() => app.synth()).toThrow(/\[Stack\/Role\] \[InvalidResource\]/);
  });

  test('is idempotent: enabling twice reports once', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const role = roleWith(stack, 'Role', [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }]);
    _enableIamValidation(role);
    _enableIamValidation(role);

    const warnings = Annotations.fromStack(stack).findWarning('/Stack/Role', Match.stringLikeRegexp('UnknownAction'));
    expect(warnings).toHaveLength(1);
  });

  test('counts a role\'s inline policies created as separate AWS::IAM::Policy resources in its aggregate size', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const role = roleWith(stack, 'Role', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
    const big = Array.from({ length: 60 }, (_, i) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-number-${i}-with-a-long-name-to-fill/*` }));
    new iam.CfnPolicy(stack, 'P1', { policyName: 'p1', roles: [role.ref], policyDocument: { Version: '2012-10-17', Statement: big } });
    new iam.CfnPolicy(stack, 'P2', { policyName: 'p2', roles: [role.ref], policyDocument: { Version: '2012-10-17', Statement: big } });
    _enableIamValidation(stack);

    expect(() => app.synth()).toThrow(/\[PolicySize\] aggregate inline policy size of the role/);
  });

  test('acknowledged rules are not reported', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const role = roleWith(stack, 'Role', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'my-bucket/*' }]);
    _enableIamValidation(role);
    IamValidator.of(stack).acknowledge('InvalidResource', 'test');

    expect(() => app.synth()).not.toThrow();
  });

  test('a severity raised with IamValidator turns a warning into a synth error', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const role = roleWith(stack, 'Role', [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }]);
    _enableIamValidation(role);
    IamValidator.of(stack).setSeverity('UnknownAction', Severity.ERROR);

    expect(() => app.synth()).toThrow(/\[UnknownAction\]/);
  });

  test('the closest IamValidator setting wins, and settings of all scopes combine', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const holder = new Construct(stack, 'Holder');
    const role = roleWith(holder, 'Role', [{ Effect: 'Allow', Action: ['s3:GetObjekt', 'iam:PassRole'], Resource: '*' }]);
    _enableIamValidation(role);
    IamValidator.of(app).setSeverity('UnknownAction', Severity.ERROR);
    IamValidator.of(stack).setSeverity('PassRoleWildcard', Severity.ERROR);
    IamValidator.of(holder).setSeverity('UnknownAction', Severity.WARNING);

    // the app's UnknownAction error is overridden below it; the stack's PassRoleWildcard error holds
    expect(() => app.synth()).toThrow(/\[PassRoleWildcard\]/);
    expect(() => app.synth()).not.toThrow(/\[UnknownAction\]/);
    IamValidator.of(role).setSeverity('PassRoleWildcard', Severity.WARNING);
    expect(() => app.synth()).not.toThrow();
  });

  test('skips values resolved at deploy time instead of rejecting them', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const other = roleWith(stack, 'Other', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
    const role = roleWith(stack, 'Role', [{ Effect: 'Allow', Action: 'iam:GetRole', Resource: other.attrArn }]);
    _enableIamValidation(role);

    expect(() => app.synth()).not.toThrow();
    expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toHaveLength(0);
  });

  test('warnings can be acknowledged the CDK way', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const role = roleWith(stack, 'Role', [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }]);
    _enableIamValidation(role);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('aws-cdk-lib').Annotations.of(role).acknowledgeWarning('cdk-iam-kit:UnknownAction', 'preview action');

    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('UnknownAction'))).toHaveLength(0);
  });

  test('warnings added during validation are written to the cloud assembly manifest', () => {
    // validateTree runs before synthesizeTree, which collects construct metadata
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const role = roleWith(stack, 'Role', [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }]);
    _enableIamValidation(role);

    const messages = app.synth().getStackByName('Stack').messages;
    expect(messages.map((m) => [m.id, m.level, String(m.entry.data)])).toEqual([
      ['/Stack/Role', 'warning', expect.stringMatching(/^\[UnknownAction\]/)],
    ]);
  });

  test('each resource is reported once, by its nearest enabled ancestor', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const outer = new Construct(stack, 'Outer');
    const inner = new Construct(outer, 'Inner');
    roleWith(outer, 'A', [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }]);
    roleWith(inner, 'B', [{ Effect: 'Allow', Action: 'sqs:SendMesage', Resource: '*' }]);
    _enableIamValidation(outer);
    _enableIamValidation(inner);

    const annotations = Annotations.fromStack(stack);
    expect(annotations.findWarning('/Stack/Outer', Match.stringLikeRegexp('UnknownAction')).map((w) => String(w.entry.data)))
      .toEqual([expect.stringContaining("'s3:GetObjekt'")]);
    expect(annotations.findWarning('/Stack/Outer/Inner', Match.stringLikeRegexp('UnknownAction')).map((w) => String(w.entry.data)))
      .toEqual([expect.stringContaining("'sqs:SendMesage'")]);
  });

  test('limits raised with IamValidator are honoured (trust policy over 2,048 characters)', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const accounts = Array.from({ length: 80 }, (_, i) => `arn:aws:iam::${String(100000000000 + i)}:root`);
    const role = new iam.CfnRole(stack, 'Role', {
      assumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: accounts }, Action: 'sts:AssumeRole' }] },
    });
    _enableIamValidation(role);
    expect(() => app.synth()).toThrow(/\[PolicySize\] trust policy size/);

    const app2 = new App();
    const stack2 = new Stack(app2, 'Stack');
    const role2 = new iam.CfnRole(stack2, 'Role', {
      assumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: accounts }, Action: 'sts:AssumeRole' }] },
    });
    _enableIamValidation(role2);
    IamValidator.of(app2).raiseLimits({ trustPolicySize: 4096 });
    expect(() => app2.synth()).not.toThrow();
  });

  test('can be enabled on the App: every stack below it is validated', () => {
    const app = new App();
    const one = new Stack(app, 'One');
    const two = new Stack(app, 'Two');
    roleWith(one, 'Role', [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }]);
    roleWith(two, 'Role', [{ Effect: 'Allow', Action: 'sqs:SendMesage', Resource: '*' }]);
    _enableIamValidation(app);

    const assembly = app.synth();
    const warnings = [...assembly.getStackByName('One').messages, ...assembly.getStackByName('Two').messages]
      .filter((m) => m.level === 'warning').map((m) => String(m.entry.data));
    expect(warnings).toEqual([expect.stringContaining("'s3:GetObjekt'"), expect.stringContaining("'sqs:SendMesage'")]);
  });
});
