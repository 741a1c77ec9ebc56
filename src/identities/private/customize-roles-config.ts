import { Annotations, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { formatIamMessage } from '../../core';
import type { CustomizeRolesOptions } from '../customize-roles';

/*
 * `Role.customizeRoles()`: replace the roles an app would create by roles created outside the CDK,
 * and report what those roles need (./policy-report.ts).
 *
 * The setting lives in the same context key, with the same shape, as aws-cdk-lib's, so that one
 * call configures the roles of both libraries (including aws-cdk-lib's custom resource providers).
 * Internal: not jsii API.
 */

/** The context key holding the customize-roles settings (shared with aws-cdk-lib). */
export const CUSTOMIZE_ROLES_CONTEXT_KEY = '@aws-cdk/iam:customizeRoles';

/** What the customize-roles settings mean for one role (or for the scope in general). */
export interface CustomizeRoleConfig {
  /** True when `Role.customizeRoles()` was called on this scope or above. */
  readonly enabled: boolean;
  /** True when the role's CloudFormation resource must not be synthesized. */
  readonly preventSynthesis?: boolean;
  /** The physical name of the precreated role to use instead, when one was given. */
  readonly precreatedRoleName?: string;
}

interface CustomizeRolesContext {
  readonly preventSynthesis: boolean;
  readonly usePrecreatedRoles: { [path: string]: string };
}

/**
 * Store the settings in the scope's context (the body of `Role.customizeRoles`).
 *
 * Relative construct paths are made absolute from `scope`.
 */
export function applyCustomizeRoles(scope: IConstruct, options: CustomizeRolesOptions = {}): void {
  const usePrecreatedRoles: { [path: string]: string } = {};
  const base = scope.node.path;
  for (const [constructPath, roleName] of Object.entries(options.usePrecreatedRoles ?? {})) {
    const absolute = constructPath.startsWith(base) ? constructPath : `${base}/${constructPath}`;
    usePrecreatedRoles[absolute] = roleName;
  }
  const context: CustomizeRolesContext = { preventSynthesis: options.preventSynthesis ?? true, usePrecreatedRoles };
  scope.node.setContext(CUSTOMIZE_ROLES_CONTEXT_KEY, context);
}

function contextOf(scope: IConstruct): CustomizeRolesContext | undefined {
  return scope.node.tryGetContext(CUSTOMIZE_ROLES_CONTEXT_KEY);
}

/**
 * The settings in general (for managed policies and imports, which have no precreated name).
 */
export function customizeRolesConfig(scope: IConstruct): CustomizeRoleConfig {
  const context = contextOf(scope);
  return {
    enabled: context !== undefined,
    preventSynthesis: context !== undefined && context.preventSynthesis !== false,
  };
}

/**
 * The settings for one role. When synthesis is prevented and no precreated name was given for the
 * role, an error annotation fails synthesis (the report is still written first).
 *
 * @param scope the role (the annotation goes on it)
 * @param rolePath the path looked up in `usePrecreatedRoles` (default: the scope's path)
 */
export function precreatedRoleConfig(scope: IConstruct, rolePath?: string): CustomizeRoleConfig {
  const context = contextOf(scope);
  if (context === undefined) { return { enabled: false }; }
  if (context.preventSynthesis === false) { return { enabled: true, preventSynthesis: false }; }
  const lookupPath = rolePath ?? scope.node.path;
  const roles = context.usePrecreatedRoles ?? {};
  if (!Object.prototype.hasOwnProperty.call(roles, lookupPath)) {
    Annotations.of(scope).addError(formatIamMessage('MissingPrecreatedRoleName',
      `IAM Role is being created at path "${lookupPath}" and customizeRoles.preventSynthesis is enabled. `
      + 'You must provide a precreated role name in customizeRoles.precreatedRoles'));
  } else if (Token.isUnresolved(roles[lookupPath])) {
    Annotations.of(scope).addError(formatIamMessage('UnresolvablePrecreatedRoleName',
      `Cannot resolve precreated role name at path "${lookupPath}". The value may be a token; `
      + 'give the precreated role name as a plain string'));
  } else {
    return { enabled: true, preventSynthesis: true, precreatedRoleName: roles[lookupPath] };
  }
  return { enabled: true, preventSynthesis: true };
}
