import { AccountPrincipal } from './account-principal';
import { stackAccountToken } from '../policy/private/service-principal-name';

/**
 * Use the AWS account into which a stack is deployed as the principal entity in a policy.
 *
 * Renders as `{ "AWS": "arn:<partition>:iam::<account>:root" }`, with the account and partition
 * of the stack the policy is in (`AWS::AccountId` / `AWS::Partition` for environment-agnostic stacks).
 *
 * @example
 * const principal = new AccountRootPrincipal();
 */
export class AccountRootPrincipal extends AccountPrincipal {
  constructor() {
    super(stackAccountToken());
  }

  /**
   * `AccountRootPrincipal()`.
   */
  public toString(): string {
    return 'AccountRootPrincipal()';
  }
}
