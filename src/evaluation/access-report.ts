import * as fs from 'fs';
import * as path from 'path';
import type { IConstruct } from 'constructs';
import { graphSubjects } from './adapter';
import { reportPrincipal } from './report/build-report';
import { renderReportJson } from './report/render-json';
import { renderReportMarkdown } from './report/render-markdown';
import { AccessReportFinding, AccessReportPrincipal } from './report/report-model';

/**
 * A principal × action × resource summary of every IAM identity (Role, User, Group of this
 * library) in a construct tree, with findings: administrator-equivalent access, privilege
 * escalation paths, wildcard actions and resources.
 *
 * The report is computed when read, so it sees everything added to the tree until then.
 *
 * @example
 * AccessReport.of(app).writeTo('cdk.out');
 */
export class AccessReport {
  /**
   * The report for `scope` and everything under it (an App, a Stack or any construct).
   *
   * @param scope the root of the construct tree to report on
   */
  public static of(scope: IConstruct): AccessReport {
    return new AccessReport(scope);
  }

  private constructor(private readonly scope: IConstruct) {
  }

  /** One section per identity, sorted by construct path. */
  public get principals(): AccessReportPrincipal[] {
    return graphSubjects(this.scope).map(reportPrincipal).sort((a, b) => a.principal.localeCompare(b.principal));
  }

  /** Every finding of every principal. */
  public get findings(): AccessReportFinding[] {
    return this.principals.flatMap(p => p.findings);
  }

  /** The report as Markdown. */
  public toMarkdown(): string {
    return renderReportMarkdown(this.principals);
  }

  /** The report as JSON. */
  public toJson(): string {
    return renderReportJson(this.principals);
  }

  /**
   * Write `access-report.md` and `access-report.json` into a directory (created if missing).
   *
   * @param directory where to write, e.g. `cdk.out`
   */
  public writeTo(directory: string): void {
    const principals = this.principals;
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(path.join(directory, 'access-report.md'), renderReportMarkdown(principals));
    fs.writeFileSync(path.join(directory, 'access-report.json'), renderReportJson(principals));
  }
}
