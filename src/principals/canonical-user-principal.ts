import { PrincipalBase } from './principal-base';
import { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';

/**
 * A policy principal for canonicalUserIds - useful for S3 bucket policies that use
 * Origin Access identities.
 *
 * Renders as `{ "CanonicalUser": "<canonicalUserId>" }`.
 *
 * See https://docs.aws.amazon.com/general/latest/gr/acct-identifiers.html
 * and https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
 * for more details.
 *
 * @example
 * const principal = new CanonicalUserPrincipal('79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be');
 */
export class CanonicalUserPrincipal extends PrincipalBase {
  /**
   * The canonical user ID.
   */
  public readonly canonicalUserId: string;

  /**
   * @param canonicalUserId unique identifier assigned by AWS for every account.
   *   root user and IAM users for an account all see the same ID.
   *   (i.e. 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be)
   */
  constructor(canonicalUserId: string) {
    super();
    this.canonicalUserId = canonicalUserId;
  }

  /**
   * `{ CanonicalUser: [canonicalUserId] }`.
   */
  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment({ CanonicalUser: [this.canonicalUserId] });
  }

  /**
   * `CanonicalUserPrincipal(<canonicalUserId>)`.
   */
  public toString(): string {
    return `CanonicalUserPrincipal(${this.canonicalUserId})`;
  }

  /**
   * `CanonicalUserPrincipal:<canonicalUserId>`.
   */
  public dedupeString(): string | undefined {
    return `CanonicalUserPrincipal:${this.canonicalUserId}`;
  }
}
