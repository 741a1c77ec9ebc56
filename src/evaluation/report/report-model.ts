import { Decision, EvaluationDiagnostic } from '../decision';

/*
 * The access report as data (jsii structs). Rendering lives in render-markdown.ts / render-json.ts.
 */

/** How serious a finding is. */
export enum FindingSeverity {
  /** Administrator-equivalent access or a known privilege-escalation path. */
  HIGH = 'HIGH',
  /** Broad access worth a second look (wildcard actions, NotAction allows). */
  MEDIUM = 'MEDIUM',
  /** Common and often needed, but broad (actions on every resource). */
  LOW = 'LOW',
}

/** One principal × action × resource line of the report. */
export interface AccessReportEntry {
  /** The construct path of the principal. */
  readonly principal: string;
  /** The action pattern as written (`NotAction: ...` for NotAction statements). */
  readonly action: string;
  /** The resource pattern as written (`NotResource: ...` for NotResource statements). */
  readonly resource: string;
  /**
   * The resource pattern for people: CloudFormation references in Fn::Sub notation
   * (`arn:${AWS::Partition}:s3:::${MyBucketF68F3FF0}/*`, `${Worker11F36D0F.Arn}`), Fn::Join concatenated.
   */
  readonly resourceDisplay: string;
  /** `Allow` or `Deny`. */
  readonly effect: string;
  /** Where the statement is: a construct path or description. */
  readonly policySource: string;
  /** The statement's Sid in quotes, or `#index`. */
  readonly statement: string;
  /** The statement has conditions. */
  readonly conditional: boolean;
  /**
   * The decision for this action and resource, taken as the request itself, with every policy of
   * the principal (so a Deny elsewhere or the permissions boundary shows).
   *
   * @default - not computed: the statement has conditions, which depend on the request context
   */
  readonly effectiveDecision?: Decision;
  /** The action contains a wildcard. */
  readonly wildcardAction: boolean;
  /** The resource is `*`. */
  readonly wildcardResource: boolean;
}

/** Something in the report that deserves attention. */
export interface AccessReportFinding {
  /** The construct path of the principal. */
  readonly principal: string;
  /** A stable code, e.g. `AdminEquivalent`, `PrivilegeEscalation`, `WildcardAction`. */
  readonly code: string;
  /** How serious it is. */
  readonly severity: FindingSeverity;
  /** What was found. */
  readonly message: string;
  /**
   * The policy and statement it concerns.
   *
   * @default - the principal as a whole
   */
  readonly where?: string;
}

/** Everything the report says about one principal. */
export interface AccessReportPrincipal {
  /** The construct path of the principal. */
  readonly principal: string;
  /** `role`, `user`, `group`, ... */
  readonly identityType: string;
  /** Its statements, one line per action × resource. */
  readonly entries: AccessReportEntry[];
  /** What deserves attention. */
  readonly findings: AccessReportFinding[];
  /** What could not be read (e.g. AWS managed policies whose documents are not in the app). */
  readonly diagnostics: EvaluationDiagnostic[];
}
