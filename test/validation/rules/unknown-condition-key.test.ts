import { run, table, target } from './helpers';
import { unknownConditionKey } from '../../../src/validation/rules/unknown-condition-key';

const c = (Condition: object) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition });

describe('UnknownConditionKey', () => {
  table(unknownConditionKey, [
    ['a global key', c({ StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }), false],
    ['a global key in other letter case', c({ StringEquals: { 'AWS:principalorgid': 'o-1' } }), false],
    ['a tag key with a suffix', c({ StringEquals: { 'aws:ResourceTag/team': 'a' } }), false],
    ['a service key', c({ StringLike: { 's3:prefix': 'home/' } }), false],
    ['a service key with a suffix', c({ StringEquals: { 's3:ExistingObjectTag/team': 'a' } }), false],
    ['an identity provider key', c({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:*' } }), false],
    ['a misspelt global key', c({ StringEquals: { 'aws:PrincipalOrgId2': 'o-1' } }), true],
    ['an unknown service key', c({ StringEquals: { 's3:Prefixx': 'a' } }), true],
  ]);

  test('suggests the closest key', () => {
    const [f] = run(unknownConditionKey, target([c({ StringEquals: { 'aws:SourceAcount': '123456789012' } })]));
    expect(f.message).toContain("did you mean 'aws:SourceAccount'?");
  });
});
