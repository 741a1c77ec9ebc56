import { Finding, Severity } from './finding';
import type { IamLimits } from './limits';
import { resolveLimits } from './private/resolve-limits';
import type { Rule } from './rule';
import { ALL_RULES } from './rules';
import type { ValidationTarget } from './target';

/*
 * The engine: runs every rule over a target and turns results into findings. Pure: no
 * constructs, no I/O. A rule that throws is reported as an `InternalRuleError` info finding
 * instead of crashing the synth.
 */

/** How to run the rules. */
export interface EngineOptions {
  /** Severity per rule id, replacing the rule's default. */
  readonly severities?: { [ruleId: string]: Severity | 'off' };
  readonly limits?: IamLimits;
  /** Rules to run instead of all of them (tests). */
  readonly rules?: Rule[];
}

/** Validate one target. */
export function validate(target: ValidationTarget, options: EngineOptions = {}): Finding[] {
  const limits = resolveLimits(options.limits);
  const findings: Finding[] = [];
  // one context for all rules: per-target work shared by rules is remembered per context (rule.ts)
  const ctx = { target, limits };
  for (const rule of options.rules ?? ALL_RULES) {
    const configured = options.severities?.[rule.id];
    if (configured === 'off') { continue; }
    const severity = configured ?? rule.severity;
    let results;
    try {
      results = rule.check(ctx);
    } catch (e) {
      findings.push({
        ruleId: 'InternalRuleError',
        severity: Severity.INFO,
        path: target.path,
        message: `rule '${rule.id}' failed on this resource and was skipped: ${(e as Error).message}`,
        fix: 'report this to cdk-iam-kit with the resource that triggered it',
      });
      continue;
    }
    for (const r of results) {
      findings.push({ ruleId: rule.id, severity, path: target.path, ...r });
    }
  }
  return findings;
}

/** Validate many targets. */
export function validateAll(targets: ValidationTarget[], options: EngineOptions = {}): Finding[] {
  return targets.flatMap((t) => validate(t, options));
}

/** The one-line rendering used by the synth adapter, the plugin and the CLI. */
export function formatFinding(f: Finding): string {
  const where = f.statementIndex !== undefined
    ? ` (statement ${f.statementIndex}${f.sid ? ` '${f.sid}'` : ''})`
    : '';
  return `[${f.ruleId}] ${f.message}${where}; ${f.fix}`;
}
