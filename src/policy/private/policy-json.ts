/*
 * The IAM policy language as JSON: the model that validation and evaluation read.
 *
 * `PolicyStatement.toStatementJson()` and `PolicyDocument.toJSON()` produce these shapes.
 * Values are either concrete, CDK token strings (`${Token[...]}`) before resolution, or
 * CloudFormation intrinsics (`{ "Ref": ... }`, `{ "Fn::Join": ... }`) after resolution:
 * readers must treat anything that is not a plain string as "unknown until deploy".
 *
 * Internal (not jsii API): index signatures and unions are fine here.
 */

/** A string, a list of strings, or an unresolved value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One element value that IAM accepts as a scalar or a list. */
export type StringOrList = string | string[];

/** `"*"` or `{ "AWS": ..., "Service": ..., "Federated": ..., "CanonicalUser": ... }`. */
export type PrincipalJson = '*' | { [principalType: string]: unknown };

/** `{ "StringEquals": { "aws:username": "x" } }`: operator → key → value(s). */
export interface ConditionJson {
  [operator: string]: { [key: string]: unknown };
}

/** One IAM policy statement. */
export interface StatementJson {
  Sid?: string;
  Effect?: 'Allow' | 'Deny' | string;
  Action?: unknown;
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
  Principal?: PrincipalJson;
  NotPrincipal?: PrincipalJson;
  Condition?: ConditionJson;
}

/** One IAM policy document. */
export interface PolicyDocumentJson {
  Version?: string;
  Id?: string;
  Statement: StatementJson[];
}

/** The current IAM policy language version. */
export const POLICY_VERSION = '2012-10-17';
