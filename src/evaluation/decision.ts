/*
 * The vocabulary of an access decision, as data (jsii structs and enums).
 */

/**
 * The outcome of evaluating a request, as the IAM policy evaluation logic names it.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
export enum Decision {
  /** An applicable policy allows the request and nothing denies or limits it. */
  ALLOW = 'ALLOW',
  /** A statement with `"Effect": "Deny"` applies to the request. */
  EXPLICIT_DENY = 'EXPLICIT_DENY',
  /** Nothing allows the request (or a boundary, session policy or SCP does not). */
  IMPLICIT_DENY = 'IMPLICIT_DENY',
}

/** The kinds of policy that take part in a decision. */
export enum EvaluatedPolicyKind {
  /** An identity-based policy (inline or managed) of the principal. */
  IDENTITY = 'IDENTITY',
  /** A resource-based policy (bucket policy, key policy, ...). */
  RESOURCE = 'RESOURCE',
  /** The permissions boundary of the principal. */
  PERMISSIONS_BOUNDARY = 'PERMISSIONS_BOUNDARY',
  /** A session policy passed when the role session was created. */
  SESSION = 'SESSION',
  /** A service control policy of the AWS Organization. */
  SERVICE_CONTROL = 'SERVICE_CONTROL',
}

/** How serious a diagnostic is. */
export enum DiagnosticSeverity {
  /** A policy could not be evaluated and was skipped. */
  ERROR = 'ERROR',
  /** Something the evaluator could not see; the answer may be incomplete. */
  WARNING = 'WARNING',
  /** For information. */
  INFO = 'INFO',
}

/** The outcome of one condition of a statement. */
export interface ConditionOutcome {
  /** The condition operator as written, e.g. `ForAnyValue:StringLike`. */
  readonly operator: string;
  /** The condition key as written, e.g. `aws:PrincipalTag/team`. */
  readonly key: string;
  /** Whether the condition held. */
  readonly passed: boolean;
  /** The values of the key in the request context (empty when the key is missing). */
  readonly contextValues: string[];
  /** The values the policy compares with. */
  readonly policyValues: string[];
  /** True when the request context has no value for the key. */
  readonly keyMissing: boolean;
}

/** One statement that took part in a decision. */
export interface EvaluationReason {
  /** The kind of policy holding the statement. */
  readonly policyKind: EvaluatedPolicyKind;
  /** Where the policy comes from: a construct path, an ARN or a description. */
  readonly policySource: string;
  /** The statement's Sid in quotes, or `#index` when it has none. */
  readonly statement: string;
  /** `Allow` or `Deny`. */
  readonly effect: string;
  /**
   * True when the statement applies to the request; false when it matched the action, resource
   * and principal but a condition did not hold.
   */
  readonly applied: boolean;
  /** The conditions evaluated, in order, up to the first that did not hold. */
  readonly conditions: ConditionOutcome[];
  /**
   * For resource-based policies, how the Principal element matched: `everyone`, `account`, `arn`,
   * `session`, `service` or `federated`.
   *
   * @default - not a resource-based policy
   */
  readonly principalMatch?: string;
}

/** Something the caller should know about an evaluation. Diagnostics never throw. */
export interface EvaluationDiagnostic {
  /** How serious it is. */
  readonly severity: DiagnosticSeverity;
  /** A stable code, e.g. `MalformedPolicy` or `IdentityPoliciesNotVisible`. */
  readonly code: string;
  /** What happened and what it means for the answer. */
  readonly message: string;
  /**
   * The policy or construct it concerns.
   *
   * @default - not tied to one policy
   */
  readonly source?: string;
}
