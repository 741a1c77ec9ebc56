import { App, Stack, Stage, aws_iam as cdk_iam } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kit from '../../src';

/*
 * Differential interop harness: a program written once runs with cdk-iam-kit (its roles handed
 * to aws-cdk-lib constructs, bridged where a slot demands it) and once with aws-cdk-lib's own
 * aws_iam; every stack's `Template.toJSON()` must be identical. The expected side is always a
 * live aws-cdk-lib 2.276 run.
 */

/** One side of the comparison. */
export interface Side {
  /** The iam module: cdk-iam-kit or aws-cdk-lib's aws_iam (same API). */
  readonly iam: any;
  /** True on the cdk-iam-kit side. */
  readonly isKit: boolean;
  /** A role for a slot typed `iam.IRole`: `role.toCdkRole()` with cdk-iam-kit, the role itself otherwise. */
  cdkRole(role: any): cdk_iam.IRole;
}

export const KIT_SIDE: Side = { iam: kit, isKit: true, cdkRole: (role: kit.Role) => role.toCdkRole() };
export const CDK_SIDE: Side = { iam: cdk_iam, isKit: false, cdkRole: (role: cdk_iam.IRole) => role };

/** Synthesize a program: the template of every stack, by path. */
export function templates(side: Side, program: (side: Side, app: App) => void, context: Record<string, unknown> = {}): Record<string, unknown> {
  const app = new App({ context });
  program(side, app);
  const out: Record<string, unknown> = {};
  for (const stack of app.node.findAll().filter((c): c is Stack => Stack.isStack(c) && !Stage.isStage(c))) {
    out[stack.node.path] = Template.fromStack(stack).toJSON();
  }
  return out;
}

/** Both sides' templates, for `expect(kit).toEqual(cdk)`. */
export function bothSides(program: (side: Side, app: App) => void, context?: Record<string, unknown>) {
  return { kit: templates(KIT_SIDE, program, context), cdk: templates(CDK_SIDE, program, context) };
}
