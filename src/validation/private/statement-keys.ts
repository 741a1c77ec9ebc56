import type { StatementJson } from '../../policy/private/policy-json';
import type { DocumentKind } from '../target';
import { statementKey, Verdict, verdictOfKey } from './statement-verdicts';
import { statementsOf } from './statements-of';
import type { ValidationMemo } from './validation-memo';

/*
 * A document's statements and their verdict entries (statement-verdicts.ts), listed once per memo.
 *
 * Three readers need them: the rules (the statements), the engine (which local rules already found
 * a statement clean) and the size checks (a statement's size follows from its key, size-checks.ts).
 * In a synth they meet the same document in different targets (a role's aggregate size counts its
 * default policy's document, whose own target then checks its statements): one statementsOf, one
 * JSON.stringify and one verdict lookup per statement serve them all. A memo's documents do not
 * change while it lives (validation-memo.ts), so neither do their statements or keys.
 *
 * The lists hold the verdict entries, not the JSON texts just made: the entry keeps the one copy of
 * each distinct key, and the fresh strings (3,200 of ~200 characters on the realistic bench app, 450
 * distinct) die young instead of being kept alive, and promoted, for the rest of the synth.
 */

/** The statements of a document (statementsOf) and their verdict entries, in that order (undefined: no key). */
export interface DocumentStatements {
  readonly kind: DocumentKind;
  readonly statements: StatementJson[];
  readonly verdicts: Array<Verdict | undefined>;
}

/** The statements of `document`, a document of this kind, and their verdict entries, remembered in the memo. */
export function documentStatements(document: object, kind: DocumentKind, memo: ValidationMemo): DocumentStatements {
  const found = memo.statementKeys.get(document);
  if (found && found.kind === kind) { return found; }
  const statements = statementsOf(document) ?? [];
  const verdicts: Array<Verdict | undefined> = [];
  for (let i = 0; i < statements.length; i++) {
    const key = statementKey(statements[i]);
    verdicts.push(key === undefined ? undefined : verdictOfKey(key, kind));
  }
  const listed = { kind, statements, verdicts };
  // one document object under two kinds (never in a template) keeps the first kind's list
  if (!found) { memo.statementKeys.set(document, listed); }
  return listed;
}
