import { AccessCheck, AccessCheckOptions } from './access-check';
import type { IGrantable } from '../policy/principal';

/*
 * Jest matchers for access checks: `expect(role).toBeAllowed('s3:GetObject', arn)`.
 *
 * Importing this module (or `cdk-iam-kit/jest`) registers them with jest's global `expect`.
 * Not part of the jsii API.
 */

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R, T = {}> {
      /**
       * The principal (a Role, User, Group or any IGrantable) may perform `action` on `resource`:
       * `AccessCheck.of(received).can(action, resource, options)` decides ALLOW.
       */
      toBeAllowed(action: string, resource: string, options?: AccessCheckOptions): R;
    }
  }
}

/** The result jest expects from a matcher. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

function isGrantable(x: unknown): x is IGrantable {
  return typeof x === 'object' && x !== null && 'grantPrincipal' in x;
}

/** The matchers, for `expect.extend(accessMatchers)` when the automatic registration is not wanted. */
export const accessMatchers = {
  toBeAllowed(received: unknown, action: string, resource: string, options?: AccessCheckOptions): MatcherResult {
    if (!isGrantable(received)) {
      return { pass: false, message: () => `toBeAllowed: expected a principal or grantable (an object with grantPrincipal), got ${String(received)}` };
    }
    const result = AccessCheck.of(received).can(action, resource, options);
    const pass = result.allowed;
    const message = pass
      ? () => `expected ${result.principal} not to be allowed ${action} on ${result.resource}, but it is.\n\n${result.explain()}`
      : () => `expected ${result.principal} to be allowed ${action} on ${result.resource}, but the decision is ${result.decision}.\n\n${result.explain()}`;
    return { pass, message };
  },
};

const globalExpect = (globalThis as { expect?: { extend?: (matchers: object) => void } }).expect;
if (globalExpect && typeof globalExpect.extend === 'function') {
  globalExpect.extend(accessMatchers);
}
