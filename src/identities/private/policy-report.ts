import * as fs from 'fs';
import * as path from 'path';
import {
  DefaultTokenResolver, IResolvable, IResolveContext, ISynthesisSession, Reference, StringConcat,
  Token, Tokenization, attachCustomSynthesis,
} from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { IamError } from '../../core';

/*
 * The IAM policy report written when `Role.customizeRoles()` prevents role synthesis: for every
 * role the app would have created, what an administrator must create by hand (trust policy,
 * managed policy ARNs, statements). Written as `iam-policy-report.json` and `iam-policy-report.txt`
 * into the cloud assembly directory.
 *
 * Interop: the report construct is the root child `PolicySynthesizer` and accepts the same
 * `addRole` / `addManagedPolicy` calls as aws-cdk-lib's, so whichever library creates it first
 * collects the roles of both (aws-cdk-lib's `CustomResourceProvider` roles included) into one
 * report, instead of two writers overwriting each other's file.
 */

/** The construct id of the report, shared with aws-cdk-lib. */
export const POLICY_REPORT_ID = 'PolicySynthesizer';

/** The base name of the report files in the assembly directory. */
export const POLICY_REPORT_FILE = 'iam-policy-report';

/** A role to report. */
export interface RoleReportEntry {
  /** The physical name of the precreated role; ignored when `missing`. */
  readonly roleName?: string;
  /** Identity policy statements (statement JSON, may hold tokens), filled until synthesis. */
  readonly policyStatements: any[];
  /** Managed policies attached to the role (objects with `managedPolicyArn`), filled until synthesis. */
  readonly managedPolicies: any[];
  /** The trust policy statements, resolved. */
  readonly assumeRolePolicy?: any;
  /** True when no precreated role name was given for this role. */
  readonly missing?: boolean;
}

/** A managed policy whose synthesis was prevented, with the roles it is attached to. */
export interface ManagedPolicyReportEntry {
  /** The policy's statements (statement JSON). */
  readonly policyStatements: any[];
  /** Construct paths of the roles the policy is attached to. */
  readonly roles?: string[];
}

/** What a report collector accepts (ours, or aws-cdk-lib's `PolicySynthesizer`). */
export interface IPolicyReportCollector extends IConstruct {
  addRole(rolePath: string, options: RoleReportEntry): void;
  addManagedPolicy(policyPath: string, options: ManagedPolicyReportEntry): void;
}

/** One role in the JSON report. */
interface RoleReportJson {
  readonly roleConstructPath: string;
  readonly roleName: string;
  readonly missing?: boolean;
  readonly assumeRolePolicy: any;
  readonly managedPolicyArns: any;
  readonly managedPolicyStatements: any;
  readonly identityPolicyStatements: any;
}

const PSEUDO_NAMES: Record<string, string> = {
  'AWS::AccountId': '(ACCOUNT)',
  'AWS::Partition': '(PARTITION)',
  'AWS::Region': '(REGION)',
  'AWS::NoValue': '(NOVALUE)',
};

/** `(Path/To/Resource.Attribute)` for a reference token, else undefined. */
function referenceLabel(token: IResolvable): string | undefined {
  if (!Reference.isReference(token)) { return undefined; }
  return `(${token.target.node.path}.${token.displayName})`;
}

/** Resolves tokens, but stops at a value that is a single reference and labels it. */
class LabellingResolver extends DefaultTokenResolver {
  constructor() {
    super(new StringConcat());
  }

  public resolveToken(t: IResolvable, context: IResolveContext, postProcessor: any): any {
    const resolved = t.resolve(context);
    const reversed = Tokenization.reverseString(resolved);
    const label = reversed.length === 1 && reversed.firstToken ? referenceLabel(reversed.firstToken) : undefined;
    if (label) { return label; }
    return postProcessor.postProcess(context.resolve(resolved), context);
  }
}

/**
 * Collects precreated roles and prevented managed policies, and writes the report at synthesis.
 */
export class PolicyReport extends Construct implements IPolicyReportCollector {
  /**
   * The app's report collector: the existing root child `PolicySynthesizer` (ours or
   * aws-cdk-lib's), or a new one of ours.
   */
  public static getOrCreate(scope: IConstruct): IPolicyReportCollector {
    const existing = scope.node.root.node.tryFindChild(POLICY_REPORT_ID) as IPolicyReportCollector | undefined;
    return existing ?? new PolicyReport(scope);
  }

  private readonly roles = new Map<string, RoleReportEntry>();
  private readonly managedPolicies = new Map<string, ManagedPolicyReportEntry>();

  private constructor(private readonly reportScope: IConstruct) {
    super(reportScope.node.root as Construct, POLICY_REPORT_ID);
    attachCustomSynthesis(this, {
      onSynthesize: (session: ISynthesisSession) => this.write(session.outdir),
    });
  }

  /** Add a role to the report; throws when the path is already reported. */
  public addRole(rolePath: string, options: RoleReportEntry): void {
    if (this.roles.has(rolePath)) {
      throw new IamError(this, 'PolicyReportAlreadyEntryRole',
        `IAM Policy Report already has an entry for role: ${rolePath}; report each role once`);
    }
    this.roles.set(rolePath, options);
  }

  /** Add a prevented managed policy to the report; throws when the path is already reported. */
  public addManagedPolicy(policyPath: string, options: ManagedPolicyReportEntry): void {
    if (this.managedPolicies.has(policyPath)) {
      throw new IamError(this, 'PolicyReportAlreadyEntryManaged',
        `IAM Policy Report already has an entry for managed policy: ${policyPath}; report each managed policy once`);
    }
    this.managedPolicies.set(policyPath, options);
  }

  /** The report as JSON (what `iam-policy-report.json` holds). */
  public toJson(): { roles?: RoleReportJson[] } {
    const roles: RoleReportJson[] = [];
    for (const [rolePath, entry] of this.roles) {
      const { policyArns, policyStatements } = this.managedPoliciesOf(rolePath, entry.managedPolicies);
      roles.push({
        roleConstructPath: rolePath,
        roleName: entry.missing ? 'missing role' : entry.roleName!,
        missing: entry.missing,
        assumeRolePolicy: this.label(entry.assumeRolePolicy),
        managedPolicyArns: this.label(policyArns),
        managedPolicyStatements: this.label(policyStatements),
        identityPolicyStatements: this.label(entry.policyStatements),
      });
    }
    return roles.length > 0 ? { roles } : {};
  }

  /** The report as text (what `iam-policy-report.txt` holds). */
  public toText(): string {
    const show = (value: any): string =>
      !value || (Array.isArray(value) && value.length === 0) ? 'NONE' : JSON.stringify(value, undefined, 2);
    return (this.toJson().roles ?? []).map(role => [
      `<${role.missing ? 'missing role' : role.roleName}> (${role.roleConstructPath})`,
      '',
      'AssumeRole Policy:',
      show(role.assumeRolePolicy),
      '',
      'Managed Policy ARNs:',
      show(role.managedPolicyArns),
      '',
      'Managed Policies Statements:',
      show(role.managedPolicyStatements),
      '',
      'Identity Policy Statements:',
      show(role.identityPolicyStatements),
    ].join('\n')).join('\n\n');
  }

  private write(outdir: string): void {
    const report = this.toJson();
    if (!report.roles || report.roles.length === 0) { return; }
    const base = path.join(outdir, POLICY_REPORT_FILE);
    fs.writeFileSync(`${base}.txt`, this.toText());
    fs.writeFileSync(`${base}.json`, JSON.stringify(report, undefined, 2));
  }

  /**
   * Managed policies created in this app (and prevented) are reported by their statements;
   * others (imported, AWS managed) by their ARN. Policies that name the role in `roles` count too.
   */
  private managedPoliciesOf(rolePath: string, attached: any[]): { policyArns: any[]; policyStatements: any[] } {
    const policyStatements: any[] = [];
    for (const entry of this.managedPolicies.values()) {
      if (entry.roles?.includes(rolePath)) { policyStatements.push(...entry.policyStatements); }
    }
    const policyArns: any[] = [];
    for (const policy of attached) {
      const policyPath = constructPath(policy);
      const created = policyPath !== undefined ? this.managedPolicies.get(policyPath) : undefined;
      if (created) {
        policyStatements.push(...created.policyStatements);
      } else {
        policyArns.push(policy.managedPolicyArn);
      }
    }
    return { policyArns, policyStatements };
  }

  /** Replace references and pseudo parameters by readable labels, recursively. */
  private label(value: any): any {
    if (!value || (Array.isArray(value) && value.length === 0)) { return []; }
    if (Array.isArray(value)) { return value.map(v => this.label(v)); }
    if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) { value[key] = this.label(inner); }
      return value;
    }
    if (typeof value !== 'string') { return value; }
    return this.labelString(value);
  }

  private labelString(value: string): string {
    const fragments = Tokenization.reverseString(value);
    const whole = fragments.length === 1 && fragments.firstToken ? referenceLabel(fragments.firstToken) : undefined;
    if (whole) { return whole; }
    return fragments.mapTokens({
      mapToken: (token: IResolvable) => {
        const label = referenceLabel(token);
        if (label) { return label; }
        const resolved = Tokenization.resolve(token, { scope: this.reportScope, resolver: new LabellingResolver() });
        if (resolved && typeof resolved === 'object' && typeof resolved.Ref === 'string') {
          return PSEUDO_NAMES[resolved.Ref] ?? token;
        }
        return Token.isUnresolved(token) && typeof resolved === 'string' && resolved ? resolved : token;
      },
    }).join(new StringConcat());
  }
}

function constructPath(x: any): string | undefined {
  try {
    const node = x?.node;
    return node && typeof node.path === 'string' ? node.path : undefined;
  } catch {
    // detached constructs (AWS managed policies) throw on `node`
    return undefined;
  }
}
