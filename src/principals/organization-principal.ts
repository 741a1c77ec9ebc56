import { Token } from 'aws-cdk-lib';
import { PrincipalBase } from './principal-base';
import { IamError } from '../core/errors';
import { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';

/** The organization ID shape AWS Organizations documents. */
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;

/**
 * A principal that represents an AWS Organization.
 *
 * Renders as `{ "AWS": "*" }` with the condition
 * `StringEquals: { "aws:PrincipalOrgID": "<organizationId>" }`.
 *
 * @example
 * const principal = new OrganizationPrincipal('o-a1b2c3d4e5');
 */
export class OrganizationPrincipal extends PrincipalBase {
  /**
   * The unique identifier (ID) of the organization.
   */
  public readonly organizationId: string;

  /**
   * @param organizationId The unique identifier (ID) of an organization (i.e. o-12345abcde).
   * It must match regex pattern ^o-[a-z0-9]{10,32}$ (not checked when it is a token).
   * @see https://docs.aws.amazon.com/organizations/latest/APIReference/API_Organization.html
   */
  constructor(organizationId: string) {
    super();
    if (!Token.isUnresolved(organizationId) && !ORGANIZATION_ID.test(organizationId)) {
      throw new IamError(undefined, 'InvalidOrganizationId',
        `Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, received '${organizationId}'; ` +
        "pass the organization ID (such as 'o-a1b2c3d4e5'), not the root ('r-...') or an account ID");
    }
    this.organizationId = organizationId;
  }

  /**
   * `{ AWS: ['*'] }` with `StringEquals: { 'aws:PrincipalOrgID': organizationId }`.
   */
  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment(
      { AWS: ['*'] },
      { StringEquals: { 'aws:PrincipalOrgID': this.organizationId } });
  }

  /**
   * `OrganizationPrincipal(<organizationId>)`.
   */
  public toString(): string {
    return `OrganizationPrincipal(${this.organizationId})`;
  }

  /**
   * `OrganizationPrincipal:<organizationId>`.
   */
  public dedupeString(): string | undefined {
    return `OrganizationPrincipal:${this.organizationId}`;
  }
}
