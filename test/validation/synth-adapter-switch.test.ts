import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Role } from '../../src/identities/role';
import { PolicyStatement } from '../../src/policy/policy-statement';
import { ServicePrincipal } from '../../src/principals/service-principal';
import { _iamValidationOn } from '../../src/validation/synth-adapter';

/*
 * The synth-time validation follows the CDK's switch for synth-time validation (CDK_VALIDATION,
 * which `cdk synth --no-validation` sets to false); CDK_IAM_KIT_VALIDATION and the context key
 * `cdk-iam-kit:validation` override it.
 */

const VARS = ['CDK_VALIDATION', 'CDK_IAM_KIT_VALIDATION'] as const;
const saved: Record<string, string | undefined> = {};
beforeEach(() => { for (const v of VARS) { saved[v] = process.env[v]; delete process.env[v]; } });
afterEach(() => { for (const v of VARS) { if (saved[v] === undefined) { delete process.env[v]; } else { process.env[v] = saved[v]; } } });

function typoWarnings(context?: Record<string, unknown>): number {
  const app = new App({ context });
  const stack = new Stack(app, 'Stack');
  const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  role.addToPolicy(new PolicyStatement({ actions: ['s3:GetObjekt'], resources: ['*'] }));
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('\\[UnknownAction\\]')).length;
}

describe('synth-time validation switch', () => {
  test('validates by default', () => {
    expect(typoWarnings()).toBe(1);
  });

  test('does not validate under CDK_VALIDATION=false (cdk synth --no-validation)', () => {
    process.env.CDK_VALIDATION = 'false';
    expect(typoWarnings()).toBe(0);
  });

  test('CDK_IAM_KIT_VALIDATION=true keeps it on under CDK_VALIDATION=false', () => {
    process.env.CDK_VALIDATION = 'false';
    process.env.CDK_IAM_KIT_VALIDATION = 'true';
    expect(typoWarnings()).toBe(1);
  });

  test('CDK_IAM_KIT_VALIDATION=false turns it off alone', () => {
    process.env.CDK_IAM_KIT_VALIDATION = 'false';
    expect(typoWarnings()).toBe(0);
  });

  test('the context key wins over both variables, as a boolean or a string', () => {
    process.env.CDK_VALIDATION = 'false';
    process.env.CDK_IAM_KIT_VALIDATION = 'false';
    expect(typoWarnings({ 'cdk-iam-kit:validation': true })).toBe(1);
    delete process.env.CDK_VALIDATION;
    delete process.env.CDK_IAM_KIT_VALIDATION;
    expect(typoWarnings({ 'cdk-iam-kit:validation': 'false' })).toBe(0);
    expect(typoWarnings({ 'cdk-iam-kit:validation': false })).toBe(0);
  });

  test('is read at synth, not when the construct is created', () => {
    const app = new App();
    const stack = new Stack(app, 'Stack');
    expect(_iamValidationOn(stack)).toBe(true);
    process.env.CDK_VALIDATION = 'false';
    expect(_iamValidationOn(stack)).toBe(false);
  });
});
