import { IPostProcessor, IResolvable, IResolveContext, Token } from 'aws-cdk-lib';

/**
 * A lazy list of strings that drops duplicates after resolution (when `${Token[...]}` strings
 * that differ before resolving turn out to be the same `{ "Ref": ... }`), and disappears
 * (renders `undefined`) when empty, so that the CloudFormation property is left out.
 */
export class UniqueStringSet implements IResolvable, IPostProcessor {
  /** A string list token backed by `produce`, evaluated at synthesis. */
  public static from(produce: () => string[]): string[] {
    return Token.asList(new UniqueStringSet(produce));
  }

  public readonly creationStack: string[] = [];

  private constructor(private readonly produce: () => string[]) {}

  public resolve(context: IResolveContext): string[] {
    context.registerPostProcessor(this);
    return this.produce();
  }

  public postProcess(input: any, _context: IResolveContext): any {
    if (!Array.isArray(input)) { return input; }
    if (input.length === 0) { return undefined; }
    // one element has no duplicate (a role with one managed policy): no JSON, no map; the input is
    // the resolver's fresh copy, so it can be returned as it is
    if (input.length === 1) { return input; }
    const unique = new Map<string, unknown>();
    for (const element of input) {
      const key = JSON.stringify(element);
      if (!unique.has(key)) { unique.set(key, element); }
    }
    return [...unique.values()];
  }

  public toString(): string {
    return Token.asString(this);
  }
}
