import { elements } from './values';
import type { RuleContext } from '../target';

/** The number of managed policies attached to a role, user or group; undefined when unknown. */
export function attachedCount(ctx: RuleContext): number | undefined {
  if (!['role', 'user', 'group'].includes(ctx.target.kind)) { return undefined; }
  const list = elements(ctx.target.entity?.managedPolicyArns);
  return list?.length;
}
