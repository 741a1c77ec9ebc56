import type { ResolvedIamLimits } from './private/resolve-limits';
import type { ValidationMemo } from './private/validation-memo';

/*
 * What the validation engine checks: one IAM resource with its policy documents, as JSON.
 * Internal (not jsii API). Built from CloudFormation resources by cfn-targets.ts, or by hand in
 * tests.
 */

/** The IAM resource a target describes. */
export type TargetKind =
  | 'role' | 'user' | 'group'
  | 'inline-policy' // AWS::IAM::Policy, RolePolicy, UserPolicy, GroupPolicy
  | 'managed-policy' // AWS::IAM::ManagedPolicy
  | 'instance-profile'
  | 'resource-policy'; // a bucket, queue, topic, key ... policy

/** Which grammar a document follows. */
export type DocumentKind = 'identity' | 'trust' | 'resource';

/** One policy document of a target. */
export interface TargetDocument {
  readonly kind: DocumentKind;
  /** The document JSON (resolved or not). */
  readonly document: unknown;
  /** Where it sits in the resource, e.g. `Properties.AssumeRolePolicyDocument`. */
  readonly location: string;
  /**
   * True when the document belongs to another resource and is listed only so that the
   * aggregate size of the target can be counted (a role's inline policies created as separate
   * AWS::IAM::Policy resources). Statement rules skip it.
   */
  readonly sizeOnly?: boolean;
}

/** Names and settings of the IAM entity, where the target is one. */
export interface TargetEntity {
  readonly name?: unknown;
  readonly path?: unknown;
  readonly description?: unknown;
  readonly tags?: unknown;
  readonly maxSessionDuration?: unknown;
  /** The attached managed policy ARNs (a list, possibly with unknown elements). */
  readonly managedPolicyArns?: unknown;
  /** Inline policy names (`Policies[].PolicyName`, or an AWS::IAM::Policy's `PolicyName`). */
  readonly policyNames?: unknown[];
}

/** One IAM resource to validate. */
export interface ValidationTarget {
  readonly kind: TargetKind;
  /** Construct path or `<template>/<logical id>`. */
  readonly path: string;
  readonly documents: TargetDocument[];
  readonly entity?: TargetEntity;
}

/** What the engine hands to each rule. */
export interface RuleContext {
  readonly target: ValidationTarget;
  readonly limits: ResolvedIamLimits;
  /** What is remembered of the target's document objects (the engine always sets it). */
  readonly memo?: ValidationMemo;
}
