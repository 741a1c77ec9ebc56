import type { aws_iam as iam_refs } from 'aws-cdk-lib/interfaces';
import { IamError, isUnresolved } from '../core';
import { OpenIdConnectPrincipal } from '../principals/open-id-connect-principal';
import { GITHUB_ISSUER_HOST } from './private/trust-statements';

/** The audience GitHub Actions requests for AWS (`aws-actions/configure-aws-credentials`). */
const GITHUB_AUDIENCE = 'sts.amazonaws.com';

/**
 * A GitHub repository (and optionally a branch, tag, environment or pull requests of it) whose
 * GitHub Actions workflows may assume a role.
 */
export interface GithubActionsRepository {
  /**
   * The owner (user or organization) of the repository. Must be a name: a wildcard here would
   * let repositories of other owners in, so it is refused.
   *
   * @example 'my-org'
   */
  readonly owner: string;

  /**
   * The repository name, or `*` for every repository of the owner.
   *
   * @example 'my-app'
   */
  readonly repo: string;

  /**
   * Only workflows running on this branch (`ref:refs/heads/<branch>`; wildcards allowed).
   *
   * @default - any branch, tag, environment or pull request (unless another filter is given)
   */
  readonly branch?: string;

  /**
   * Only workflows running on this tag (`ref:refs/tags/<tag>`; wildcards allowed).
   *
   * @default - no tag filter
   */
  readonly tag?: string;

  /**
   * Only jobs that reference this GitHub environment (`environment:<name>`).
   *
   * @default - no environment filter
   */
  readonly environment?: string;

  /**
   * Only workflows triggered by pull requests (`pull_request`).
   *
   * @default false
   */
  readonly pullRequest?: boolean;

  /**
   * Any other `sub` claim suffix, written after `repo:<owner>/<repo>:` (e.g. `ref:refs/heads/release/*`).
   *
   * @default - no other filter
   */
  readonly filter?: string;
}

/**
 * The principal of GitHub Actions workflows of given repositories, through the GitHub OIDC provider.
 *
 * Renders `{ "Federated": "<provider ARN>" }` with `sts:AssumeRoleWithWebIdentity`, requiring
 * `token.actions.githubusercontent.com:aud` = `sts.amazonaws.com` and a
 * `token.actions.githubusercontent.com:sub` of `repo:<owner>/<repo>:<filter>` (`StringLike`).
 * Refuses an empty repository list (`GithubTrustWithoutSub`) and an owner with a wildcard
 * (`GithubTrustAnyOwner`), the misconfigurations that let any GitHub repository assume the role.
 *
 * @see https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services
 *
 * @example
 * declare const provider: GithubActionsIdentityProvider;
 * const principal = new GithubActionsPrincipal(provider, [{ owner: 'my-org', repo: 'my-app', branch: 'main' }]);
 */
export class GithubActionsPrincipal extends OpenIdConnectPrincipal {
  /**
   * The `sub` claim pattern of a repository: `repo:<owner>/<repo>:<filter>`.
   *
   * @param repository the repository and its optional filter
   */
  public static subjectOf(repository: GithubActionsRepository): string {
    validateName('owner', repository.owner, /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/);
    validateName('repo', repository.repo, /^(?:\*|[A-Za-z0-9._*?-]+)$/);
    const filters = [
      repository.branch !== undefined ? `ref:refs/heads/${repository.branch}` : undefined,
      repository.tag !== undefined ? `ref:refs/tags/${repository.tag}` : undefined,
      repository.environment !== undefined ? `environment:${repository.environment}` : undefined,
      repository.pullRequest ? 'pull_request' : undefined,
      repository.filter,
    ].filter((f): f is string => f !== undefined);
    if (filters.length > 1) {
      throw new IamError(undefined, 'GithubTrustConflictingFilters',
        `a repository may have one of branch, tag, environment, pullRequest or filter, got ${filters.length} ('${filters.join("', '")}'); `
        + 'list the repository once per filter');
    }
    return `repo:${repository.owner}/${repository.repo}:${filters[0] ?? '*'}`;
  }

  /**
   * The `sub` patterns this principal allows.
   */
  public readonly subjects: string[];

  /**
   * @param provider the GitHub OIDC provider (this library's, aws-cdk-lib's, or any `IOIDCProviderRef`)
   * @param repositories the repositories whose workflows may assume the role; at least one
   */
  constructor(provider: iam_refs.IOIDCProviderRef, repositories: GithubActionsRepository[]) {
    if (!repositories || repositories.length === 0) {
      throw new IamError(undefined, 'GithubTrustWithoutSub',
        'a GitHub Actions trust needs at least one repository, got none, and without a \'sub\' condition any GitHub repository could assume the role; '
        + 'pass e.g. [{ owner: \'my-org\', repo: \'my-app\' }]');
    }
    const subjects = [...new Set(repositories.map(r => GithubActionsPrincipal.subjectOf(r)))];
    super(provider, {
      StringEquals: { [`${GITHUB_ISSUER_HOST}:aud`]: GITHUB_AUDIENCE },
      StringLike: { [`${GITHUB_ISSUER_HOST}:sub`]: subjects.length === 1 ? subjects[0] : subjects },
    });
    this.subjects = subjects;
  }

  /**
   * `GithubActionsPrincipal(<provider ARN>)`.
   */
  public toString(): string {
    return `GithubActionsPrincipal(${this.federated})`;
  }
}

function validateName(field: string, value: string, pattern: RegExp): void {
  if (isUnresolved(value)) { return; }
  if (field === 'owner' && (value === '' || /[*?]/.test(value))) {
    throw new IamError(undefined, 'GithubTrustAnyOwner',
      `the repository owner must be a name, got '${value}', which lets repositories of any owner assume the role; name your user or organization`);
  }
  if (!pattern.test(value)) {
    throw new IamError(undefined, 'InvalidGithubRepository',
      `the GitHub ${field} '${value}' is not a valid name; use letters, digits and '-' (and '.', '_' in repository names)`);
  }
}
