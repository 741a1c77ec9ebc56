import type { aws_iam as cdk_iam } from 'aws-cdk-lib';

/** The JSON of a statement without principals, as read from its getters (see below). */
export interface GetterJson {
  readonly Effect?: string;
  readonly Sid?: string;
  readonly Action: string[];
  readonly NotAction: string[];
  readonly Resource: string[];
  readonly NotResource: string[];
  readonly Condition?: { [operator: string]: any };
}

/** `foreignStatementJson()`: the JSON, and whether it was read from the getters. */
export type ForeignStatementJson =
  | { readonly fromGetters: true; readonly json: GetterJson }
  | { readonly fromGetters: false; readonly json: any };

/**
 * The JSON to build a view of an aws-cdk-lib statement from (PolicyStatement._fromForeign), read
 * through `fromJson`, so with its checks and errors.
 *
 * A statement without principals is read from its public getters instead of `toStatementJson()`,
 * whose cost is mostly the normalization (lists of one to a string, empty lists and conditions
 * dropped, lists de-duplicated) that `fromJson` undoes or does not need: a string and a list of
 * one read the same, an empty or absent list adds nothing, an empty or absent Condition adds
 * nothing, and our statements de-duplicate their lists. Condition blocks are copied per operator
 * when read, so the shallow copy the `conditions` getter returns reads as the live object does.
 * `null` reads as absent, as the normalization makes it. A statement with principals is read from
 * `toStatementJson()`: its principal JSON comes from the principals' policy fragments.
 *
 * The lists of getter JSON are the getters' own copies: `foreignRecord` keeps them to compare
 * with later (nothing may change them).
 */
export function foreignStatementJson(foreign: cdk_iam.PolicyStatement): ForeignStatementJson {
  // hasPrincipal: principals or notPrincipals, without the two list copies of their getters
  if (foreign.hasPrincipal) {
    return { fromGetters: false, json: foreign.toStatementJson() };
  }
  const conditions = foreign.conditions;
  return {
    fromGetters: true,
    json: {
      Effect: foreign.effect ?? undefined,
      Sid: foreign.sid ?? undefined,
      Action: foreign.actions,
      NotAction: foreign.notActions,
      Resource: foreign.resources,
      NotResource: foreign.notResources,
      Condition: Object.keys(conditions).length > 0 ? conditions : undefined,
    },
  };
}
