import { Duration } from 'aws-cdk-lib';
import type { aws_iam as iam_refs } from 'aws-cdk-lib/interfaces';
import { Construct } from 'constructs';
import { GithubActionsIdentityProvider } from './github-actions-identity-provider';
import { GithubActionsPrincipal, GithubActionsRepository } from './github-actions-principal';
import type { IManagedPolicy } from '../identities/managed-policy';
import { Role } from '../identities/role';
import type { PolicyDocument } from '../policy/policy-document';

/**
 * Properties of a role for GitHub Actions workflows.
 */
export interface GithubActionsRoleProps {
  /**
   * The repositories whose workflows may assume the role (at least one).
   */
  readonly repositories: GithubActionsRepository[];

  /**
   * The GitHub Actions OIDC provider.
   *
   * @default - the provider that already exists in the account (`GithubActionsIdentityProvider.fromAccount`)
   */
  readonly provider?: iam_refs.IOIDCProviderRef;

  /**
   * A name for the role.
   *
   * @default - a generated name
   */
  readonly roleName?: string;

  /**
   * A description of the role.
   *
   * @default - none
   */
  readonly description?: string;

  /**
   * Managed policies attached to the role.
   *
   * @default - none
   */
  readonly managedPolicies?: IManagedPolicy[];

  /**
   * Inline policies of the role, by name.
   *
   * @default - none
   */
  readonly inlinePolicies?: { [name: string]: PolicyDocument };

  /**
   * The path of the role.
   *
   * @default /
   */
  readonly path?: string;

  /**
   * The permissions boundary of the role.
   *
   * @default - none
   */
  readonly permissionsBoundary?: IManagedPolicy;

  /**
   * The maximum session duration (1 to 12 hours).
   *
   * @default Duration.hours(1)
   */
  readonly maxSessionDuration?: Duration;
}

/**
 * An IAM role that GitHub Actions workflows of given repositories assume with
 * `aws-actions/configure-aws-credentials` (`role-to-assume`).
 *
 * Its trust is a `GithubActionsPrincipal`: `aud` must be `sts.amazonaws.com` and `sub` one of the
 * repositories' patterns; an empty list or a wildcard owner is refused.
 *
 * @example
 * new GithubActionsRole(this, 'DeployRole', {
 *   repositories: [{ owner: 'my-org', repo: 'my-app', branch: 'main' }],
 * });
 */
export class GithubActionsRole extends Role {
  /**
   * The principal the role trusts.
   */
  public readonly githubPrincipal: GithubActionsPrincipal;

  /**
   * @param scope The definition scope
   * @param id Construct ID
   * @param props the repositories and the role's settings
   */
  constructor(scope: Construct, id: string, props: GithubActionsRoleProps) {
    const provider = props.provider ?? GithubActionsIdentityProvider.fromAccount(scope, `${id}Provider`);
    const principal = new GithubActionsPrincipal(provider, props.repositories);
    super(scope, id, {
      assumedBy: principal,
      roleName: props.roleName,
      description: props.description,
      managedPolicies: props.managedPolicies,
      inlinePolicies: props.inlinePolicies,
      path: props.path,
      permissionsBoundary: props.permissionsBoundary,
      maxSessionDuration: props.maxSessionDuration,
    });
    this.githubPrincipal = principal;
  }
}
