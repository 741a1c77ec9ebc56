import { AccessReportEntry, FindingSeverity } from './report-model';
import type { EvalResult } from '../private/engine';

/*
 * The report's rules. Principal-level rules ask the decision engine (through `probe`) whether a
 * principal may do something on every resource (`*`), so Deny statements and permissions
 * boundaries are taken into account. Statement-level rules look at one line of the report.
 * Each rule: an id, a severity, a one-line message.
 */

/** Ask the engine about one action on resource `*`, with no request context. */
export type Probe = (action: string) => EvalResult;

/** A finding before the principal is attached. */
export interface RuleFinding {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly message: string;
  readonly where?: string;
}

/** IAM actions that let a principal give itself more permissions. */
export const ESCALATION_ACTIONS = [
  'iam:CreatePolicyVersion', 'iam:SetDefaultPolicyVersion',
  'iam:AttachUserPolicy', 'iam:AttachGroupPolicy', 'iam:AttachRolePolicy',
  'iam:PutUserPolicy', 'iam:PutGroupPolicy', 'iam:PutRolePolicy',
  'iam:UpdateAssumeRolePolicy', 'iam:AddUserToGroup',
  'iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile',
  'iam:DeleteRolePermissionsBoundary', 'iam:DeleteUserPermissionsBoundary',
];

/** Actions that run code under a role passed with iam:PassRole. */
export const PASS_ROLE_TARGETS = [
  'lambda:CreateFunction', 'ec2:RunInstances', 'cloudformation:CreateStack', 'ecs:RunTask',
  'glue:CreateDevEndpoint', 'sagemaker:CreateNotebookInstance', 'codebuild:CreateProject',
  'datapipeline:CreatePipeline', 'states:CreateStateMachine',
];

const allowed = (probe: Probe, action: string) => probe(action).decision === 'ALLOW';

/** Rules over what the principal may do. */
export function principalFindings(probe: Probe): RuleFinding[] {
  // Full access: both an arbitrary action (`*:*` taken literally) and all of IAM.
  if (allowed(probe, '*:*') && allowed(probe, 'iam:*')) {
    return [{ code: 'AdminEquivalent', severity: FindingSeverity.HIGH, message: 'may perform every action on every resource (`*:*` on `*`)' }];
  }
  if (allowed(probe, 'iam:*')) {
    return [{ code: 'AdminEquivalent', severity: FindingSeverity.HIGH, message: 'may perform every IAM action on every resource (`iam:*` on `*`), which allows granting itself anything' }];
  }
  const out: RuleFinding[] = [];
  const escalation = ESCALATION_ACTIONS.filter(a => allowed(probe, a));
  if (escalation.length > 0) {
    out.push({ code: 'PrivilegeEscalation', severity: FindingSeverity.HIGH, message: `may escalate its own privileges: ${escalation.join(', ')} on \`*\`` });
  }
  if (allowed(probe, 'iam:PassRole')) {
    const targets = PASS_ROLE_TARGETS.filter(a => allowed(probe, a));
    if (targets.length > 0) {
      out.push({ code: 'PassRoleEscalation', severity: FindingSeverity.HIGH, message: `may pass any role (iam:PassRole on \`*\`) to ${targets.join(', ')}: it can act with the permissions of any role` });
    }
  }
  return out;
}

/** Rules over one line of the report (Allow lines only). */
export function entryFindings(e: AccessReportEntry): RuleFinding[] {
  if (e.effect !== 'Allow') { return []; }
  const where = `${e.policySource} ${e.statement}`;
  const out: RuleFinding[] = [];
  if (e.action.startsWith('NotAction: ')) {
    out.push({ code: 'NotActionAllow', severity: FindingSeverity.MEDIUM, where, message: `allows every action except ${e.action.slice(11)}` });
  } else if (e.wildcardAction) {
    out.push({ code: 'WildcardAction', severity: FindingSeverity.MEDIUM, where, message: `allows the wildcard action '${e.action}' on '${e.resourceDisplay}'` });
  }
  if (e.wildcardResource) {
    out.push({ code: 'WildcardResource', severity: FindingSeverity.LOW, where, message: `allows '${e.action}' on every resource` });
  }
  return out;
}
