import * as cdk from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as grants from '../../src/grants';
import * as identities from '../../src/identities';
import * as policy from '../../src/policy';
import * as principals from '../../src/principals';

/*
 * Differential harness: one program, built once with aws-cdk-lib's aws-iam and once with
 * cdk-iam-kit (same names and props), must give the same template.
 */

/** The iam namespace a program is written against (aws-cdk-lib's or ours). */
export type IamLib = any;

/** cdk-iam-kit, shaped like `aws-cdk-lib/aws-iam`. */
export const OURS: IamLib = { ...policy, ...principals, ...grants, ...identities };

/** aws-cdk-lib's aws-iam. */
export const CDK: IamLib = cdk.aws_iam;

/** A program over a stack and an iam namespace. */
export type Program = (stack: cdk.Stack, iam: IamLib) => void;

/** Build the program with one library and return the stack. */
export function build(lib: IamLib, program: Program, context?: Record<string, any>, env?: cdk.Environment): cdk.Stack {
  const app = new cdk.App({ context });
  const stack = new cdk.Stack(app, 'Stack', { env });
  program(stack, lib);
  return stack;
}

/** The template of the program built with one library. */
export function templateOf(lib: IamLib, program: Program, context?: Record<string, any>, env?: cdk.Environment): any {
  return Template.fromStack(build(lib, program, context, env)).toJSON();
}

/** Assert both libraries give the same template; returns ours. */
export function expectSameTemplate(program: Program, context?: Record<string, any>, env?: cdk.Environment): any {
  const expected = templateOf(CDK, program, context, env);
  const actual = templateOf(OURS, program, context, env);
  expect(actual).toEqual(expected);
  return actual;
}

/** Assert both libraries throw for the program; returns our error. */
export function oursThrows(program: Program): Error {
  expect(() => build(CDK, program)).toThrow();
  try {
    build(OURS, program);
  } catch (e) {
    return e as Error;
  }
  throw new Error('cdk-iam-kit did not throw');
}
