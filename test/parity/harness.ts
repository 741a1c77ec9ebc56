import { App, Environment, Stack, Stage, aws_iam as cdkiam } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { IConstruct } from 'constructs';
import type * as kitModule from '../../src';
import * as boundary from '../../src/boundary';
import * as federation from '../../src/federation';
import * as grants from '../../src/grants';
import * as identities from '../../src/identities';
import * as policy from '../../src/policy';
import * as principals from '../../src/principals';

/*
 * The differential parity harness: one scenario, written against the aws-cdk-lib/aws-iam API,
 * runs once with aws-cdk-lib's `aws_iam` and once with cdk-iam-kit; every stack's template must be
 * equal. The expected side is always a live aws-cdk-lib 2.276 run, never hand-written JSON.
 */

/** The iam module a scenario receives: cdk-iam-kit, or aws-cdk-lib's aws_iam (same API). */
export type IamModule = typeof kitModule;

/** A scenario: build constructs in `stack` (or more stacks in `app`) with the given iam module. */
export type Scenario = (iam: IamModule, stack: Stack, app: App) => void;

/** The feature flags of aws-cdk-lib's iam module, off and on. */
export const FLAG_SETS: Record<string, Record<string, unknown>> = {
  'flags off': {
    '@aws-cdk/aws-iam:minimizePolicies': false,
    '@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName': false,
  },
  'flags on': {
    '@aws-cdk/aws-iam:minimizePolicies': true,
    '@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName': true,
  },
};

/** Options of one parity run. */
export interface ParityOptions {
  /** Extra app context (feature flags, boundary context, ...). */
  readonly context?: Record<string, unknown>;
  /** Environment of the main stack. @default - environment-agnostic */
  readonly env?: Environment;
}

/** The layers holding the aws_iam API (validation and evaluation add nothing a scenario uses). */
function loadKit(): IamModule {
  return { ...policy, ...principals, ...identities, ...grants, ...federation, ...boundary } as unknown as IamModule;
}

/** The iam modules under comparison. */
export function modules(): { cdk: IamModule; kit: IamModule } {
  return { cdk: cdkiam as unknown as IamModule, kit: loadKit() };
}

function stacksOf(root: IConstruct): Stack[] {
  return root.node.findAll().filter((c): c is Stack => Stack.isStack(c) && !Stage.isStage(c));
}

/** Synthesize the scenario with one module; templates by stack path. */
export function synthesize(iam: IamModule, scenario: Scenario, options: ParityOptions = {}): Record<string, any> {
  const app = new App({ context: options.context ?? {} });
  const stack = new Stack(app, 'Stack', { env: options.env });
  scenario(iam, stack, app);
  const templates: Record<string, any> = {};
  for (const s of stacksOf(app)) {
    templates[s.node.path] = Template.fromStack(s).toJSON();
  }
  return templates;
}

/** The outcome of a run: the templates, or the error thrown. */
export function outcome(iam: IamModule, scenario: Scenario, options: ParityOptions = {}): { templates?: any; error?: string } {
  try {
    return { templates: synthesize(iam, scenario, options) };
  } catch (e: any) {
    return { error: String(e?.message ?? e).split('\n')[0] };
  }
}

/**
 * Assert that cdk-iam-kit synthesizes what aws-cdk-lib synthesizes for the scenario
 * (or that both throw, when aws-cdk-lib throws).
 */
export function expectParity(scenario: Scenario, options: ParityOptions = {}): void {
  const { cdk, kit } = modules();
  const expected = outcome(cdk, scenario, options);
  const actual = outcome(kit, scenario, options);
  if (expected.error !== undefined) {
    expect(actual.error).toBeDefined();
    return;
  }
  if (actual.error !== undefined) {
    throw new Error(`cdk-iam-kit threw where aws-cdk-lib synthesized: ${actual.error}`);
  }
  const diffs = jsonDiff(expected.templates, actual.templates);
  if (diffs.length > 0) {
    throw new Error(`cdk-iam-kit's templates differ from aws-cdk-lib's:\n${diffs.join('\n')}`);
  }
}

/**
 * The differences between two JSON values, one line per differing path (at most `limit`).
 * Used instead of jest's `toEqual` diff, which runs out of memory on large templates.
 */
export function jsonDiff(expected: any, actual: any, limit = 15, at = '$', out: string[] = []): string[] {
  if (out.length >= limit) { return out; }
  const show = (v: any) => v === undefined ? 'undefined' : JSON.stringify(v).slice(0, 300);
  const bothObjects = expected && actual && typeof expected === 'object' && typeof actual === 'object'
    && Array.isArray(expected) === Array.isArray(actual);
  if (!bothObjects) {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      out.push(`${at}: aws-cdk-lib ${show(expected)} / cdk-iam-kit ${show(actual)}`);
    }
    return out;
  }
  if (Array.isArray(expected) && expected.length !== actual.length) {
    out.push(`${at}: aws-cdk-lib has ${expected.length} items / cdk-iam-kit ${actual.length}: ${show(expected)} / ${show(actual)}`);
    return out;
  }
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
  for (const key of keys) {
    jsonDiff(expected[key], actual[key], limit, Array.isArray(expected) ? `${at}[${key}]` : `${at}.${key}`, out);
  }
  return out;
}

/** Assert that both libraries refuse the scenario (throw while building or synthesizing). */
export function expectBothRefuse(scenario: Scenario, options: ParityOptions = {}): void {
  const { cdk, kit } = modules();
  const expected = outcome(cdk, scenario, options);
  const actual = outcome(kit, scenario, options);
  if (expected.error === undefined) {
    throw new Error('aws-cdk-lib did not refuse the scenario; use expectParity for it');
  }
  if (actual.error === undefined) {
    throw new Error(`cdk-iam-kit accepted what aws-cdk-lib refuses (${expected.error})`);
  }
}

/** Run every refusal scenario of a table under both flag sets, as one jest test each. */
export function refusalTable(scenarios: Record<string, Scenario>, options: ParityOptions = {}): void {
  describe.each(Object.entries(FLAG_SETS))('%s', (_name, flags) => {
    test.each(Object.keys(scenarios))('%s', (name) => {
      expectBothRefuse(scenarios[name], { ...options, context: { ...flags, ...(options.context ?? {}) } });
    });
  });
}

/** Run every scenario of a table under both flag sets, as one jest test each. */
export function parityTable(scenarios: Record<string, Scenario>, options: ParityOptions = {}): void {
  describe.each(Object.entries(FLAG_SETS))('%s', (_name, flags) => {
    test.each(Object.keys(scenarios))('%s', (name) => {
      expectParity(scenarios[name], { ...options, context: { ...flags, ...(options.context ?? {}) } });
    });
  });
}
