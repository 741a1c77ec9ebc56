import type { Subject } from '../adapter';
import { Decision, DiagnosticSeverity, EvaluationDiagnostic } from '../decision';
import { AccessReportEntry, AccessReportFinding, AccessReportPrincipal } from './report-model';
import { entryFindings, principalFindings } from './report-rules';
import { compilePolicy } from '../private/compile';
import { displayValue } from '../private/display';
import { DiagnosticData, EvalPolicy, evaluate } from '../private/engine';
import { asList, toVal, valText } from '../private/values';

/*
 * Building the access report from the principals' policies (pure: no construct access).
 */

const SEVERITY: { [s: string]: DiagnosticSeverity } = {
  error: DiagnosticSeverity.ERROR, warning: DiagnosticSeverity.WARNING, info: DiagnosticSeverity.INFO,
};

/** The report section of one principal. */
export function reportPrincipal(subject: Subject): AccessReportPrincipal {
  const diagnostics: DiagnosticData[] = [...subject.diagnostics];
  const decide = (action: string, resource: unknown) => evaluate({
    identity: subject.identity,
    boundary: subject.boundary,
    resource: subject.grantResourcePolicies,
  }, { principal: subject.principal, action, resource });
  const entries: AccessReportEntry[] = [];
  for (const policy of [...subject.identity, ...subject.grantResourcePolicies]) {
    const problem = compilePolicy(policy.document, policy.kind).problem;
    if (problem) {
      diagnostics.push({ severity: 'error', code: 'MalformedPolicy', source: policy.source, message: `skipped ${policy.kind} policy '${policy.source}': ${problem}` });
      continue;
    }
    entries.push(...policyEntries(subject.label, policy, decide));
  }
  const findings: AccessReportFinding[] = [
    ...principalFindings(action => decide(action, '*')),
    ...entries.flatMap(entryFindings),
  ].map(f => ({ principal: subject.label, ...f }));
  const seen = new Set<string>();
  const uniqueDiagnostics = diagnostics.filter(d => {
    const key = `${d.code}|${d.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return {
    principal: subject.label,
    identityType: subject.identityType,
    entries,
    findings,
    diagnostics: uniqueDiagnostics.map((d): EvaluationDiagnostic => ({
      severity: SEVERITY[d.severity], code: d.code, message: d.message, source: d.source,
    })),
  };
}

function policyEntries(principal: string, policy: EvalPolicy, decide: (a: string, r: unknown) => { decision: string }): AccessReportEntry[] {
  const out: AccessReportEntry[] = [];
  const statements = asList((policy.document as { Statement: unknown }).Statement) as Record<string, unknown>[];
  statements.forEach((st, index) => {
    const statement = typeof st.Sid === 'string' && st.Sid ? `'${st.Sid}'` : `#${index}`;
    const actions = patterns(st.Action, st.NotAction, 'NotAction');
    const resources = st.Resource === undefined && st.NotResource === undefined
      ? [{ text: '(this resource)', shown: '(this resource)', probe: '*' as unknown, negated: false }]
      : patterns(st.Resource, st.NotResource, 'NotResource');
    const conditional = st.Condition !== undefined && Object.keys(st.Condition as object).length > 0;
    for (const a of actions) {
      for (const r of resources) {
        out.push({
          principal,
          action: a.text,
          resource: r.text,
          resourceDisplay: r.shown,
          effect: String(st.Effect),
          policySource: policy.source,
          statement,
          conditional,
          effectiveDecision: conditional ? undefined : decide(a.negated ? '*:*' : String(a.probe), r.negated ? '*' : r.probe).decision as Decision,
          wildcardAction: !a.negated && /[*?]/.test(a.text),
          wildcardResource: !r.negated && r.text === '*',
        });
      }
    }
  });
  return out;
}

function patterns(positive: unknown, negative: unknown, negativeName: string): { text: string; shown: string; probe: unknown; negated: boolean }[] {
  if (negative !== undefined) {
    const list = asList(negative);
    return [{
      text: `${negativeName}: ${list.map(display).join(', ')}`,
      shown: `${negativeName}: ${list.map(displayValue).join(', ')}`,
      probe: '*',
      negated: true,
    }];
  }
  return asList(positive).map(p => ({ text: display(p), shown: displayValue(p), probe: p, negated: false }));
}

function display(x: unknown): string {
  const v = toVal(x);
  return v === undefined ? JSON.stringify(x) : valText(v);
}
