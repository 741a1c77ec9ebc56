import { Fn } from 'aws-cdk-lib';
import { newStack } from './harness';
import { OrganizationPrincipal } from '../../src/principals';

describe('OrganizationPrincipal', () => {
  test('renders any principal in the organization (IAM docs: aws:PrincipalOrgID)', () => {
    // GIVEN https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid
    const principal = new OrganizationPrincipal('o-a1b2c3d4e5');

    // THEN
    expect(principal.policyFragment.principalJson).toEqual({ AWS: ['*'] });
    expect(principal.policyFragment.conditions).toEqual({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } });
    expect(principal.toString()).toEqual('OrganizationPrincipal(o-a1b2c3d4e5)');
  });

  test('accepts IDs of 10 to 32 lowercase letters and digits', () => {
    expect(new OrganizationPrincipal('o-0123456789').organizationId).toEqual('o-0123456789');
    expect(new OrganizationPrincipal(`o-${'a'.repeat(32)}`).organizationId).toHaveLength(34);
  });

  test('accepts a token and renders it', () => {
    const stack = newStack();
    const principal = new OrganizationPrincipal(Fn.importValue('OrgId'));
    expect(stack.resolve(principal.policyFragment.conditions)).toEqual({ StringEquals: { 'aws:PrincipalOrgID': { 'Fn::ImportValue': 'OrgId' } } });
  });

  test.each([
    ['a root ID', 'r-abcd'],
    ['an account ID', '123456789012'],
    ['upper case', 'o-ABCDEFGHIJ'],
    ['too short', 'o-abc'],
    ['too long', `o-${'a'.repeat(33)}`],
    ['an OU ID', 'ou-abcd-12345678'],
    ['an empty string', ''],
  ])('throws for %s', (_name, id) => {
    expect(() => new OrganizationPrincipal(id)).toThrow(/\[InvalidOrganizationId\]/);
  });
});
