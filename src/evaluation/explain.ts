import type { AccessCheckResult } from './access-check-result';
import { ConditionOutcome, EvaluationReason } from './decision';

/*
 * Rendering an access decision as text. Deciding happens elsewhere; this only formats.
 */

/** A multi-line explanation of a result. */
export function renderExplanation(r: AccessCheckResult): string {
  const lines = [`${r.decision}: ${r.principal} -> ${r.action} on ${r.resource}`, `  ${r.summary}`];
  const applied = r.reasons.filter(x => x.applied);
  const missed = r.reasons.filter(x => !x.applied);
  if (applied.length > 0) {
    lines.push('  Statements that apply:');
    applied.forEach(x => lines.push(`    - ${reasonLine(x)}`, ...x.conditions.map(c => `        ${conditionLine(c)}`)));
  }
  if (missed.length > 0) {
    lines.push('  Statements that matched but whose conditions did not hold:');
    missed.forEach(x => lines.push(`    - ${reasonLine(x)}`, ...x.conditions.map(c => `        ${conditionLine(c)}`)));
  }
  if (r.dependsOnUnresolved) {
    lines.push('  The decision depends on values that are unresolved until deployment (tokens).');
  }
  for (const d of r.diagnostics) {
    lines.push(`  [${d.severity}] ${d.code}: ${d.message}`);
  }
  return lines.join('\n');
}

function reasonLine(x: EvaluationReason): string {
  const via = x.principalMatch ? ` (principal matched as ${x.principalMatch})` : '';
  return `${x.effect} ${x.statement} in ${x.policyKind.toLowerCase().replace(/_/g, ' ')} policy '${x.policySource}'${via}`;
}

function conditionLine(c: ConditionOutcome): string {
  const seen = c.keyMissing ? 'missing from the request' : `[${c.contextValues.map(v => `'${v}'`).join(', ')}]`;
  return `${c.passed ? 'holds' : 'fails'}: ${c.operator} ${c.key} [${c.policyValues.map(v => `'${v}'`).join(', ')}], request has ${seen}`;
}
