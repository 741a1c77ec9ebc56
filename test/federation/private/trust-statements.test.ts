import {
  FederatedKind, githubSubjects, hasAudienceCondition, isAnyOwnerSubject, isGithubIssuer, isWebIdentityTrust, joinedLiteral,
  kindOfLiteral, referencedLogicalId,
} from '../../../src/federation/private/trust-statements';

describe('trust statement reading', () => {
  test.each<[string, FederatedKind]>([
    ['arn:aws:iam::123456789012:oidc-provider/auth.example.com', FederatedKind.OIDC],
    ['arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com', FederatedKind.GITHUB],
    ['arn:aws-cn:iam::123456789012:oidc-provider/token.actions.githubusercontent.com/my-enterprise', FederatedKind.GITHUB],
    ['arn:aws:iam::123456789012:saml-provider/idp', FederatedKind.OTHER],
    ['cognito-identity.amazonaws.com', FederatedKind.OTHER],
  ])('classifies %s as %s', (value, kind) => {
    expect(kindOfLiteral(value)).toBe(kind);
  });

  test.each<[string, boolean]>([
    ['https://token.actions.githubusercontent.com', true],
    ['token.actions.githubusercontent.com/', true],
    ['https://token.actions.githubusercontent.com.evil.example', false],
  ])('isGithubIssuer(%s) is %s', (issuer, expected) => {
    expect(isGithubIssuer(issuer)).toBe(expected);
  });

  test.each<[unknown, boolean]>([
    ['*', true],
    ['repo:*', true],
    ['repo:*/app:*', true],
    ['repo:org?/app:*', true],
    ['repo:/app:*', true],
    ['repo:org/*:*', false],
    ['repo:org/app:ref:refs/heads/*', false],
    ['repository_owner:org', false],
    [{ Ref: 'Sub' }, false],
  ])('isAnyOwnerSubject(%j) is %s', (subject, expected) => {
    expect(isAnyOwnerSubject(subject)).toBe(expected);
  });

  test('reads web identity trusts, references and joined ARNs', () => {
    expect(isWebIdentityTrust({ Effect: 'Allow', Action: ['sts:TagSession', 'sts:AssumeRoleWithWebIdentity'] })).toBe(true);
    expect(isWebIdentityTrust({ Effect: 'Deny', Action: 'sts:AssumeRoleWithWebIdentity' })).toBe(false);
    expect(isWebIdentityTrust({ Effect: 'Allow', Action: 'sts:AssumeRole' })).toBe(false);
    expect(referencedLogicalId({ Ref: 'P' })).toBe('P');
    expect(referencedLogicalId({ 'Fn::GetAtt': ['P', 'Arn'] })).toBe('P');
    expect(referencedLogicalId('x')).toBeUndefined();
    expect(joinedLiteral({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::1:oidc-provider/a']] })).toBe('arn:*:iam::1:oidc-provider/a');
  });

  test('finds aud and GitHub sub conditions under any operator, case-insensitively', () => {
    const statement = { Condition: { 'ForAnyValue:StringLike': { 'Token.Actions.GithubUserContent.com:Sub': ['repo:a/b:*'] }, 'StringEquals': { 'x:AUD': 'y' } } };
    expect(hasAudienceCondition(statement)).toBe(true);
    expect(githubSubjects(statement)).toEqual(['repo:a/b:*']);
    expect(hasAudienceCondition({ Condition: { StringEquals: { 'x:sub': 'y' } } })).toBe(false);
    expect(githubSubjects({})).toBeUndefined();
  });
});
