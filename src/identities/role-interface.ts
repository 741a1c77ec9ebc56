import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import type { IIdentity } from './identity-base';
import type { Grant } from '../grants/grant';
import type { IPrincipal } from '../policy/principal';

/**
 * A Role object.
 */
export interface IRole extends IIdentity, cdk_iam.IRoleRef {
  /**
   * Returns the ARN of this role.
   *
   * @attribute
   */
  readonly roleArn: string;

  /**
   * Returns the name of this role.
   *
   * @attribute
   */
  readonly roleName: string;

  /**
   * Grant the actions defined in actions to the identity Principal on this resource.
   *
   * @param grantee the principal
   * @param actions the actions, e.g. `iam:GetRole`
   */
  grant(grantee: IPrincipal, ...actions: string[]): Grant;

  /**
   * Grant permissions to the given principal to pass this role.
   *
   * @param grantee the principal
   */
  grantPassRole(grantee: IPrincipal): Grant;

  /**
   * Grant permissions to the given principal to assume this role.
   *
   * @param grantee the principal
   */
  grantAssumeRole(grantee: IPrincipal): Grant;
}
