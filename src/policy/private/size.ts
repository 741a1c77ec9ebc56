import { Token, Tokenization } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { StatementJson } from './policy-json';
import { IamError } from '../../core';
import { isEmptyObject } from '../../core/private/collections';

/*
 * Two different "sizes" of a policy:
 *
 * (a) The ESTIMATE aws-cdk-lib uses to decide when statements stop merging (limitSize) and when a
 *     role's default policy is split into overflow managed policies. It is not the IAM size: it
 *     counts `"Effect": "<effect>",`, each non-empty Action/NotAction/Resource/NotResource list as
 *     `key.length + 5` plus `value.length + 3` per value, a fixed estimate per token value
 *     (20 for actions, the ARN estimate for resources), the ARN estimate per principal object
 *     (whatever its JSON), and the length of the conditions' JSON. `estimateStatementSize` gives
 *     exactly that number so that merging and splitting decide like aws-cdk-lib does.
 *
 * (b) The size IAM checks against its quotas (`iamPolicySize`): the length of the policy JSON
 *     with no whitespace between tokens, after CloudFormation resolution. Values unknown until
 *     deploy are bounded, see `IamSizeOptions`.
 */

/** Context key that overrides the ARN size estimate (same key as aws-cdk-lib). */
export const ARN_SIZE_ESTIMATE_CONTEXT_KEY = '@aws-cdk/aws-iam.arnSizeEstimate';

/** aws-cdk-lib's default estimate for an unresolved ARN (and for each principal). */
export const DEFAULT_ARN_SIZE_ESTIMATE = 150;

/** aws-cdk-lib's estimate for an unresolved action. */
export const ACTION_SIZE_ESTIMATE = 20;

/** aws-cdk-lib keeps a role's default policy below this estimated size before splitting. */
export const ROLE_INLINE_SPLIT_SIZE = 10_000;

/** aws-cdk-lib fills each overflow managed policy up to this estimated size. */
export const ROLE_MANAGED_SPLIT_SIZE = 6_000;

/** The per-value estimates of (a). */
export interface EstimateSizeOptions {
  /** Characters counted for an unresolved action. */
  readonly actionEstimate: number;
  /** Characters counted for an unresolved resource ARN and for every principal. */
  readonly arnEstimate: number;
}

/** The statement parts (a) reads; aws-cdk-lib's and this library's PolicyStatement have them. */
export interface SizedStatement {
  readonly effect: string;
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly resources: readonly string[];
  readonly notResources: readonly string[];
  readonly principals: readonly unknown[];
  readonly notPrincipals: readonly unknown[];
  readonly conditions: unknown;
}

/**
 * The size estimate options in effect for a scope: the ARN estimate comes from the context key
 * `@aws-cdk/aws-iam.arnSizeEstimate` (default 150), the action estimate is 20.
 */
export function deriveEstimateSizeOptions(scope?: IConstruct): EstimateSizeOptions {
  const arnEstimate = scope?.node.tryGetContext(ARN_SIZE_ESTIMATE_CONTEXT_KEY) ?? DEFAULT_ARN_SIZE_ESTIMATE;
  if (typeof arnEstimate !== 'number') {
    throw new IamError(scope, 'InvalidArnSizeEstimate',
      `Context value ${ARN_SIZE_ESTIMATE_CONTEXT_KEY} should be a number, got ${JSON.stringify(arnEstimate)}; ` +
      `set it to a number of characters, e.g. ${DEFAULT_ARN_SIZE_ESTIMATE}`);
  }
  return { actionEstimate: ACTION_SIZE_ESTIMATE, arnEstimate };
}

/** Size estimate (a) of one statement, the number aws-cdk-lib's `_estimateSize` returns. */
export function estimateStatementSize(s: SizedStatement, options: EstimateSizeOptions): number {
  // `"Effect": "<effect>",` is 13 characters plus the effect; empty lists count nothing (tested
  // here rather than in a call each: this runs for every statement of a role's policy split)
  let size = 13 + s.effect.length;
  if (s.actions.length > 0) { size += 11 + sumValueSizes(s.actions, options.actionEstimate); }
  if (s.notActions.length > 0) { size += 14 + sumValueSizes(s.notActions, options.actionEstimate); }
  if (s.resources.length > 0) { size += 13 + sumValueSizes(s.resources, options.arnEstimate); }
  if (s.notResources.length > 0) { size += 16 + sumValueSizes(s.notResources, options.arnEstimate); }
  return size + (s.principals.length + s.notPrincipals.length) * options.arnEstimate
    + estimateConditionSize(s.conditions);
}

/**
 * `estimateStatementSize` of a statement from its rendered JSON (`PolicyStatement` renders each
 * list de-duplicated, one value as a scalar, an encoded token list as it is: the same values
 * counted the same way). Undefined for a statement with principals: the estimate counts principal
 * objects, which the JSON has merged by type.
 */
export function estimateStatementJsonSize(json: StatementJson, options: EstimateSizeOptions): number | undefined {
  if (json.Principal !== undefined || json.NotPrincipal !== undefined) { return undefined; }
  let size = 13 + String(json.Effect).length;
  if (json.Action !== undefined) { size += 11 + sumJsonValueSizes(json.Action, options.actionEstimate); }
  if (json.NotAction !== undefined) { size += 14 + sumJsonValueSizes(json.NotAction, options.actionEstimate); }
  if (json.Resource !== undefined) { size += 13 + sumJsonValueSizes(json.Resource, options.arnEstimate); }
  if (json.NotResource !== undefined) { size += 16 + sumJsonValueSizes(json.NotResource, options.arnEstimate); }
  return size + estimateConditionSize(json.Condition);
}

function sumJsonValueSizes(value: unknown, tokenEstimate: number): number {
  if (typeof value === 'string') { return estimateValueSize(value, tokenEstimate); }
  return sumValueSizes(value as string[], tokenEstimate);
}

/** Size estimate (a) of one value of a list: its length (or the token estimate) plus 3. */
export function estimateValueSize(value: string, tokenEstimate: number): number {
  // a string without the token marker is never unresolved: spare the token test
  if (typeof value === 'string' && !value.includes(TOKEN_MARKER)) { return value.length + 3; }
  return (Token.isUnresolved(value) ? tokenEstimate : value.length) + 3;
}

/** What every encoded token string contains (aws-cdk-lib tests for it before its token regex). */
const TOKEN_MARKER = 'Token[';

/** Size estimate (a) of a list from the sum of its value sizes: 0 when empty. */
export function estimateListSize(key: string, sumOfValueSizes: number, count: number): number {
  return count > 0 ? key.length + 5 + sumOfValueSizes : 0;
}

/** Size estimate (a) of the conditions: the length of their JSON (`{}` counts 2). */
export function estimateConditionSize(conditions: unknown): number {
  if (conditions === undefined || conditions === null) { return 2; }
  // `{}` without stringifying: most statements have no conditions
  if ((conditions as object).constructor === Object && !('toJSON' in (conditions as object)) && isEmptyObject(conditions as object)) { return 2; }
  return JSON.stringify(conditions).length;
}

function sumValueSizes(values: readonly string[], tokenEstimate: number): number {
  let total = 0;
  for (const v of values) { total += estimateValueSize(v, tokenEstimate); }
  return total;
}

// ---------------------------------------------------------------------------------------------
// (b) the IAM quota size

/** How (b) bounds values that are only known at deploy time. */
export interface IamSizeOptions {
  /**
   * Characters counted for a value unknown until deploy that has no tighter bound: a CDK token
   * inside a string, `Ref` of a resource, `Fn::GetAtt`, `Fn::ImportValue`, `Fn::Select`, ...
   *
   * The default, 150, is aws-cdk-lib's ARN estimate: resource ARNs and names of a CDK app stay
   * below it in practice (role and policy names are at most 64 and 128 characters, an S3 bucket
   * ARN at most 76), so the result is an upper-bound ESTIMATE, not a guarantee: a 300-character
   * resource ARN would exceed it. Pseudo parameters are bounded by their real maximum lengths.
   *
   * @default 150
   */
  readonly unresolvedValueSize?: number;
}

/** The size of a policy as IAM counts it against its quotas. */
export interface IamPolicySize {
  /** Characters of the JSON without whitespace, with unknown values counted at their bound. */
  readonly size: number;
  /** How many values were unknown until deploy and were counted at a bound. */
  readonly unresolvedValues: number;
  /** True when nothing was bounded: `size` is the exact IAM size. */
  readonly exact: boolean;
}

/**
 * Upper bounds of pseudo parameters (longest values across partitions, with margin):
 * regions such as `us-isof-south-1`, partitions such as `aws-us-gov`, URL suffixes such as
 * `amazonaws.com.cn`; stack names are at most 128 characters; a stack id is an ARN ending
 * in the stack name and a 36-character UUID.
 */
const PSEUDO_PARAMETER_BOUNDS: { [name: string]: number } = {
  'AWS::AccountId': 12,
  'AWS::Region': 20,
  'AWS::Partition': 12,
  'AWS::URLSuffix': 20,
  'AWS::StackName': 128,
  'AWS::StackId': 256,
};

/**
 * The size (b) of a policy document or statement: `JSON.stringify(value).length` once
 * resolved, i.e. the JSON with no whitespace outside strings (IAM does not count whitespace).
 *
 * Accepts the JSON before resolution (token strings such as `${Token[...]}`) or after
 * (CloudFormation intrinsics such as `{ "Fn::Join": ... }`). Concrete parts count exactly;
 * `Fn::Join` and `Fn::Sub` count their literal parts; pseudo parameters count their maximum
 * length; every other unknown value counts `unresolvedValueSize`. Resolved JSON gives the
 * tighter bound (a token string cannot be looked into without a scope).
 */
export function iamPolicySize(value: unknown, options: IamSizeOptions = {}): IamPolicySize {
  const counter = new SizeCounter(options.unresolvedValueSize ?? DEFAULT_ARN_SIZE_ESTIMATE);
  const size = counter.json(value);
  return { size, unresolvedValues: counter.unresolved, exact: counter.unresolved === 0 };
}

/** Walks JSON, counting compact-JSON characters and bounding unknown values. */
class SizeCounter {
  public unresolved = 0;

  constructor(private readonly unknownSize: number) {}

  /** Length of the compact JSON of a value. */
  public json(value: unknown): number {
    if (typeof value === 'string') { return 2 + this.stringContent(value); }
    if (typeof value === 'number') { return Token.isUnresolved(value) ? this.unknown() : JSON.stringify(value).length; }
    if (value === null || typeof value === 'boolean') { return String(value).length; }
    if (value === undefined || typeof value === 'function') { return 0; }
    if (Array.isArray(value)) {
      const parts = value.filter((v) => v !== undefined);
      return 2 + Math.max(parts.length - 1, 0) + sum(parts.map((v) => this.json(v)));
    }
    if (Token.isUnresolved(value)) { return 2 + this.unknown(); }
    if (isIntrinsic(value)) { return 2 + this.intrinsic(value); }
    const entries = Object.entries(value as object).filter(([, v]) => v !== undefined);
    return 2 + Math.max(entries.length - 1, 0)
      + sum(entries.map(([k, v]) => JSON.stringify(k).length + 1 + this.json(v)));
  }

  /** Length of a string's JSON content (without the quotes). */
  private stringContent(s: string): number {
    if (s.includes('#{Token[')) { return this.unknown(); }
    if (!Token.isUnresolved(s)) { return escapedLength(s); }
    const fragments = Tokenization.reverseString(s);
    const tokens = fragments.tokens.length;
    const literal = fragments.mapTokens({ mapToken: () => '' }).join({ join: (l: any, r: any) => `${l}${r}` });
    this.unresolved += tokens;
    return escapedLength(String(literal ?? '')) + tokens * this.unknownSize;
  }

  /** Content length of the string an intrinsic resolves to. */
  private intrinsic(value: { [key: string]: any }): number {
    const [name, arg] = Object.entries(value)[0];
    if (name === 'Ref' && typeof arg === 'string' && arg in PSEUDO_PARAMETER_BOUNDS) {
      this.unresolved += 1;
      return PSEUDO_PARAMETER_BOUNDS[arg];
    }
    if (name === 'Fn::Join' && Array.isArray(arg) && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
      const parts: unknown[] = arg[1];
      return escapedLength(arg[0]) * Math.max(parts.length - 1, 0) + sum(parts.map((p) => this.part(p)));
    }
    if (name === 'Fn::Sub' && typeof arg === 'string') {
      return this.subTemplate(arg);
    }
    return this.unknown();
  }

  /** Content length of one part of `Fn::Join`: a string or an intrinsic. */
  private part(p: unknown): number {
    if (typeof p === 'string') { return this.stringContent(p); }
    if (typeof p === 'number' && !Token.isUnresolved(p)) { return String(p).length; }
    if (isIntrinsic(p)) { return this.intrinsic(p); }
    return this.unknown();
  }

  /** `Fn::Sub` without a variable map: `${Name}` placeholders are references, `${!x}` is literal. */
  private subTemplate(template: string): number {
    let total = 0;
    let rest = template;
    for (let m = /\$\{([^}]*)\}/.exec(rest); m; m = /\$\{([^}]*)\}/.exec(rest)) {
      total += escapedLength(rest.slice(0, m.index));
      const ref = m[1];
      if (ref.startsWith('!')) {
        total += escapedLength('${' + ref.slice(1) + '}');
      } else {
        total += this.intrinsic({ Ref: ref });
      }
      rest = rest.slice(m.index + m[0].length);
    }
    return total + escapedLength(rest);
  }

  private unknown(): number {
    this.unresolved += 1;
    return this.unknownSize;
  }
}

function isIntrinsic(x: unknown): x is { [key: string]: any } {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) { return false; }
  const keys = Object.keys(x);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/** Length of a string's JSON escaping, without the quotes. */
function escapedLength(s: string): number {
  return JSON.stringify(s).length - 2;
}

function sum(xs: number[]): number {
  let total = 0;
  for (const x of xs) { total += x; }
  return total;
}
