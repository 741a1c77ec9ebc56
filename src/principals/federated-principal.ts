import { PrincipalBase } from './principal-base';
import { PrincipalPolicyFragment } from '../policy/principal-policy-fragment';

/**
 * Principal entity that represents a federated identity provider such as Amazon Cognito,
 * that can be used to provide temporary security credentials to users who have been authenticated.
 *
 * Additional condition keys are available when the temporary security credentials are used to make a request.
 * You can use these keys to write policies that limit the access of federated users.
 * Renders as `{ "Federated": "<federated>" }` with the given conditions.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
 *
 * @example
 * const principal = new FederatedPrincipal('cognito-identity.amazonaws.com', {
 *   StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-abcd-abcd-abcd-123456789012' },
 * }, 'sts:AssumeRoleWithWebIdentity');
 */
export class FederatedPrincipal extends PrincipalBase {
  /**
   * The federated identity provider (i.e. 'cognito-identity.amazonaws.com').
   */
  public readonly federated: string;

  /**
   * When this Principal is used in an AssumeRole policy, the action to use.
   */
  public readonly assumeRoleAction: string;

  /**
   * The conditions under which the policy is in effect.
   *
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
   */
  public readonly conditions: { [key: string]: any };

  /**
   * @param federated federated identity provider (i.e. 'cognito-identity.amazonaws.com' for users authenticated through Cognito)
   * @param conditions The conditions under which the policy is in effect.
   *   See [the IAM documentation](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
   * @param assumeRoleAction the action federated users use to assume a role
   */
  constructor(federated: string, conditions: { [key: string]: any } = {}, assumeRoleAction: string = 'sts:AssumeRole') {
    super();
    this.federated = federated;
    this.conditions = conditions;
    this.assumeRoleAction = assumeRoleAction;
  }

  /**
   * `{ Federated: [federated] }` with the conditions.
   */
  public get policyFragment(): PrincipalPolicyFragment {
    return new PrincipalPolicyFragment({ Federated: [this.federated] }, this.conditions);
  }

  /**
   * `FederatedPrincipal(<federated>)`.
   */
  public toString(): string {
    return `FederatedPrincipal(${this.federated})`;
  }

  /**
   * `FederatedPrincipal:<federated>:<assumeRoleAction>:<conditions as JSON>`.
   */
  public dedupeString(): string | undefined {
    return `FederatedPrincipal:${this.federated}:${this.assumeRoleAction}:${JSON.stringify(this.conditions)}`;
  }
}
