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
  // the common case (no limit raised) shares one frozen object: rules only read the limits
  if (limits === undefined || !hasNumber(limits)) { return FROZEN_DEFAULTS; }
  const out: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(limits ?? {})) {
    if (typeof v === 'number') { out[k] = v; }
  }
  return out as ResolvedIamLimits;
}

const FROZEN_DEFAULTS: ResolvedIamLimits = Object.freeze({ ...DEFAULT_LIMITS });

function hasNumber(limits: IamLimits): boolean {
  for (const v of Object.values(limits)) {
    if (typeof v === 'number') { return true; }
  }
  return false;
}
