import { CfnResource, IEnvironmentAware } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import type { Grant } from './grant';
import type { IGrantable } from '../policy/principal';
import { Traits } from './private/traits';
import { GrantableResources, IResourceWithPolicyV2 } from './resource-with-policy';

/**
 * Result of a call to grantOnKey().
 */
export interface GrantOnKeyResult {
  /**
   * The Grant object, if a grant was created.
   *
   * @default No grant
   */
  readonly grant?: Grant;
}

/**
 * A resource that contains data that can be encrypted, using a KMS key.
 */
export interface IEncryptedResource extends IEnvironmentAware {
  /**
   * Gives permissions to a grantable entity to perform actions on the encryption key.
   *
   * @param grantee the principal
   * @param actions the KMS actions
   */
  grantOnKey(grantee: IGrantable, ...actions: string[]): GrantOnKeyResult;
}

/**
 * Factory interface for creating IResourceWithPolicyV2 instances from L1 constructs.
 */
export interface IResourcePolicyFactory {
  /**
   * Create an IResourceWithPolicyV2 from a construct.
   *
   * @param resource the construct to be wrapped as an IResourceWithPolicyV2.
   */
  forResource(resource: CfnResource): IResourceWithPolicyV2;
}

/**
 * Factory interface for creating IEncryptedResource instances from L1 constructs.
 */
export interface IEncryptedResourceFactory {
  /**
   * Create an IEncryptedResource from a construct.
   *
   * @param resource the construct to be wrapped as an IEncryptedResource.
   */
  forResource(resource: CfnResource): IEncryptedResource;
}

/**
 * Default factories for resources with policies, per CloudFormation resource type.
 */
export class DefaultPolicyFactories {
  /**
   * Get the default factory for a given CloudFormation resource type.
   *
   * @param type the CloudFormation resource type (e.g., 'AWS::DynamoDB::Table')
   */
  public static get(type: string): IResourcePolicyFactory | undefined {
    return DefaultPolicyFactories.map.get(type);
  }

  /**
   * Register a default factory for a given CloudFormation resource type.
   *
   * @param type the CloudFormation resource type (e.g., 'AWS::DynamoDB::Table')
   * @param factory the factory to register for this resource type
   */
  public static set(type: string, factory: IResourcePolicyFactory): void {
    DefaultPolicyFactories.map.set(type, factory);
  }

  /**
   * Check if a default factory is registered for a given CloudFormation resource type.
   *
   * @param type the CloudFormation resource type (e.g., 'AWS::DynamoDB::Table')
   */
  public static has(type: string): boolean {
    return DefaultPolicyFactories.map.has(type);
  }

  private static readonly map = new Map<string, IResourcePolicyFactory>();

  private constructor() {}
}

/**
 * Default factories for encrypted resources, per CloudFormation resource type.
 */
export class DefaultEncryptedResourceFactories {
  /**
   * Get the default factory for a given CloudFormation resource type.
   *
   * @param type the CloudFormation resource type (e.g., 'AWS::DynamoDB::Table')
   */
  public static get(type: string): IEncryptedResourceFactory | undefined {
    return DefaultEncryptedResourceFactories.map.get(type);
  }

  /**
   * Register a default factory for a given CloudFormation resource type.
   *
   * @param type the CloudFormation resource type (e.g., 'AWS::DynamoDB::Table')
   * @param factory the factory to register for this resource type
   */
  public static set(type: string, factory: IEncryptedResourceFactory): void {
    DefaultEncryptedResourceFactories.map.set(type, factory);
  }

  /**
   * Check if a default factory is registered for a given CloudFormation resource type.
   *
   * @param type the CloudFormation resource type (e.g., 'AWS::DynamoDB::Table')
   */
  public static has(type: string): boolean {
    return DefaultEncryptedResourceFactories.map.has(type);
  }

  private static readonly map = new Map<string, IEncryptedResourceFactory>();

  private constructor() {}
}

/**
 * Finds the resource policy of a construct: the construct itself when it has one, or for an L1
 * resource the view made by the factory registered for its type (nearest scope first, then the
 * default factory when `@aws-cdk/core:automaticL1Traits` is on).
 */
export class ResourceWithPolicies {
  /**
   * Retrieve the IResourceWithPolicyV2 associated with a construct, if available.
   *
   * @param resource the construct
   */
  public static of(resource: IEnvironmentAware): IResourceWithPolicyV2 | undefined {
    if (GrantableResources.isResourceWithPolicy(resource)) { return resource; }
    return resource instanceof CfnResource ? ResourceWithPolicies.traits.of(resource) : undefined;
  }

  /**
   * Register a factory for a specific CloudFormation resource type and scope.
   *
   * @param scope the scope under which the factory applies
   * @param cfnType the CloudFormation resource type
   * @param factory the factory
   */
  public static register(scope: IConstruct, cfnType: string, factory: IResourcePolicyFactory): void {
    ResourceWithPolicies.traits.register(scope, cfnType, factory);
  }

  private static readonly traits = new Traits<IResourceWithPolicyV2>(
    Symbol.for('cdk-iam-kit.resource-policy-factory'), type => DefaultPolicyFactories.get(type));

  private constructor() {}
}

/**
 * Finds the encryption-key view of a construct, like `ResourceWithPolicies` does for policies.
 */
export class EncryptedResources {
  /**
   * Retrieve the IEncryptedResource associated with a construct, if available.
   *
   * @param resource the construct
   */
  public static of(resource: IEnvironmentAware): IEncryptedResource | undefined {
    if (typeof (resource as any).grantOnKey === 'function') { return resource as IEncryptedResource; }
    return resource instanceof CfnResource ? EncryptedResources.traits.of(resource) : undefined;
  }

  /**
   * Register a factory for a specific CloudFormation resource type and scope.
   *
   * @param scope the scope under which the factory applies
   * @param cfnType the CloudFormation resource type
   * @param factory the factory
   */
  public static register(scope: IConstruct, cfnType: string, factory: IEncryptedResourceFactory): void {
    EncryptedResources.traits.register(scope, cfnType, factory);
  }

  private static readonly traits = new Traits<IEncryptedResource>(
    Symbol.for('cdk-iam-kit.encrypted-resource-factory'), type => DefaultEncryptedResourceFactories.get(type));

  private constructor() {}
}
