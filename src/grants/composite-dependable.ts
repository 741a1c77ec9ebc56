import { Dependable, IDependable } from 'constructs';

/**
 * Composite dependable.
 *
 * Not as simple as eagerly getting the dependency roots from the inner dependables,
 * as they may be mutable so the query is deferred.
 */
export class CompositeDependable implements IDependable {
  /**
   * @param dependables the dependables this one stands for
   */
  constructor(...dependables: IDependable[]) {
    Dependable.implement(this, {
      get dependencyRoots() {
        return dependables.flatMap(d => Dependable.of(d).dependencyRoots);
      },
    });
  }
}
