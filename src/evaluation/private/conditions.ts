import { ContextMap, Trace } from './glob';
import { OperatorSpec, PolicyValue, compareOne, operatorSpec, policyValueText, preparePolicyValue } from './operators';
import { Val, asList, valText } from './values';

/*
 * The Condition element: operator blocks (AND), keys within a block (AND), values of a key (OR),
 * set qualifiers `ForAllValues:` / `ForAnyValue:`, the `...IfExists` suffix and `Null`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_logic_multiple_context_keys_or_values.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */

/** One `operator: { key: values }` pair, compiled. */
export interface CompiledCondition {
  readonly operator: string;
  readonly key: string;
  readonly lowerKey: string;
  readonly spec: OperatorSpec;
  readonly set?: 'all' | 'any';
  readonly ifExists: boolean;
  readonly values: readonly PolicyValue[];
}

/** The outcome of one condition, for explanations. */
export interface ConditionOutcomeData {
  readonly operator: string;
  readonly key: string;
  readonly passed: boolean;
  readonly contextValues: string[];
  readonly policyValues: string[];
  /** The key was not in the request context. */
  readonly keyMissing: boolean;
}

/**
 * Compile a Condition element. Returns a problem description when it is malformed (the policy
 * is then skipped by rule `MalformedPolicy`).
 */
export function compileConditions(element: unknown, variables: boolean): CompiledCondition[] | string {
  if (element === undefined) { return []; }
  if (typeof element !== 'object' || element === null || Array.isArray(element)) { return 'Condition must be an object'; }
  const out: CompiledCondition[] = [];
  for (const [operator, block] of Object.entries(element as Record<string, unknown>)) {
    const parsed = parseOperator(operator);
    if (!parsed) { return `unknown condition operator '${operator}'`; }
    if (typeof block !== 'object' || block === null || Array.isArray(block)) { return `the '${operator}' block must map condition keys to values`; }
    for (const [key, raw] of Object.entries(block as Record<string, unknown>)) {
      const values: PolicyValue[] = [];
      for (const item of asList(raw)) {
        const pv = preparePolicyValue(parsed.spec, item, variables);
        if (typeof pv === 'string') { return `${operator} '${key}': ${pv}`; }
        values.push(pv);
      }
      out.push({ operator, key, lowerKey: key.toLowerCase(), ...parsed, values });
    }
  }
  return out;
}

function parseOperator(operator: string): { spec: OperatorSpec; set?: 'all' | 'any'; ifExists: boolean } | undefined {
  let name = operator;
  let set: 'all' | 'any' | undefined;
  const colon = name.indexOf(':');
  if (colon >= 0) {
    const qualifier = name.slice(0, colon).toLowerCase();
    if (qualifier === 'forallvalues') { set = 'all'; } else if (qualifier === 'foranyvalue') { set = 'any'; } else { return undefined; }
    name = name.slice(colon + 1);
  }
  let ifExists = false;
  if (/ifexists$/i.test(name) && name.length > 8) { ifExists = true; name = name.slice(0, -8); }
  const spec = operatorSpec(name);
  if (!spec || (spec.family === 'null' && (ifExists || set))) { return undefined; }
  return { spec, set, ifExists };
}

/** Evaluate one compiled condition against the request context. */
export function evaluateCondition(c: CompiledCondition, ctx: ContextMap, trace: Trace): ConditionOutcomeData {
  const found = ctx.get(c.lowerKey);
  const present = found !== undefined && found.length > 0;
  const passed = decide(c, found ?? [], present, ctx, trace);
  return {
    operator: c.operator,
    key: c.key,
    passed,
    contextValues: (found ?? []).map(valText),
    policyValues: c.values.map(policyValueText),
    keyMissing: found === undefined,
  };
}

function decide(c: CompiledCondition, found: readonly Val[], present: boolean, ctx: ContextMap, trace: Trace): boolean {
  if (c.spec.family === 'null') {
    // "true": the key must be absent; "false": the key must be present.
    return c.values.some(v => v.kind === 'text' && (v.text === 'true' ? !present : present));
  }
  // A value satisfies the operator: positive = equals some policy value; negated = equals none.
  const satisfies = (v: Val) => {
    const any = c.values.some(pv => compareOne(c.spec, v, pv, ctx, trace));
    return c.spec.negated ? !any : any;
  };
  if (c.set === 'all') {
    // ForAllValues: true when every request value satisfies, also when there are none.
    return !present || found.every(satisfies);
  }
  if (c.set === 'any') {
    if (!present) { return c.ifExists; }
    return found.some(satisfies);
  }
  if (!present) {
    // Missing key: false, except ...IfExists and negated operators, which are true.
    return c.ifExists || c.spec.negated;
  }
  const anyMatch = found.some(v => c.values.some(pv => compareOne(c.spec, v, pv, ctx, trace)));
  return c.spec.negated ? !anyMatch : anyMatch;
}
