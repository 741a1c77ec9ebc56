import type { IamLimits } from '../limits';

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
