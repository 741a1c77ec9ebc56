import { newStack, ourStatementJson, ourTrustJson } from './harness';
import { PolicyStatement } from '../../src/policy';
import {
  AnyPrincipal, ArnPrincipal, CompositePrincipal, OrganizationPrincipal, ServicePrincipal, StarPrincipal, WebIdentityPrincipal,
} from '../../src/principals';

describe('CompositePrincipal', () => {
  test('merges its components into one Principal element', () => {
    // GIVEN
    const stack = newStack();
    const principal = new CompositePrincipal(
      new ServicePrincipal('lambda.amazonaws.com'),
      new ArnPrincipal('arn:aws:iam::123456789012:role/a'),
      new ServicePrincipal('edgelambda.amazonaws.com'));

    // THEN
    expect(ourStatementJson(stack, principal)).toEqual({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Principal: {
        Service: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'],
        AWS: 'arn:aws:iam::123456789012:role/a',
      },
    });
  });

  test('gives each component its own trust statement, with its own action and conditions', () => {
    // GIVEN
    const stack = newStack();
    const principal = new CompositePrincipal(
      new ServicePrincipal('ec2.amazonaws.com'),
      new WebIdentityPrincipal('cognito-identity.amazonaws.com', { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'pool' } }));

    // THEN
    expect(principal.assumeRoleAction).toEqual('sts:AssumeRole');
    expect(ourTrustJson(stack, principal)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } },
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRoleWithWebIdentity',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'pool' } },
        },
      ],
    });
  });

  test('addPrincipals appends and returns the composite', () => {
    const first = new ServicePrincipal('sns');
    const second = new ServicePrincipal('sqs');
    const composite = new CompositePrincipal(first);
    expect(composite.addPrincipals(second)).toBe(composite);
    expect(composite.principals).toEqual([first, second]);
    expect(composite.toString()).toEqual('CompositePrincipal(ServicePrincipal(sns),ServicePrincipal(sqs))');
    expect(composite.dedupeString()).toEqual('CompositePrincipal[ServicePrincipal:sns:{},ServicePrincipal:sqs:{}]');
  });

  test('throws when constructed without principals', () => {
    expect(() => new CompositePrincipal()).toThrow(/\[EmptyCompositePrincipal\]/);
  });

  test('throws when a component with conditions is written into a statement', () => {
    // GIVEN
    const principal = new CompositePrincipal(new ServicePrincipal('sns'), new OrganizationPrincipal('o-abcdefghij'));

    // THEN
    expect(() => principal.policyFragment).toThrow(/\[CompositePrincipalConditions\]/);
    expect(() => new PolicyStatement({ actions: ['sns:Publish'], principals: [principal] })).toThrow(/\[CompositePrincipalConditions\]/);
  });

  test('throws when a literal * is combined with a typed principal', () => {
    const principal = new CompositePrincipal(new StarPrincipal(), new AnyPrincipal());
    expect(() => principal.policyFragment).toThrow(/\[LiteralPrincipalConflict\]/);
  });
});
