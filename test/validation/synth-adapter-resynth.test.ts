import { App, aws_iam as cdk_iam, Stack } from 'aws-cdk-lib';
import { _enableIamValidation } from '../../src/validation/synth-adapter';

// these tests exercise the synth-time validation itself: on whatever CDK_VALIDATION says
// (synth-adapter-switch.test.ts covers the switch)
const previous = process.env.CDK_IAM_KIT_VALIDATION;
beforeAll(() => { process.env.CDK_IAM_KIT_VALIDATION = 'true'; });
afterAll(() => {
  if (previous === undefined) { delete process.env.CDK_IAM_KIT_VALIDATION; } else { process.env.CDK_IAM_KIT_VALIDATION = previous; }
});

/** A raw role with an inline policy granting the given actions, validated by the adapter. */
function role(stack: Stack, id: string, actions: string[]): cdk_iam.CfnRole {
  const r = new cdk_iam.CfnRole(stack, id, {
    assumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    },
    policies: [{ policyName: 'p', policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] } }],
  });
  _enableIamValidation(r);
  return r;
}

function unknownActionWarnings(app: App): string[] {
  return app.synth({ force: true }).getStackByName('Stack').messages
    .filter((m) => String(m.entry.data).includes('[UnknownAction]'))
    .map((m) => m.id);
}

describe('IAM validation at synth', () => {
  test('sees resources added since the previous synth in the same tick', () => {
    // GIVEN a clean stack, synthesized once
    const app = new App();
    const stack = new Stack(app, 'Stack');
    role(stack, 'Clean', ['s3:GetObject']);
    expect(unknownActionWarnings(app)).toEqual([]);

    // WHEN a role with a typo is added and the app is synthesized again, synchronously
    role(stack, 'Typo', ['s3:GetObjekt']);

    // THEN the new role is validated
    expect(unknownActionWarnings(app)).toEqual(['/Stack/Typo']);
  });

  test('sees a policy changed since the previous synth in the same tick', () => {
    // GIVEN
    const app = new App();
    const stack = new Stack(app, 'Stack');
    const r = role(stack, 'Role', ['s3:GetObject']);
    expect(unknownActionWarnings(app)).toEqual([]);

    // WHEN the same resource's policy changes
    r.policies = [{ policyName: 'p', policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }] } }];

    // THEN
    expect(unknownActionWarnings(app)).toEqual(['/Stack/Role']);
  });
});
