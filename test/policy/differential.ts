import { App, Stack, StackProps } from 'aws-cdk-lib';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import * as ours from '../../src/policy';

/*
 * Differential test helper: run the same builder against aws-cdk-lib's aws_iam and against this
 * library, and resolve both in a fresh stack. The aws-cdk-lib side is the expected value.
 */

/** The members both libraries export under the same names. */
export type IamModule = typeof ours | typeof cdkIam;

/** Resolve a value in a fresh stack (optionally with an environment and context). */
export function resolveInStack(value: unknown, props: StackProps = {}, context: { [key: string]: any } = {}): any {
  const app = new App({ context });
  const stack = new Stack(app, 'Stack', props);
  return stack.resolve(value);
}

/** `[expected from aws-cdk-lib, actual from cdk-iam-kit]`, both resolved in equal stacks. */
export function differential(
  build: (iam: any) => unknown,
  props: StackProps = {},
  context: { [key: string]: any } = {},
): [any, any] {
  return [resolveInStack(build(cdkIam), props, context), resolveInStack(build(ours), props, context)];
}

/** The error message aws-cdk-lib throws for a builder (undefined when it does not throw). */
export function cdkError(build: (iam: any) => unknown): string | undefined {
  try {
    build(cdkIam);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
