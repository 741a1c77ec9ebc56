import * as path from 'path';
import { App, Lazy, Stack } from 'aws-cdk-lib';
import * as cdkIam from 'aws-cdk-lib/aws-iam';
import * as ourPolicy from '../../src/policy';
import { mergeStatements, MergeStatementsOptions } from '../../src/policy/private/merge/merge-statements';
import * as ourPrincipals from '../../src/principals';

/*
 * Differential harness for statement merging. A statement is written once as a spec and built
 * with aws-cdk-lib's classes and with this library's; the expected merge is aws-cdk-lib's, run
 * live in the test:
 *   - `cdkMergeStatements`: aws-cdk-lib's own private merge function (loaded by file path, it is
 *     not exported), which shows the statements before the document sorts them, and the origins;
 *   - `new aws_iam.PolicyDocument({ minimize: true })`: the public behaviour.
 */

/** A principal of a spec: `kind:value`, e.g. `service:lambda.amazonaws.com`, `custom:1`. */
export type PrincipalSpec = string;

/** One statement, library-neutral. */
export interface StatementSpec {
  readonly sid?: string;
  readonly deny?: boolean;
  readonly actions?: string[];
  readonly notActions?: string[];
  readonly resources?: string[];
  readonly notResources?: string[];
  readonly principals?: PrincipalSpec[];
  readonly notPrincipals?: PrincipalSpec[];
  readonly conditions?: { [op: string]: { [key: string]: unknown } };
}

type Lib = 'cdk' | 'ours';

/** Token strings shared by both libraries (the same token in both builds). */
export const TOKENS = {
  action: Lazy.string({ produce: () => 's3:GetObjectTagging' }),
  bucketArn: Lazy.string({ produce: () => 'arn:aws:s3:::token-bucket' }),
  objectArn: `${Lazy.string({ produce: () => 'arn:aws:s3:::token-bucket' })}/*`,
  account: Lazy.string({ produce: () => '444444444444' }),
};

/** aws-cdk-lib's private mergeStatements (the function our merge reproduces). */
export const cdkMergeStatements: (statements: cdkIam.PolicyStatement[], options: any) => {
  mergedStatements: cdkIam.PolicyStatement[];
  originsMap: Map<cdkIam.PolicyStatement, cdkIam.PolicyStatement[]>;
  // a private module, outside aws-cdk-lib's "exports": only loadable by file path
  // eslint-disable-next-line @typescript-eslint/no-require-imports
} = require(path.join(path.dirname(require.resolve('aws-cdk-lib')), 'aws-iam/lib/private/merge-statements.js')).mergeStatements;

/** Principals compared by identity (no dedupe string): one object per id and library. */
const customPrincipals = new Map<string, any>();

function customPrincipal(lib: Lib, id: string): any {
  const key = `${lib}:${id}`;
  let p = customPrincipals.get(key);
  if (!p) {
    const Fragment = lib === 'cdk' ? cdkIam.PrincipalPolicyFragment : ourPolicy.PrincipalPolicyFragment;
    p = {
      assumeRoleAction: 'sts:AssumeRole',
      policyFragment: new Fragment({ AWS: [`arn:aws:iam::555555555555:role/custom-${id}`] }),
      addToPrincipalPolicy: () => ({ statementAdded: false }),
    };
    p.grantPrincipal = p;
    customPrincipals.set(key, p);
  }
  return p;
}

/** Build one principal of a spec with one library. */
export function buildPrincipal(lib: Lib, spec: PrincipalSpec): any {
  const m: any = lib === 'cdk' ? cdkIam : ourPrincipals;
  const [kind, ...rest] = spec.split(':');
  const value = rest.join(':');
  switch (kind) {
    case 'service': return new m.ServicePrincipal(value);
    case 'account': return new m.AccountPrincipal(value === 'token' ? TOKENS.account : value);
    case 'arn': return new m.ArnPrincipal(value);
    case 'any': return new m.AnyPrincipal();
    case 'star': return new m.StarPrincipal();
    case 'org': return new m.OrganizationPrincipal(value);
    case 'canonical': return new m.CanonicalUserPrincipal(value);
    case 'federated': return new m.FederatedPrincipal(value, {}, 'sts:AssumeRoleWithWebIdentity');
    case 'composite': return new m.CompositePrincipal(...value.split(',').map((v) => buildPrincipal(lib, `service:${v}`)));
    case 'custom': return customPrincipal(lib, value);
    default: throw new Error(`unknown principal spec ${spec}`);
  }
}

/** Build one statement of a spec with one library. */
export function buildStatement(lib: Lib, spec: StatementSpec): any {
  const m: any = lib === 'cdk' ? cdkIam : ourPolicy;
  return new m.PolicyStatement({
    sid: spec.sid,
    effect: spec.deny ? m.Effect.DENY : m.Effect.ALLOW,
    actions: spec.actions,
    notActions: spec.notActions,
    resources: spec.resources,
    notResources: spec.notResources,
    principals: spec.principals?.map((p) => buildPrincipal(lib, p)),
    notPrincipals: spec.notPrincipals?.map((p) => buildPrincipal(lib, p)),
    conditions: spec.conditions,
  });
}

/** What a merge is compared on: resolved statements before sorting, and origins as input indexes. */
export interface MergeOutcome {
  readonly statements: unknown[];
  readonly origins: number[][];
}

function newStack(context: { [key: string]: any } = {}): Stack {
  return new Stack(new App({ context }), 'Stack');
}

function outcome(stack: Stack, inputs: any[], merged: any[], origins: Map<any, any[]>): MergeOutcome {
  return {
    statements: merged.map((s) => stack.resolve(s.toStatementJson())),
    origins: merged.map((s) => origins.get(s)!.map((o: any) => inputs.indexOf(o))),
  };
}

/** `[aws-cdk-lib's merge, ours]`, each on statements built with its own library. */
export function mergeBoth(specs: StatementSpec[], options: Omit<MergeStatementsOptions, 'scope'> = {},
  context: { [key: string]: any } = {}): [MergeOutcome, MergeOutcome] {
  const cdkStack = newStack(context);
  const cdkInputs = specs.map((s) => buildStatement('cdk', s));
  const expected = cdkMergeStatements(cdkInputs, { ...options, scope: cdkStack });
  const ourStack = newStack(context);
  const ourInputs = specs.map((s) => buildStatement('ours', s));
  const actual = mergeStatements(ourInputs, { ...options, scope: ourStack });
  return [
    outcome(cdkStack, cdkInputs, expected.mergedStatements, expected.originsMap),
    outcome(ourStack, ourInputs, actual.mergedStatements, actual.originsMap),
  ];
}

/** aws-cdk-lib's minimized document for the specs, resolved. */
export function cdkMinimizedDocument(specs: StatementSpec[]): unknown {
  const stack = newStack();
  return stack.resolve(new cdkIam.PolicyDocument({ minimize: true, statements: specs.map((s) => buildStatement('cdk', s)) }));
}

/** This library's minimized document for the specs, resolved. */
export function ourMinimizedDocument(specs: StatementSpec[]): unknown {
  const stack = newStack();
  return stack.resolve(new ourPolicy.PolicyDocument({ minimize: true, statements: specs.map((s) => buildStatement('ours', s)) }));
}
