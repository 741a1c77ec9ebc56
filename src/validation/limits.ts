/**
 * IAM quotas the validator checks. Raise one where your account has a raised quota.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export interface IamLimits {
  /**
   * Aggregate size of all inline policies of one role, in characters without whitespace.
   *
   * @default 10240
   */
  readonly roleInlinePolicySize?: number;

  /**
   * Aggregate size of all inline policies of one user.
   *
   * @default 2048
   */
  readonly userInlinePolicySize?: number;

  /**
   * Aggregate size of all inline policies of one group.
   *
   * @default 5120
   */
  readonly groupInlinePolicySize?: number;

  /**
   * Size of one customer managed policy document.
   *
   * @default 6144
   */
  readonly managedPolicySize?: number;

  /**
   * Size of a role trust policy (the default quota; it can be raised to 4096).
   *
   * @default 2048
   */
  readonly trustPolicySize?: number;

  /**
   * Managed policies attached to one role, user or group above which a warning is given
   * (the default quota).
   *
   * @default 10
   */
  readonly attachedManagedPoliciesQuota?: number;

  /**
   * Managed policies attached to one role, user or group above which IAM rejects the entity
   * (the highest quota AWS grants).
   *
   * @default 20
   */
  readonly attachedManagedPoliciesMax?: number;
}
