import { isIntrinsic } from './values';
import type { StatementJson } from '../../policy/private/policy-json';

/** The statements of a document as a list (a single statement object is allowed by IAM). */
export function statementsOf(document: unknown): StatementJson[] | undefined {
  if (document === null || typeof document !== 'object' || Array.isArray(document) || isIntrinsic(document)) { return undefined; }
  const st = (document as Record<string, unknown>).Statement;
  const isStatement = (s: unknown) => s !== null && typeof s === 'object' && !Array.isArray(s) && !isIntrinsic(s);
  // a statement (or the list) chosen by Fn::If or dropped by AWS::NoValue is only known at deploy time: skipped
  if (Array.isArray(st)) { return st.filter(isStatement) as StatementJson[]; }
  if (isStatement(st)) { return [st as StatementJson]; }
  return undefined;
}
