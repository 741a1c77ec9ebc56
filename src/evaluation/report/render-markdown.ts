import { AccessReportEntry, AccessReportPrincipal } from './report-model';

/*
 * The access report as Markdown: findings first, then one table per principal.
 */

const ORDER: { [severity: string]: number } = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** Render the report sections as a Markdown document. */
export function renderReportMarkdown(principals: AccessReportPrincipal[]): string {
  const lines = ['# Access report', '', 'What each IAM identity of this app may do, from the policies defined in the app.', ''];
  const findings = principals.flatMap(p => p.findings).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  lines.push('## Findings', '');
  if (findings.length === 0) {
    lines.push('No findings.', '');
  } else {
    lines.push('| Severity | Principal | Finding | Where |', '| --- | --- | --- | --- |');
    findings.forEach(f => lines.push(row([f.severity, f.principal, `${f.code}: ${f.message}`, f.where ?? ''])));
    lines.push('');
  }
  for (const p of principals) {
    lines.push(`## ${p.principal} (${p.identityType})`, '');
    if (p.entries.length === 0) {
      lines.push('No statements.', '');
    } else {
      lines.push('| Effect | Action | Resource | Decision | Source |', '| --- | --- | --- | --- | --- |');
      p.entries.forEach(e => lines.push(row([e.effect, e.action, e.resourceDisplay, decisionText(e), `${e.policySource} ${e.statement}`])));
      lines.push('');
    }
    if (p.diagnostics.length > 0) {
      p.diagnostics.forEach(d => lines.push(`- ${d.severity} ${d.code}: ${d.message}`));
      lines.push('');
    }
  }
  return lines.join('\n');
}

function decisionText(e: AccessReportEntry): string {
  return e.effectiveDecision ?? 'conditional';
}

function row(cells: string[]): string {
  return `| ${cells.map(c => c.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
}
