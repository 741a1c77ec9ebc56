import { elements } from './private/values';
import type { TargetDocument, TargetEntity, TargetKind, ValidationTarget } from './target';

/*
 * CloudFormation template → validation targets. Pure: reads template JSON (resolved), no
 * constructs. Used by the synth adapter (one resolved resource at a time, gathered into a
 * template), the policy validation plugin and the CLI (whole templates).
 */

/** One resource of a template. */
export interface CfnResourceJson {
  readonly Type?: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
}

/** Where resource policies sit in the resource types that have one. */
const RESOURCE_POLICY_PROPERTIES: Record<string, string> = {
  'AWS::S3::BucketPolicy': 'PolicyDocument',
  'AWS::SQS::QueuePolicy': 'PolicyDocument',
  'AWS::SNS::TopicPolicy': 'PolicyDocument',
  'AWS::KMS::Key': 'KeyPolicy',
  'AWS::ECR::Repository': 'RepositoryPolicyText',
  'AWS::SecretsManager::ResourcePolicy': 'ResourcePolicy',
  'AWS::OpenSearchService::Domain': 'AccessPolicies',
  'AWS::Backup::BackupVault': 'AccessPolicy',
  'AWS::EFS::FileSystem': 'FileSystemPolicy',
};

const ENTITY: Record<string, { kind: TargetKind; name: string }> = {
  'AWS::IAM::Role': { kind: 'role', name: 'RoleName' },
  'AWS::IAM::User': { kind: 'user', name: 'UserName' },
  'AWS::IAM::Group': { kind: 'group', name: 'GroupName' },
};

const INLINE: Record<string, Array<[string, TargetKind]>> = {
  'AWS::IAM::Policy': [['Roles', 'role'], ['Users', 'user'], ['Groups', 'group']],
  'AWS::IAM::RolePolicy': [['RoleName', 'role']],
  'AWS::IAM::UserPolicy': [['UserName', 'user']],
  'AWS::IAM::GroupPolicy': [['GroupName', 'group']],
};

/** The logical ids a `Roles`/`RoleName`-style property refers to with `Ref`. */
function refs(value: unknown): string[] {
  return (elements(value) ?? [])
    .map((v) => (v !== null && typeof v === 'object' && typeof (v as any).Ref === 'string' ? (v as any).Ref as string : undefined))
    .filter((x): x is string => x !== undefined);
}

/** The IAM-relevant resources of a template as validation targets. */
export function templateTargets(
  resources: Record<string, CfnResourceJson>,
  pathOf: (logicalId: string) => string,
): ValidationTarget[] {
  const extraDocs = new Map<string, TargetDocument[]>();
  const extraManaged = new Map<string, unknown[]>();
  for (const [id, r] of Object.entries(resources)) {
    const p = r.Properties ?? {};
    for (const [prop] of INLINE[r.Type ?? ''] ?? []) {
      for (const owner of refs(p[prop])) {
        const list = extraDocs.get(owner) ?? [];
        list.push({ kind: 'identity', document: p.PolicyDocument, location: `${id}.Properties.PolicyDocument`, sizeOnly: true });
        extraDocs.set(owner, list);
      }
    }
    if (r.Type === 'AWS::IAM::ManagedPolicy') {
      for (const owner of [...refs(p.Roles), ...refs(p.Users), ...refs(p.Groups)]) {
        extraManaged.set(owner, [...(extraManaged.get(owner) ?? []), { Ref: id }]);
      }
    }
  }

  const out: ValidationTarget[] = [];
  for (const [id, r] of Object.entries(resources)) {
    const t = targetOf(r, pathOf(id), extraDocs.get(id) ?? [], extraManaged.get(id) ?? []);
    if (t) { out.push(t); }
  }
  return out;
}

function targetOf(r: CfnResourceJson, path: string, extraDocs: TargetDocument[], extraManaged: unknown[]): ValidationTarget | undefined {
  const type = r.Type ?? '';
  const p = r.Properties ?? {};
  const entity = ENTITY[type];
  if (entity) {
    const policies = elements(p.Policies) ?? [];
    const documents: TargetDocument[] = [];
    if (type === 'AWS::IAM::Role' && p.AssumeRolePolicyDocument !== undefined) {
      documents.push({ kind: 'trust', document: p.AssumeRolePolicyDocument, location: 'Properties.AssumeRolePolicyDocument' });
    }
    policies.forEach((pol, i) => {
      documents.push({ kind: 'identity', document: (pol as any)?.PolicyDocument, location: `Properties.Policies[${i}].PolicyDocument` });
    });
    documents.push(...extraDocs);
    const managed = elements(p.ManagedPolicyArns);
    const e: TargetEntity = {
      name: p[entity.name],
      path: p.Path,
      description: p.Description,
      tags: p.Tags,
      maxSessionDuration: p.MaxSessionDuration,
      managedPolicyArns: managed === undefined ? p.ManagedPolicyArns : [...managed, ...extraManaged],
      policyNames: policies.map((pol) => (pol as any)?.PolicyName),
    };
    return { kind: entity.kind, path, documents, entity: e };
  }
  if (INLINE[type]) {
    return {
      kind: 'inline-policy',
      path,
      documents: [{ kind: 'identity', document: p.PolicyDocument, location: 'Properties.PolicyDocument' }],
      entity: { name: p.PolicyName },
    };
  }
  if (type === 'AWS::IAM::ManagedPolicy') {
    return {
      kind: 'managed-policy',
      path,
      documents: [{ kind: 'identity', document: p.PolicyDocument, location: 'Properties.PolicyDocument' }],
      entity: { name: p.ManagedPolicyName, path: p.Path, description: p.Description },
    };
  }
  if (type === 'AWS::IAM::InstanceProfile') {
    return { kind: 'instance-profile', path, documents: [], entity: { name: p.InstanceProfileName, path: p.Path } };
  }
  const prop = RESOURCE_POLICY_PROPERTIES[type];
  if (prop && p[prop] !== undefined && typeof p[prop] === 'object') {
    return { kind: 'resource-policy', path, documents: [{ kind: 'resource', document: p[prop], location: `Properties.${prop}` }] };
  }
  return undefined;
}

/** The `aws:cdk:path` of a resource when the template records it. */
export function cdkPathOf(resource: CfnResourceJson | undefined): string | undefined {
  const p = resource?.Metadata?.['aws:cdk:path'];
  return typeof p === 'string' ? p : undefined;
}
