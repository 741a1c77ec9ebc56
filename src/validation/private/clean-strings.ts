/*
 * A set of strings a rule found nothing to say about. Apps repeat the same few dozen action
 * strings thousands of times (every `grantRead` lists the same actions), and whether an action
 * string is fine depends on nothing but the string and the IAM reference, which does not change
 * in a process: a rule that remembers its clean strings does one set lookup instead of taking the
 * string apart again. Bounded: cleared when it grows past LIMIT strings.
 */
const LIMIT = 10000;

/** Strings known to raise nothing for one rule. */
export class CleanStrings {
  private readonly strings = new Set<string>();

  public has(s: string): boolean {
    return this.strings.has(s);
  }

  public add(s: string): void {
    if (this.strings.size >= LIMIT) { this.strings.clear(); }
    this.strings.add(s);
  }
}
