import { CfnResource, cx_api, FeatureFlags } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { IamError } from '../../core';

/** Makes a trait (e.g. a resource-policy view) for an L1 resource. */
export interface TraitFactory<T> {
  forResource(resource: CfnResource): T;
}

/**
 * Traits of L1 resources: factories registered per construct scope and CloudFormation type
 * (the nearest scope wins), falling back to a default factory per type when the
 * `@aws-cdk/core:automaticL1Traits` feature flag is on. One trait instance per resource.
 */
export class Traits<T> {
  private readonly instances = new WeakMap<CfnResource, T>();

  constructor(private readonly sym: symbol, private readonly defaultFactoryFor: (cfnType: string) => TraitFactory<T> | undefined) {}

  /** The trait of the resource, or undefined when no factory applies. */
  public of(resource: CfnResource): T | undefined {
    const cached = this.instances.get(resource);
    if (cached !== undefined) { return cached; }
    let factory = this.lookupFactory(resource);
    if (!factory) {
      if (!FeatureFlags.of(resource).isEnabled(cx_api.AUTOMATIC_L1_TRAITS)) {
        throw new IamError(resource, 'TraitNotFound',
          `Couldn't find trait for ${resource}; install one explicitly or enable the feature flag '${cx_api.AUTOMATIC_L1_TRAITS}'`);
      }
      factory = this.defaultFactoryFor(resource.cfnResourceType);
    }
    if (!factory) { return undefined; }
    const trait = factory.forResource(resource);
    this.instances.set(resource, trait);
    return trait;
  }

  /** Register a factory for a CloudFormation type, for the resources under `scope`. */
  public register(scope: IConstruct, cfnType: string, factory: TraitFactory<T>): void {
    const holder = scope as any;
    let map: Map<string, TraitFactory<T>> | undefined = holder[this.sym];
    if (!map) {
      map = new Map();
      Object.defineProperty(scope, this.sym, { value: map, configurable: false, enumerable: false });
    }
    map.set(cfnType, factory);
  }

  private lookupFactory(resource: CfnResource): TraitFactory<T> | undefined {
    for (let current: IConstruct | undefined = resource; current; current = current.node.scope) {
      const map: Map<string, TraitFactory<T>> | undefined = (current as any)[this.sym];
      const factory = map?.get(resource.cfnResourceType);
      if (factory) { return factory; }
    }
    return undefined;
  }
}
