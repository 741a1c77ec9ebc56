import { AccessReportPrincipal } from './report-model';

/*
 * The access report as JSON: stable key order, one object per principal.
 */

/** Render the report sections as pretty-printed JSON. */
export function renderReportJson(principals: AccessReportPrincipal[]): string {
  const findings = principals.flatMap(p => p.findings);
  return JSON.stringify({
    version: 1,
    summary: {
      principals: principals.length,
      entries: principals.reduce((n, p) => n + p.entries.length, 0),
      findings: { HIGH: count(findings, 'HIGH'), MEDIUM: count(findings, 'MEDIUM'), LOW: count(findings, 'LOW') },
    },
    principals,
  }, null, 2) + '\n';
}

function count(findings: { severity: string }[], severity: string): number {
  return findings.filter(f => f.severity === severity).length;
}
