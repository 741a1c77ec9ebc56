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

/** The limits with every default filled in. */
export type ResolvedIamLimits = Required<IamLimits>;

/** The IAM defaults. */
export const DEFAULT_LIMITS: ResolvedIamLimits = {
  roleInlinePolicySize: 10240,
  userInlinePolicySize: 2048,
  groupInlinePolicySize: 5120,
  managedPolicySize: 6144,
  trustPolicySize: 2048,
  attachedManagedPoliciesQuota: 10,
  attachedManagedPoliciesMax: 20,
};

/** Fill in defaults. */
export function resolveLimits(limits: IamLimits | undefined): ResolvedIamLimits {
  const out: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(limits ?? {})) {
    if (typeof v === 'number') { out[k] = v; }
  }
  return out as ResolvedIamLimits;
}
