import { ConditionOutcome, Decision, DiagnosticSeverity, EvaluatedPolicyKind, EvaluationDiagnostic, EvaluationReason } from './decision';
import { renderExplanation } from './explain';
import type { DiagnosticData, EvalResult, ReasonData } from './private/engine';

const KINDS: { [kind: string]: EvaluatedPolicyKind } = {
  identity: EvaluatedPolicyKind.IDENTITY,
  resource: EvaluatedPolicyKind.RESOURCE,
  boundary: EvaluatedPolicyKind.PERMISSIONS_BOUNDARY,
  session: EvaluatedPolicyKind.SESSION,
  scp: EvaluatedPolicyKind.SERVICE_CONTROL,
};

const SEVERITIES: { [severity: string]: DiagnosticSeverity } = {
  error: DiagnosticSeverity.ERROR,
  warning: DiagnosticSeverity.WARNING,
  info: DiagnosticSeverity.INFO,
};

/**
 * The answer to "may this principal do this action on this resource?", as data.
 *
 * @example
 * const result = AccessCheck.of(role).can('s3:GetObject', 'arn:aws:s3:::my-bucket/key');
 * if (result.decision !== Decision.ALLOW) { console.log(result.explain()); }
 */
export class AccessCheckResult {
  /** @internal */
  public static _fromEngine(principal: string, action: string, resource: string, r: EvalResult, extra: DiagnosticData[]): AccessCheckResult {
    return new AccessCheckResult(principal, action, resource, r.decision as Decision, r.summary,
      r.reasons.map(toReason), [...extra, ...r.diagnostics].map(toDiagnostic), r.dependsOnUnresolved);
  }

  /** The principal evaluated: its construct path or a description. */
  public readonly principal: string;
  /** The action requested, e.g. `s3:GetObject`. */
  public readonly action: string;
  /** The resource requested (an ARN, possibly with unresolved parts). */
  public readonly resource: string;
  /** The decision. */
  public readonly decision: Decision;
  /** One sentence saying why. */
  public readonly summary: string;
  /** The statements that applied (denies first), then those that matched except for a condition. */
  public readonly reasons: EvaluationReason[];
  /** What the evaluator could not read or see; the answer may be incomplete when there are warnings. */
  public readonly diagnostics: EvaluationDiagnostic[];
  /**
   * True when the decision could change once unresolved values (tokens) are known, e.g. a
   * statement on another resource whose ARN is only known at deploy time.
   */
  public readonly dependsOnUnresolved: boolean;

  private constructor(principal: string, action: string, resource: string, decision: Decision, summary: string,
    reasons: EvaluationReason[], diagnostics: EvaluationDiagnostic[], dependsOnUnresolved: boolean) {
    this.principal = principal;
    this.action = action;
    this.resource = resource;
    this.decision = decision;
    this.summary = summary;
    this.reasons = reasons;
    this.diagnostics = diagnostics;
    this.dependsOnUnresolved = dependsOnUnresolved;
  }

  /** True when the decision is `ALLOW`. */
  public get allowed(): boolean {
    return this.decision === Decision.ALLOW;
  }

  /** A readable, multi-line explanation of the decision. */
  public explain(): string {
    return renderExplanation(this);
  }
}

function toReason(r: ReasonData): EvaluationReason {
  return {
    policyKind: KINDS[r.kind],
    policySource: r.source,
    statement: r.statement,
    effect: r.effect,
    applied: r.applied,
    // the engine builds these outcomes (and their value lists) afresh for every evaluation and keeps
    // no reference to them, and a result is made once per evaluation: no copy is needed
    conditions: r.conditions as ConditionOutcome[],
    principalMatch: r.principalMatch,
  };
}

function toDiagnostic(d: DiagnosticData): EvaluationDiagnostic {
  return { severity: SEVERITIES[d.severity], code: d.code, message: d.message, source: d.source };
}
