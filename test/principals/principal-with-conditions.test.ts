import { Fn, Lazy } from 'aws-cdk-lib';
import { newStack, ourTrustJson } from './harness';
import { PolicyDocument, PolicyStatement } from '../../src/policy';
import { ArnPrincipal, OrganizationPrincipal, PrincipalWithConditions, ServicePrincipal } from '../../src/principals';

describe('PrincipalWithConditions', () => {
  test('renders the conditions in the trust policy (IAM docs: third-party access with an external ID)', () => {
    // GIVEN https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html
    const stack = newStack({ account: '111111111111', region: 'us-east-1' });
    const principal = new ArnPrincipal('arn:aws:iam::999999999999:root').withConditions({
      StringEquals: { 'sts:ExternalId': 'Unique ID Assigned by Example Corp' },
    });

    // THEN
    expect(ourTrustJson(stack, principal)).toEqual({
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Principal: { AWS: 'arn:aws:iam::999999999999:root' },
        Condition: { StringEquals: { 'sts:ExternalId': 'Unique ID Assigned by Example Corp' } },
      }],
    });
  });

  test('merges its conditions with those of the wrapped principal, the added value winning per key', () => {
    // GIVEN
    const principal = new OrganizationPrincipal('o-abcdefghij').withConditions({
      StringEquals: { 'aws:PrincipalTag/team': 'infra' },
      Bool: { 'aws:SecureTransport': 'true' },
    }) as PrincipalWithConditions;

    // THEN
    expect(principal.conditions).toEqual({
      StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij', 'aws:PrincipalTag/team': 'infra' },
      Bool: { 'aws:SecureTransport': 'true' },
    });
    expect(principal.policyFragment.principalJson).toEqual({ AWS: ['*'] });
    expect(principal.toString()).toEqual('OrganizationPrincipal(o-abcdefghij)');
    expect(principal.toJSON()).toEqual({ AWS: ['*'] });
  });

  test('addCondition merges keys under an operator and addConditions overwrites per key', () => {
    // GIVEN
    const principal = new PrincipalWithConditions(new ArnPrincipal('arn:aws:iam::123456789012:root'), { StringEquals: { a: '1' } });

    // WHEN
    principal.addCondition('StringEquals', { b: '2' });
    principal.addConditions({ StringEquals: { a: '3' }, StringLike: { c: 'x*' } });

    // THEN
    expect(principal.conditions).toEqual({ StringEquals: { a: '3', b: '2' }, StringLike: { c: 'x*' } });
  });

  test('does not modify the conditions object it was given', () => {
    const given = { StringEquals: { a: '1' } };
    const principal = new PrincipalWithConditions(new ArnPrincipal('arn:aws:iam::123456789012:root'), given);
    principal.addCondition('StringEquals', { b: '2' });
    principal.addCondition('Bool', { c: 'true' });
    expect(given).toEqual({ StringEquals: { a: '1' } });
  });

  test('accepts a token as the value of an operator that is not merged', () => {
    // GIVEN
    const stack = newStack();
    const principal = new ServicePrincipal('sns').withConditions({ StringEquals: Lazy.any({ produce: () => ({ 'aws:SourceAccount': '1' }) }) });

    // THEN
    expect(stack.resolve(principal.policyFragment.conditions)).toEqual({ StringEquals: { 'aws:SourceAccount': '1' } });
  });

  test('puts the conditions on statements written with it', () => {
    const stack = newStack();
    const statement = new PolicyStatement({
      actions: ['s3:GetObject'],
      resources: ['*'],
      principals: [new ArnPrincipal('arn:aws:iam::123456789012:root').inOrganization('o-abcdefghij')],
    });
    expect(stack.resolve(statement.toStatementJson())).toEqual({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Principal: { AWS: 'arn:aws:iam::123456789012:root' },
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } },
    });
  });

  test('throws when a condition is not an object', () => {
    const principal = new PrincipalWithConditions(new ArnPrincipal('arn:aws:iam::123456789012:root'), {});
    expect(() => principal.addCondition('StringEquals', 'aws:SourceAccount')).toThrow(/\[InvalidCondition\]/);
    expect(() => principal.addCondition('StringEquals', ['a'])).toThrow(/\[InvalidCondition\]/);
    expect(() => principal.addConditions({ Bool: null })).toThrow(/\[InvalidCondition\]/);
  });

  test('throws when an operator of the principal and an added one must be merged and one is a token', () => {
    // GIVEN
    const principal = new OrganizationPrincipal('o-abcdefghij').withConditions({ StringEquals: Fn.importValue('Conditions') });

    // THEN
    expect(() => principal.policyFragment).toThrow(/\[UnmergeableConditions\]/);
    expect(() => new PolicyDocument().addStatements(new PolicyStatement({ actions: ['a:b'], principals: [principal] })))
      .toThrow(/\[UnmergeableConditions\]/);
  });
});
