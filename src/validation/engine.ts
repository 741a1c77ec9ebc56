/* eslint-disable no-bitwise */ // the statement verdicts are bit masks of local rules (one bit per rule)
import { Finding, Severity } from './finding';
import type { IamLimits } from './limits';
import { resolveLimits } from './private/resolve-limits';
import type { Verdict } from './private/statement-verdicts';
import { ValidationMemo } from './private/validation-memo';
import { newContext, presetStatements, Rule, RuleResult, statements, StatementVisit } from './rule';
import { ALL_RULES } from './rules';
import type { RuleContext, ValidationTarget } from './target';

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
  /**
   * Shared by the calls of one synth (synth-adapter.ts), whose targets are resolved afresh and
   * only read; each call has its own otherwise (private/validation-memo.ts).
   */
  readonly memo?: ValidationMemo;
}

/** The verdict bit of each local rule of ALL_RULES (private/statement-verdicts.ts). */
const LOCAL_BIT = new Map<Rule, number>();
for (const rule of ALL_RULES) {
  if (rule.local) { LOCAL_BIT.set(rule, 1 << LOCAL_BIT.size); }
}
/** LOCAL_BIT by index of ALL_RULES (0: not local), read in the loop over the rules of every target. */
const ALL_RULE_BITS = ALL_RULES.map((r) => LOCAL_BIT.get(r) ?? 0);

/*
 * validate() runs once per IAM resource of a synth: thousands of rule calls on a large app, most of
 * them returning nothing. Its loop is therefore kept plain: indexed loops, the local bits of
 * ALL_RULES precomputed, severities looked up only when some are configured, result loops skipped
 * when a rule returns nothing.
 */

/** Validate one target. */
export function validate(target: ValidationTarget, options: EngineOptions = {}): Finding[] {
  const limits = resolveLimits(options.limits);
  const findings: Finding[] = [];
  const rules = options.rules ?? ALL_RULES;
  const bits = options.rules ? options.rules.map((r) => LOCAL_BIT.get(r) ?? 0) : ALL_RULE_BITS;
  const severities = options.severities !== undefined && hasOwnKeys(options.severities) ? options.severities : undefined;
  // one context for all rules: per-target work shared by rules is remembered per context (rule.ts)
  const ctx = newContext(target, limits, options.memo ?? new ValidationMemo());
  // local rules get a context of their own whose statements are those not yet found clean by
  // every enabled local rule: on apps that repeat statements, most are skipped
  let enabled = 0;
  for (let i = 0; i < rules.length; i++) {
    if (bits[i] !== 0 && severities?.[rules[i].id] !== 'off') { enabled |= bits[i]; }
  }
  const local = enabled === 0 ? undefined : pendingStatements(ctx, enabled);
  let ranClean = 0;
  let reported: Set<string> | undefined;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const configured = severities?.[rule.id];
    if (configured === 'off') { continue; }
    const bit = bits[i];
    let results: RuleResult[];
    try {
      results = rule.check(bit !== 0 && local ? local.ctx : ctx);
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
    ranClean |= bit;
    if (results.length === 0) { continue; }
    const severity = configured ?? rule.severity;
    for (const r of results) {
      if (bit !== 0) { (reported ??= new Set()).add(r.location!); }
      findings.push({ ruleId: rule.id, severity, path: target.path, ...r });
    }
  }
  if (local && ranClean !== 0) { recordClean(local, ranClean, reported); }
  return findings;
}

function hasOwnKeys(o: object): boolean {
  for (const k in o) {
    if (Object.prototype.hasOwnProperty.call(o, k)) { return true; }
  }
  return false;
}

interface Pending {
  readonly ctx: RuleContext;
  readonly visits: StatementVisit[];
  readonly verdicts: Array<Verdict | undefined>;
}

/** The context for local rules: the statements whose verdict does not cover every enabled rule. */
function pendingStatements(ctx: RuleContext, enabled: number): Pending {
  const visits: StatementVisit[] = [];
  const verdicts: Array<Verdict | undefined> = [];
  for (const v of statements(ctx)) {
    // looked up when the statements were listed (private/statement-keys.ts)
    const verdict = v.verdict;
    if (verdict && (verdict.mask & enabled) === enabled) { continue; }
    visits.push(v);
    verdicts.push(verdict);
  }
  const localCtx = newContext(ctx.target, ctx.limits, ctx.memo!);
  presetStatements(localCtx, visits);
  return { ctx: localCtx, visits, verdicts };
}

/**
 * Remember the statements that the local rules in `ran` (those that did not throw) reported
 * nothing about. A local rule reports about a statement only with `at()`, whose location is the
 * statement's, unique within the target.
 */
function recordClean(p: Pending, ran: number, reported: Set<string> | undefined): void {
  for (let i = 0; i < p.visits.length; i++) {
    const verdict = p.verdicts[i];
    if (verdict && !reported?.has(p.visits[i].location)) { verdict.mask |= ran; }
  }
}

/** Validate many targets. */
export function validateAll(targets: ValidationTarget[], options: EngineOptions = {}): Finding[] {
  // the targets do not change while they are validated: one memo serves them all
  const shared = options.memo ? options : { ...options, memo: new ValidationMemo() };
  return targets.flatMap((t) => validate(t, shared));
}

/** The one-line rendering used by the synth adapter, the plugin and the CLI. */
export function formatFinding(f: Finding): string {
  const where = f.statementIndex !== undefined
    ? ` (statement ${f.statementIndex}${f.sid ? ` '${f.sid}'` : ''})`
    : '';
  return `[${f.ruleId}] ${f.message}${where}; ${f.fix}`;
}
