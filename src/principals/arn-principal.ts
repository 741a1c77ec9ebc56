import { PrincipalBase } from './principal-base';
import { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';

/**
 * Specify a principal by the Amazon Resource Name (ARN).
 *
 * You can specify AWS accounts, IAM users, Federated SAML users, IAM roles, and specific assumed-role sessions.
 * You cannot specify IAM groups or instance profiles as principals.
 *
 * Renders as `{ "AWS": "<arn>" }`.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 *
 * @example
 * const principal = new ArnPrincipal('arn:aws:iam::123456789012:role/deployer');
 */
export class ArnPrincipal extends PrincipalBase {
  /**
   * Amazon Resource Name (ARN) of the principal entity.
   */
  public readonly arn: string;

  /**
   * @param arn Amazon Resource Name (ARN) of the principal entity (i.e. arn:aws:iam::123456789012:user/user-name)
   */
  constructor(arn: string) {
    super();
    this.arn = arn;
  }

  /**
   * `{ AWS: [arn] }`, without conditions.
   */
  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment({ AWS: [this.arn] });
  }

  /**
   * `ArnPrincipal(<arn>)`.
   */
  public toString(): string {
    return `ArnPrincipal(${this.arn})`;
  }

  /**
   * A convenience method for adding a condition that the principal is part of the specified
   * AWS Organization.
   *
   * Adds `StringEquals: { 'aws:PrincipalOrgID': organizationId }`.
   *
   * @param organizationId the organization ID, e.g. `o-a1b2c3d4e5`
   */
  public inOrganization(organizationId: string): PrincipalBase {
    return this.withConditions({
      StringEquals: { 'aws:PrincipalOrgID': organizationId },
    });
  }

  /**
   * `ArnPrincipal:<arn>`.
   */
  public dedupeString(): string | undefined {
    return `ArnPrincipal:${this.arn}`;
  }
}
