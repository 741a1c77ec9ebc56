import { Token } from 'aws-cdk-lib';
import { ArnPrincipal } from './arn-principal';
import { IamError } from '../core/errors';
import { accountRootArnToken } from '../policy/private/service-principal-name';

/**
 * Specify AWS account ID as the principal entity in a policy to delegate authority to the account.
 *
 * Renders as `{ "AWS": "arn:<partition>:iam::<accountId>:root" }`, with the partition of the
 * stack the policy is in.
 *
 * @example
 * const principal = new AccountPrincipal('123456789012');
 */
export class AccountPrincipal extends ArnPrincipal {
  /**
   * AWS account ID (i.e. '123456789012').
   */
  public readonly accountId: any;

  /**
   * The AWS account ID of this principal.
   */
  public readonly principalAccount: string | undefined;

  /**
   * @param accountId AWS account ID (i.e. '123456789012')
   */
  constructor(accountId: any) {
    super(accountRootArnToken(accountId));
    if (!Token.isUnresolved(accountId) && typeof accountId !== 'string') {
      throw new IamError(undefined, 'InvalidAccountId',
        `accountId should be of type string, got '${JSON.stringify(accountId)}' (${typeof accountId}); ` +
        "pass the 12-digit account ID as a string, such as '123456789012'");
    }
    this.accountId = accountId;
    this.principalAccount = accountId;
  }

  /**
   * `AccountPrincipal(<accountId>)`.
   */
  public toString(): string {
    return `AccountPrincipal(${this.accountId})`;
  }
}
