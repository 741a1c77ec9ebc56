import { App, Stack } from 'aws-cdk-lib';
import { accessMatchers } from '../../src/evaluation/jest-matchers';
import { Role } from '../../src/identities';
import { PolicyStatement } from '../../src/policy';
import { ServicePrincipal } from '../../src/principals';

function roleReading(resource: string): Role {
  const role = new Role(new Stack(new App(), 'S'), 'R', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [resource] }));
  return role;
}

describe('toBeAllowed', () => {
  test('passes for an allowed action and fails under .not', () => {
    const role = roleReading('arn:aws:s3:::b/*');
    expect(role).toBeAllowed('s3:GetObject', 'arn:aws:s3:::b/k');
    expect(() => expect(role).not.toBeAllowed('s3:GetObject', 'arn:aws:s3:::b/k')).toThrow(/not to be allowed s3:GetObject[\s\S]*ALLOW: S\/R/);
  });

  test('fails with the explanation when the action is not allowed', () => {
    const role = roleReading('arn:aws:s3:::b/*');
    expect(role).not.toBeAllowed('s3:PutObject', 'arn:aws:s3:::b/k');
    expect(() => expect(role).toBeAllowed('s3:PutObject', 'arn:aws:s3:::b/k')).toThrow(/decision is IMPLICIT_DENY[\s\S]*no identity-based or resource-based policy allows/);
  });

  test('passes options through (context keys)', () => {
    const role = new Role(new Stack(new App(), 'S'), 'R', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], conditions: { Bool: { 'aws:SecureTransport': 'true' } } }));
    expect(role).toBeAllowed('s3:GetObject', 'arn:aws:s3:::b/k', { context: { 'aws:SecureTransport': ['true'] } });
    expect(role).not.toBeAllowed('s3:GetObject', 'arn:aws:s3:::b/k');
  });

  test('fails for something that is not a grantable', () => {
    const result = accessMatchers.toBeAllowed(42, 's3:GetObject', '*');
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(/expected a principal or grantable/);
  });
});
