import { aws_iam as cdk_iam, Stack, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import {
  GithubActionsIdentityProvider, GithubActionsPrincipal, GithubActionsRepository, GithubActionsRole,
} from '../../src/federation';

/** The trust GitHub documents for AWS (docs.github.com, "Configuring OpenID Connect in Amazon Web Services"). */
function documentedTrust(federated: unknown, sub: string | string[]) {
  return {
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow',
      Action: 'sts:AssumeRoleWithWebIdentity',
      Principal: { Federated: federated },
      Condition: {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': sub },
      },
    }],
  };
}

describe('GithubActionsPrincipal', () => {
  test.each<[string, GithubActionsRepository, string]>([
    ['any ref', { owner: 'octo-org', repo: 'octo-repo' }, 'repo:octo-org/octo-repo:*'],
    ['every repository of the owner', { owner: 'octo-org', repo: '*' }, 'repo:octo-org/*:*'],
    ['a branch', { owner: 'octo-org', repo: 'octo-repo', branch: 'main' }, 'repo:octo-org/octo-repo:ref:refs/heads/main'],
    ['a tag', { owner: 'octo-org', repo: 'octo-repo', tag: 'v*' }, 'repo:octo-org/octo-repo:ref:refs/tags/v*'],
    ['an environment', { owner: 'octo-org', repo: 'octo-repo', environment: 'Production' }, 'repo:octo-org/octo-repo:environment:Production'],
    ['pull requests', { owner: 'octo-org', repo: 'octo-repo', pullRequest: true }, 'repo:octo-org/octo-repo:pull_request'],
    ['a filter', { owner: 'octo-org', repo: 'octo.repo_1', filter: 'ref:refs/heads/release/*' }, 'repo:octo-org/octo.repo_1:ref:refs/heads/release/*'],
  ])('restricts sub to %s', (_name, repository, sub) => {
    expect(GithubActionsPrincipal.subjectOf(repository)).toBe(sub);
  });

  test('trusts several repositories with one statement', () => {
    const stack = new Stack();
    const provider = GithubActionsIdentityProvider.fromAccount(stack, 'GitHub');
    const principal = new GithubActionsPrincipal(provider, [{ owner: 'o', repo: 'a' }, { owner: 'o', repo: 'b', branch: 'main' }]);
    expect(principal.subjects).toEqual(['repo:o/a:*', 'repo:o/b:ref:refs/heads/main']);
    expect(principal.assumeRoleAction).toBe('sts:AssumeRoleWithWebIdentity');
  });

  test('throws [GithubTrustWithoutSub] for no repository', () => {
    const provider = GithubActionsIdentityProvider.fromAccount(new Stack(), 'GitHub');
    expect(() => new GithubActionsPrincipal(provider, [])).toThrow(/\[GithubTrustWithoutSub\]/);
  });

  test.each(['*', 'octo*', 'oc?o', ''])('throws [GithubTrustAnyOwner] for the owner %j', owner => {
    const provider = GithubActionsIdentityProvider.fromAccount(new Stack(), 'GitHub');
    expect(() => new GithubActionsPrincipal(provider, [{ owner, repo: 'x' }])).toThrow(/\[GithubTrustAnyOwner\]/);
  });

  test.each([
    ['an owner with a slash', { owner: 'a/b', repo: 'x' }],
    ['an owner starting with a dash', { owner: '-a', repo: 'x' }],
    ['a repo with a slash', { owner: 'a', repo: 'x/y' }],
    ['an empty repo', { owner: 'a', repo: '' }],
  ])('throws [InvalidGithubRepository] for %s', (_name, repository) => {
    expect(() => GithubActionsPrincipal.subjectOf(repository)).toThrow(/\[InvalidGithubRepository\]/);
  });

  test('throws [GithubTrustConflictingFilters] for a branch and an environment', () => {
    expect(() => GithubActionsPrincipal.subjectOf({ owner: 'a', repo: 'b', branch: 'main', environment: 'prod' }))
      .toThrow(/\[GithubTrustConflictingFilters\]/);
  });

  test('accepts token owner and repository names', () => {
    expect(GithubActionsPrincipal.subjectOf({ owner: Token.asString({ Ref: 'Owner' }), repo: Token.asString({ Ref: 'Repo' }) }))
      .toMatch(/^repo:.*\/.*:\*$/);
  });
});

describe('GithubActionsIdentityProvider', () => {
  test('creates the GitHub provider with the sts.amazonaws.com client ID', () => {
    const stack = new Stack();
    new GithubActionsIdentityProvider(stack, 'GitHub');
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::OIDCProvider', {
      Url: 'https://token.actions.githubusercontent.com',
      ClientIdList: ['sts.amazonaws.com'],
      ThumbprintList: Match.absent(),
    });
  });

  test('imports the provider of the stack\'s account', () => {
    const stack = new Stack(undefined, 'S', { env: { account: '123456789012', region: 'eu-west-1' } });
    const provider = GithubActionsIdentityProvider.fromAccount(stack, 'GitHub');
    expect(stack.resolve(provider.oidcProviderArn)).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::123456789012:oidc-provider/token.actions.githubusercontent.com']],
    });
  });
});

describe('GithubActionsRole', () => {
  test('trusts a branch of a repository through a new provider, as GitHub documents', () => {
    // GIVEN
    const stack = new Stack();
    const provider = new GithubActionsIdentityProvider(stack, 'GitHub');
    // WHEN
    new GithubActionsRole(stack, 'Deploy', { provider, repositories: [{ owner: 'octo-org', repo: 'octo-repo', branch: 'main' }], roleName: 'deploy' });
    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      RoleName: 'deploy',
      AssumeRolePolicyDocument: documentedTrust({ Ref: Match.stringLikeRegexp('^GitHub') }, 'repo:octo-org/octo-repo:ref:refs/heads/main'),
    });
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
    Annotations.fromStack(stack).hasNoError('*', Match.anyValue());
  });

  test('uses the account\'s existing provider by default', () => {
    const stack = new Stack();
    new GithubActionsRole(stack, 'Deploy', { repositories: [{ owner: 'octo-org', repo: 'octo-repo' }] });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::IAM::OIDCProvider', 0);
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: documentedTrust({
        'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':oidc-provider/token.actions.githubusercontent.com']],
      }, 'repo:octo-org/octo-repo:*'),
    });
  });

  test('accepts aws-cdk-lib\'s provider', () => {
    const stack = new Stack();
    const provider = new cdk_iam.OidcProviderNative(stack, 'GitHub', { url: 'https://token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] });
    new GithubActionsRole(stack, 'Deploy', { provider, repositories: [{ owner: 'octo-org', repo: 'octo-repo', environment: 'prod' }] });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: documentedTrust({ Ref: Match.stringLikeRegexp('^GitHub') }, 'repo:octo-org/octo-repo:environment:prod'),
    });
  });

  test('throws [GithubTrustAnyOwner] for a bare * owner', () => {
    expect(() => new GithubActionsRole(new Stack(), 'R', { repositories: [{ owner: '*', repo: '*' }] })).toThrow(/\[GithubTrustAnyOwner\]/);
  });

  test('throws [GithubTrustWithoutSub] for no repository', () => {
    expect(() => new GithubActionsRole(new Stack(), 'R', { repositories: [] }))
      .toThrow(/\[GithubTrustWithoutSub\]/);
  });
});
