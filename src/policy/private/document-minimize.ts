import { IConstruct } from 'constructs';
import type { PolicyStatement } from '../policy-statement';
import { FirstFitBins } from './first-fit';
import { EqualFolder, mergeStatements } from './merge/merge-statements';
import { partsOf } from './merge/mergeable';
import type { StatementJson } from './policy-json';
import { deriveEstimateSizeOptions, estimateStatementJsonSize, estimateStatementSize } from './size';

/*
 * The call sites of statement merging for PolicyDocument: `minimize` and the splitting of an
 * oversized document (a role's default policy spilling into managed policies). The merge
 * algorithm lives in ./merge, the size estimate in ./size; both follow aws-cdk-lib 2.276.
 */

/** The statements of a document after merging (aws-cdk-lib's mergeStatements rules). */
export function minimizeStatements(statements: PolicyStatement[], scope: IConstruct): PolicyStatement[] {
  return mergeStatements(statements, { scope }).mergedStatements;
}

/** One group of statements produced by `splitStatements`. */
export interface StatementGroup {
  /** The (possibly merged) statements of the group. */
  readonly statements: PolicyStatement[];
  /** The original statements they were made of, in order. */
  readonly originals: PolicyStatement[];
}

/** How a document's statements are divided by `splitStatements`. */
export interface SplitResult {
  /** What stays in the document: below `selfMaximumSize` (estimated). */
  readonly kept: StatementGroup;
  /** The overflow documents, each up to `splitMaximumSize` (estimated), in creation order. */
  readonly overflow: StatementGroup[];
}

/**
 * Divide statements the way aws-cdk-lib splits a role's policy: first merge (fully when `merge`,
 * otherwise only exact duplicates) without letting a merged statement exceed the merge size
 * limit; then walk the statements in order, keeping each while the kept size stays below
 * `selfMaximumSize`, and moving the others to the first overflow group with room (a new group
 * when none has room).
 */
export function splitStatements(statements: PolicyStatement[], scope: IConstruct,
  selfMaximumSize: number, splitMaximumSize: number, merge: boolean): SplitResult {
  const sizeOptions = deriveEstimateSizeOptions(scope);
  const kept = new Array<PolicyStatement>();
  const overflow = new Array<PolicyStatement[]>();
  const bins = new FirstFitBins(splitMaximumSize);
  let keptSize = 0;
  const place = (statement: PolicyStatement, size: number) => {
    if (keptSize + size < selfMaximumSize) {
      keptSize += size;
      kept.push(statement);
      return;
    }
    // the first overflow group with room, else a new one (first fit, see ./first-fit.ts)
    const bin = bins.place(size);
    if (bin === overflow.length) { overflow.push([]); }
    overflow[bin].push(statement);
  };

  let originsOf: ((s: PolicyStatement) => PolicyStatement[]) | undefined;
  if (merge) {
    const merged = mergeStatements(statements, { sizeOptions, limitSize: true });
    for (const statement of merged.mergedStatements) { place(statement, estimateStatementSize(partsOf(statement), sizeOptions)); }
    originsOf = (s) => merged.originsMap.get(s) ?? [s];
  } else {
    // without minimizing only exact duplicates fold (into their first occurrence, which was placed
    // before them: folding and placing can share one pass). A statement of a document being split
    // is frozen (`_splitDocument` freezes them first), so its resolve JSON is rendered once and
    // kept: the single resource and the size estimate are read from it (one call per statement,
    // no parts object; the JSON is needed for the template anyway).
    const folder = new EqualFolder<PolicyStatement>();
    for (const statement of statements) {
      const json: StatementJson | undefined = statement.frozen ? statement._renderForResolve() : undefined;
      if (!folder.add(statement, json && discriminator(json))) { continue; }
      const size = (json ? estimateStatementJsonSize(json, sizeOptions) : undefined) ?? estimateStatementSize(partsOf(statement), sizeOptions);
      place(statement, size);
    }
    // when there are no duplicates (the usual case), every placed statement is its own only
    // original and no origins lists are built
    const equalsOf = folder.equalsOf;
    if (equalsOf) { originsOf = (s) => [s, ...equalsOf.get(s) ?? []]; }
  }

  const group = (members: PolicyStatement[]): StatementGroup =>
    ({ statements: members, originals: originsOf ? members.flatMap(originsOf) : members.slice() });
  return { kept: group(kept), overflow: overflow.map(group) };
}

/**
 * A value that statements equal for `EqualFolder` share (they have equal resource and action
 * sets): the smallest resource and the smallest action (when they are strings), or undefined when
 * the resource is not a string.
 * The action tells apart the statements of one grant on the same resources (a table's
 * `grantReadWriteData` adds two, with different actions), which would otherwise both need an
 * equality key.
 */
function discriminator(json: StatementJson): string | undefined {
  const resource = json.Resource;
  const smallestResource = typeof resource === 'string' ? resource : smallestString(resource);
  if (smallestResource === undefined) { return undefined; }
  const action = json.Action;
  const smallestAction = typeof action === 'string' ? action : smallestString(action);
  return smallestAction === undefined ? smallestResource : `${smallestResource}\u0000${smallestAction}`;
}

/**
 * The smallest string of a rendered `Resource` (or `Action`) list, or undefined when it is no list or holds
 * something else (an unresolved object). It tells statements apart for `EqualFolder.add`, which
 * needs a value that equal statements share: equal statements have equal resource sets (the
 * list renders each resource by itself, in the order added), hence the same smallest element.
 * Grant statements (a list of two resources each) then get an equality key only when they share
 * it, instead of every one of them.
 */
function smallestString(resources: unknown): string | undefined {
  if (!Array.isArray(resources) || resources.length === 0) { return undefined; }
  let smallest: string | undefined;
  for (const r of resources) {
    if (typeof r !== 'string') { return undefined; }
    if (smallest === undefined || r < smallest) { smallest = r; }
  }
  return smallest;
}
