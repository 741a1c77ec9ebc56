import type { aws_iam as cdk_iam } from 'aws-cdk-lib';
import { IamError } from '../core';
import { Grant } from '../grants/grant';
import type { IPrincipal } from '../policy/principal';

const SERVICE_PRINCIPAL = Symbol.for('cdk-iam-kit.ServicePrincipal');
const ACCOUNT_PRINCIPAL = Symbol.for('cdk-iam-kit.AccountPrincipal');

/**
 * Collection of grant methods for an `IRoleRef` (a role of this library, of aws-cdk-lib, or an
 * L1 `CfnRole`): they depend only on the role's ARN.
 */
export class RoleGrants {
  /**
   * Creates grants for IRoleRef.
   *
   * @param role the role the grants are about
   */
  public static fromRole(role: cdk_iam.IRoleRef): RoleGrants {
    return new RoleGrants(role);
  }

  private constructor(private readonly role: cdk_iam.IRoleRef) {}

  /**
   * Grant permissions to the given principal to assume this role.
   *
   * @param identity the principal
   */
  public assumeRole(identity: IPrincipal): Grant {
    if (isBranded(identity, SERVICE_PRINCIPAL, 'ServicePrincipal') || isBranded(identity, ACCOUNT_PRINCIPAL, 'AccountPrincipal')) {
      throw new IamError(this.role, 'CannotServiceAccountPrincipalGrant',
        'Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead.; '
        + 'add the principal to the role\'s trust policy with role.assumeRolePolicy?.addStatements(...)');
    }
    return Grant.addToPrincipal({ grantee: identity, actions: ['sts:AssumeRole'], resourceArns: [this.role.roleRef.roleArn] });
  }

  /**
   * Grant permissions to the given principal to pass this role.
   *
   * @param identity the principal
   */
  public passRole(identity: IPrincipal): Grant {
    return Grant.addToPrincipal({ grantee: identity, actions: ['iam:PassRole'], resourceArns: [this.role.roleRef.roleArn] });
  }
}

/**
 * Brand check for the principal classes (src/principals may set the brand symbol), falling back
 * to the class chain's names, so that aws-cdk-lib's own ServicePrincipal/AccountPrincipal (and
 * subclasses such as AccountRootPrincipal) are recognised too.
 */
function isBranded(x: object, brand: symbol, className: string): boolean {
  if ((x as any)[brand] === true) { return true; }
  for (let proto = Object.getPrototypeOf(x); proto; proto = Object.getPrototypeOf(proto)) {
    if (proto.constructor?.name === className) { return true; }
  }
  return false;
}
