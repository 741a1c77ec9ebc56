import { Lazy, Token } from 'aws-cdk-lib';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import {
  accountPrincipal, accountRootPrincipal, anyPrincipal, arnPrincipal, canonicalUserPrincipal,
  federatedPrincipal, jsonPrincipal, servicePrincipal,
} from '../../../src/policy/private/fixed-principal';
import { resolveInStack } from '../differential';

const ACCOUNT = '123456789012';

describe('FixedPrincipal', () => {
  test.each<[string, () => any, () => any]>([
    ['arnPrincipal', () => arnPrincipal('arn:aws:iam::1:role/R'), () => new cdkIam.ArnPrincipal('arn:aws:iam::1:role/R')],
    ['accountPrincipal', () => accountPrincipal(ACCOUNT), () => new cdkIam.AccountPrincipal(ACCOUNT)],
    ['accountRootPrincipal', () => accountRootPrincipal(), () => new cdkIam.AccountRootPrincipal()],
    ['anyPrincipal', () => anyPrincipal(), () => new cdkIam.AnyPrincipal()],
    ['servicePrincipal', () => servicePrincipal('lambda', { conditions: { Bool: { a: 'true' } } }),
      () => new cdkIam.ServicePrincipal('lambda', { conditions: { Bool: { a: 'true' } } })],
    ['federatedPrincipal', () => federatedPrincipal('cognito-identity.amazonaws.com', { StringEquals: { a: 'b' } }, 'sts:AssumeRoleWithWebIdentity'),
      () => new cdkIam.FederatedPrincipal('cognito-identity.amazonaws.com', { StringEquals: { a: 'b' } }, 'sts:AssumeRoleWithWebIdentity')],
    ['canonicalUserPrincipal', () => canonicalUserPrincipal('abc'), () => new cdkIam.CanonicalUserPrincipal('abc')],
  ])('%s matches the aws-cdk-lib principal', (_name, ours, theirs) => {
    const [a, b] = [ours(), theirs()];
    expect(resolveInStack(a.policyFragment)).toEqual(resolveInStack(b.policyFragment));
    expect(a.toString()).toEqual(b.toString());
    expect(a.assumeRoleAction).toEqual(b.assumeRoleAction);
    expect(resolveInStack(a.toJSON())).toEqual(resolveInStack(b.toJSON()));
    expect(a.principalAccount === undefined).toEqual(b.principalAccount === undefined);
    if (!/Token/.test(b.dedupeString())) {
      expect(a.dedupeString()).toEqual(b.dedupeString());
    }
  });

  test('jsonPrincipal keeps the JSON as written and "*" as a literal', () => {
    expect(jsonPrincipal({ AWS: 'arn:aws:iam::1:root' }).policyFragment.principalJson).toEqual({ AWS: 'arn:aws:iam::1:root' });
    expect(jsonPrincipal('*').policyFragment.principalJson).toEqual({ LiteralString: ['*'] });
    expect(jsonPrincipal({ AWS: 'a' }).dedupeString()).toEqual(jsonPrincipal({ AWS: 'a' }).dedupeString());
  });

  test.each([[3], [null], [['a']]])('jsonPrincipal throws for %j', (json) => {
    expect(() => jsonPrincipal(json)).toThrow(/\[InvalidPolicyJson\]/);
  });

  test('accountPrincipal accepts a token account id and throws for a concrete non-string', () => {
    const token = Token.asNumber(Lazy.number({ produce: () => 123456789012 }));
    expect(() => accountPrincipal(token as any)).not.toThrow();
    expect(() => accountPrincipal(123456789012 as any)).toThrow(/\[InvalidAccountId\]/);
  });

  test('has no policy of its own and is its own grant principal', () => {
    const p = arnPrincipal('a');
    expect(p.grantPrincipal).toBe(p);
    expect(p.addToPrincipalPolicy(new cdkIam.PolicyStatement())).toEqual({ statementAdded: false });
  });
});
