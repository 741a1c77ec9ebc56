import { getService } from '../data/reference';
import { Severity } from '../finding';
import { arnFields, checkable, PARTITIONS, REGION_PATTERN } from '../private/arn-shape';
import { elements, render } from '../private/values';
import { at, q, Rule, RuleResult, StatementVisit, statements } from '../rule';

/** The partition, service, region and account fields of an ARN have the shapes AWS uses. */
export const arnShape: Rule = {
  id: 'ArnShape',
  severity: Severity.WARNING,
  description: 'A resource ARN has a partition, service, region or account field that no AWS ARN has.',
  explanation: 'IAM accepts any text in these fields, but an ARN with an unknown partition, a service prefix '
    + 'that does not exist, a misspelt region or an account id that is not 12 digits matches no resource.',
  local: true,
  check(ctx) {
    const out: RuleResult[] = [];
    for (const v of statements(ctx)) {
      for (const field of ['Resource', 'NotResource'] as const) {
        for (const entry of elements(v.statement[field]) ?? []) {
          const text = render(entry);
          const arn = text === undefined ? undefined : arnFields(text);
          if (arn) { out.push(...problems(v, arn, text!.replace(/\u0001/g, '${Token}'))); }
        }
      }
    }
    return out;
  },
};

function problems(v: StatementVisit, arn: NonNullable<ReturnType<typeof arnFields>>, shown: string): RuleResult[] {
  const out: RuleResult[] = [];
  const say = (what: string, fix: string) => out.push(at(v, `resource ${q(shown)}: ${what}`, fix));
  if (checkable(arn.partition) && !PARTITIONS.includes(arn.partition)) {
    say(`unknown partition ${q(arn.partition)}`, `use one of ${PARTITIONS.join(', ')} (or the stack's partition)`);
  }
  if (checkable(arn.service) && !getService(arn.service)) {
    say(`unknown service ${q(arn.service)}`, 'use the service prefix of the resource, e.g. "s3", "sqs", "iam"');
  }
  if (checkable(arn.region) && arn.region !== '' && !REGION_PATTERN.test(arn.region)) {
    say(`region ${q(arn.region)} is not a region name`, 'use a region such as "us-east-1", "*" or leave it empty for global services');
  }
  if (checkable(arn.account) && arn.account !== '' && arn.account !== 'aws' && !/^\d{12}$/.test(arn.account)) {
    say(`account ${q(arn.account)} is not a 12-digit account id`, 'use the 12-digit account id (keep leading zeros) or "*"');
  }
  return out;
}
