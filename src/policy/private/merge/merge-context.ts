import { EstimateSizeOptions } from '../size';
import { ElementHashes } from './set-hash';

/** Ids shared by one merge run: object identities and interned base strings. */
export class MergeContext {
  private readonly identities = new Map<object, number>();
  private readonly bases = new Map<string, number>();
  private readonly common = new Map<string, number>();
  private readonly commonWithLiteral = new Map<string, number>();
  /** Hashes of the elements of action, resource and principal sets. */
  public readonly hashes = new ElementHashes();
  constructor(
    public readonly sizeOptions: EstimateSizeOptions,
    public readonly trackSizes: boolean) {}

  /** A stable id for an object compared by identity. */
  public identity(x: object): number {
    let id = this.identities.get(x);
    if (id === undefined) {
      id = this.identities.size;
      this.identities.set(x, id);
    }
    return id;
  }

  /**
   * `intern` of the base of a common statement (no conditions, no Not* lists): `sharedKey` is
   * 'E' + effect there, so the id is cached by effect without building the string each time.
   */
  public internCommon(effect: string, hasLiteral: boolean): number {
    const cache = hasLiteral ? this.commonWithLiteral : this.common;
    let id = cache.get(effect);
    if (id === undefined) {
      id = this.intern(`E${effect}|${hasLiteral}`);
      cache.set(effect, id);
    }
    return id;
  }

  /** A small integer standing for an exact base string (equal ids iff equal strings). */
  public intern(base: string): number {
    let id = this.bases.get(base);
    if (id === undefined) {
      id = this.bases.size;
      this.bases.set(base, id);
    }
    return id;
  }
}
