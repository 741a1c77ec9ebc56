import { Severity } from './finding';
import type { ResolvedIamLimits } from './private/resolve-limits';
import { documentStatements } from './private/statement-keys';
import type { Verdict } from './private/statement-verdicts';
import { statementsOf } from './private/statements-of';
import type { ValidationMemo } from './private/validation-memo';
import { knownStrings } from './private/values';
import type { DocumentKind, RuleContext, TargetDocument, ValidationTarget } from './target';
import type { StatementJson } from '../policy/private/policy-json';

export { statementsOf };

/*
 * The rule contract (cdk-nag style): every rule is a pure function of the target with a stable
 * id, a default severity, a one-line description and a longer explanation. The engine knows no
 * individual rule.
 */

/** What a rule reports; the engine adds rule id, severity and path. */
export interface RuleResult {
  readonly message: string;
  readonly fix: string;
  readonly location?: string;
  readonly statementIndex?: number;
  readonly sid?: string;
}

/** One validation rule. */
export interface Rule {
  /** Stable id, PascalCase: `UnknownAction`. */
  readonly id: string;
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly description: string;
  /** Why it matters and what IAM does. */
  readonly explanation: string;
  /**
   * True when what the rule reports about a statement depends only on that statement and the
   * kind of its document (not on other statements, the target or the limits), and every such
   * finding is made with `at()`. The engine then shows the rule only statements it has not yet
   * found clean (private/statement-verdicts.ts). Its document-level checks, if any, still see
   * every document.
   */
  readonly local?: boolean;
  check(ctx: RuleContext): RuleResult[];
}

/** One statement of a document, with where it is. */
export interface StatementVisit {
  readonly statement: StatementJson;
  readonly index: number;
  readonly sid?: string;
  readonly location: string;
  readonly documentKind: DocumentKind;
  readonly document: TargetDocument;
  /** The statement's verdict entry (private/statement-keys.ts), when the engine listed it. */
  readonly verdict?: Verdict;
}

/** One concrete action string of a statement's Action or NotAction. */
export interface ActionVisit {
  readonly visit: StatementVisit;
  readonly field: 'Action' | 'NotAction';
  readonly action: string;
}

/*
 * statements() and actionsOf() are asked by most rules for the same target: the engine hands one
 * context object to every rule of a validate() call, and the lists are remembered on it (a
 * RuleContextMemo made by newContext; a WeakMap for contexts made elsewhere, e.g. by tests).
 * Computing them once instead of per rule saves about a fifth of the rule time on IAM-heavy apps.
 * Rules only read them.
 */

/** The context the engine makes: the per-target lists rules share are kept on it. */
class RuleContextMemo implements RuleContext {
  public statements: StatementVisit[] | undefined = undefined;
  public actions: ActionVisit[] | undefined = undefined;
  /** The size checks of the target (private/size-checks.ts). */
  public sizeChecks: unknown = undefined;
  constructor(public readonly target: ValidationTarget, public readonly limits: ResolvedIamLimits, public readonly memo: ValidationMemo) {}
}

/** A rule context for the engine. */
export function newContext(target: ValidationTarget, limits: ResolvedIamLimits, memo: ValidationMemo): RuleContext {
  return new RuleContextMemo(target, limits, memo);
}

/** What is remembered on a context: on the engine's own contexts directly, else in a WeakMap. */
const foreign = new WeakMap<RuleContext, { statements?: StatementVisit[]; actions?: ActionVisit[]; sizeChecks?: unknown }>();

/** The object that holds the shared lists of a context. */
export function contextMemo(ctx: RuleContext): { statements?: StatementVisit[]; actions?: ActionVisit[]; sizeChecks?: unknown } {
  if (ctx instanceof RuleContextMemo) { return ctx; }
  let m = foreign.get(ctx);
  if (!m) { m = {}; foreign.set(ctx, m); }
  return m;
}

/** Every concrete action (tokens skipped) of every statement, with its field. Read-only. */
export function actionsOf(ctx: RuleContext): ActionVisit[] {
  const m = contextMemo(ctx);
  return m.actions ??= computeActions(ctx);
}

function computeActions(ctx: RuleContext): ActionVisit[] {
  const out: ActionVisit[] = [];
  for (const visit of statements(ctx)) {
    for (const field of ['Action', 'NotAction'] as const) {
      for (const action of knownStrings(visit.statement[field])) { out.push({ visit, field, action }); }
    }
  }
  return out;
}

/**
 * Every statement of every document the target owns (size-only documents skipped), or, in the
 * context the engine hands to local rules, the statements they still have to check. Read-only.
 */
export function statements(ctx: RuleContext): StatementVisit[] {
  const m = contextMemo(ctx);
  return m.statements ??= computeStatements(ctx);
}

/** Make `statements(ctx)` return this list (the engine's context for local rules). */
export function presetStatements(ctx: RuleContext, list: StatementVisit[]): void {
  contextMemo(ctx).statements = list;
}

function computeStatements(ctx: RuleContext): StatementVisit[] {
  const out: StatementVisit[] = [];
  for (const doc of ctx.target.documents) {
    if (doc.sizeOnly) { continue; }
    // the engine's contexts have a memo: a document's statements are listed once per memo
    if (ctx.memo && doc.document !== null && typeof doc.document === 'object') {
      const { statements: list, verdicts } = documentStatements(doc.document, doc.kind, ctx.memo);
      for (let index = 0; index < list.length; index++) { out.push(new Visit(list[index], index, doc, verdicts[index])); }
      continue;
    }
    const list = statementsOf(doc.document) ?? [];
    for (let index = 0; index < list.length; index++) { out.push(new Visit(list[index], index, doc, undefined)); }
  }
  return out;
}

/**
 * A StatementVisit whose location string is built only when asked for (a finding needs it): a
 * synth visits thousands of statements and reports on few.
 */
class Visit implements StatementVisit {
  public readonly sid?: string;
  public readonly documentKind: DocumentKind;
  constructor(
    public readonly statement: StatementJson, public readonly index: number, public readonly document: TargetDocument,
    public readonly verdict: Verdict | undefined) {
    this.sid = typeof statement.Sid === 'string' ? statement.Sid : undefined;
    this.documentKind = document.kind;
  }

  public get location(): string {
    return `${this.document.location}.Statement[${this.index}]`;
  }
}

/** A result about one statement. */
export function at(visit: StatementVisit, message: string, fix: string): RuleResult {
  return { message, fix, location: visit.location, statementIndex: visit.index, sid: visit.sid };
}

/** Quote a value for a message. */
export function q(value: unknown): string {
  return `'${typeof value === 'string' ? value : JSON.stringify(value)}'`;
}
