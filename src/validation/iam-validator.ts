import type { IConstruct } from 'constructs';
import type { EngineOptions } from './engine';
import { Severity } from './finding';
import type { IamLimits } from './limits';

const CONFIG = Symbol.for('cdk-iam-kit.IamValidator');

/**
 * Configuration of the IAM validator for a scope and everything below it.
 *
 * The validator runs at synth over the IAM resources of cdk-iam-kit constructs. Settings made on a
 * scope apply to the constructs under it; a setting closer to the construct wins.
 *
 * @example
 * IamValidator.of(stack).setSeverity('PassRoleWildcard', Severity.ERROR);
 * IamValidator.of(stack).raiseLimits({ trustPolicySize: 4096 });
 * IamValidator.of(legacyRole).acknowledge('UnknownAction', 'the action is in preview');
 */
export class IamValidator {
  /**
   * The validator configuration of a scope (created on first use).
   *
   * @param scope the scope whose subtree the settings apply to
   */
  public static of(scope: IConstruct): IamValidator {
    const holder = scope as unknown as Record<symbol, IamValidator | undefined>;
    let v = holder[CONFIG];
    if (!v) {
      v = new IamValidator();
      Object.defineProperty(scope, CONFIG, { value: v, enumerable: false });
    }
    return v;
  }

  /**
   * The options in force for a construct: the settings of its scopes, the closest winning.
   *
   * @internal
   */
  public static _optionsFor(construct: IConstruct): EngineOptions & { readonly acknowledged: ReadonlySet<string> } {
    const severities: Record<string, Severity | 'off'> = {};
    const limits: Record<string, number> = {};
    const acknowledged = new Set<string>();
    // the settings found walking up the scope chain (no node.scopes array per call: this runs for
    // every validated resource of every synth), applied root first so that the closest wins
    let found: IamValidator[] | undefined;
    for (let c: IConstruct | undefined = construct; c; c = c.node.scope) {
      const v = (c as unknown as Record<symbol, IamValidator | undefined>)[CONFIG];
      if (v) { (found ??= []).push(v); }
    }
    for (let i = (found?.length ?? 0) - 1; i >= 0; i--) {
      const v = found![i];
      Object.assign(severities, v.severities);
      Object.assign(limits, v.limits);
      v.acknowledgements.forEach((id) => acknowledged.add(id));
    }
    return { severities, limits, acknowledged };
  }

  private readonly severities: Record<string, Severity | 'off'> = {};
  private readonly limits: Record<string, number> = {};
  private readonly acknowledgements = new Set<string>();
  private readonly reasons: Record<string, string> = {};

  private constructor() {}

  /**
   * Report findings of a rule with this severity instead of its default.
   *
   * @param ruleId the rule id, e.g. `UnknownAction`
   * @param severity the severity to use
   */
  public setSeverity(ruleId: string, severity: Severity): void {
    this.severities[ruleId] = severity;
  }

  /**
   * Do not run a rule below this scope.
   *
   * @param ruleId the rule id, e.g. `RedundantEntry`
   */
  public disableRule(ruleId: string): void {
    this.severities[ruleId] = 'off';
  }

  /**
   * Acknowledge the findings of a rule below this scope: they are no longer reported, errors
   * included. Warnings can also be acknowledged the usual CDK way,
   * `Annotations.of(scope).acknowledgeWarning('cdk-iam-kit:<ruleId>')`.
   *
   * @param ruleId the rule id, e.g. `PassRoleWildcard`
   * @param reason why the finding is accepted (kept for reviewers)
   */
  public acknowledge(ruleId: string, reason: string): void {
    this.acknowledgements.add(ruleId);
    this.reasons[ruleId] = reason;
  }

  /**
   * Replace IAM quotas below this scope, e.g. after a quota increase.
   *
   * @param limits the quotas to replace; the others keep their value
   */
  public raiseLimits(limits: IamLimits): void {
    for (const [k, v] of Object.entries(limits)) {
      if (typeof v === 'number') { this.limits[k] = v; }
    }
  }

  /**
   * Why a rule was acknowledged below this scope.
   *
   * @param ruleId the rule id
   * @returns the reason given to `acknowledge`, or undefined
   */
  public acknowledgementReason(ruleId: string): string | undefined {
    return this.reasons[ruleId];
  }
}
