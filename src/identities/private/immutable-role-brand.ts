/**
 * Brand of the immutable role wrappers (`Role.fromRoleArn(..., { mutable: false })`,
 * `role.withoutPolicyUpdates()`): policies must not attach to them.
 */
export const IMMUTABLE_ROLE_BRAND = Symbol.for('cdk-iam-kit.ImmutableRole');

/** True for an immutable role wrapper (brand check, no `instanceof`). */
export function isImmutableRole(x: unknown): boolean {
  return typeof x === 'object' && x !== null && (x as any)[IMMUTABLE_ROLE_BRAND] === true;
}
