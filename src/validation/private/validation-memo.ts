import type { SizeBounds } from './size';
import type { DocumentStatements } from './statement-keys';

/*
 * What the validation computes from a document object, remembered by object for as long as the
 * objects cannot change: one engine call, or (synth-adapter.ts) every engine call of one synth,
 * whose targets are resolved afresh for that synth and only read (a role's target counts the size
 * of its default policy's document, and the policy's own target reads it again). Nothing is
 * remembered across memos, so a document changed between two validations is measured again.
 */
export class ValidationMemo {
  /** A document's size bounds (size-checks.ts). */
  public readonly documentSizes = new Map<object, SizeBounds>();
  /** A document's statements and their keys (statement-keys.ts). */
  public readonly statementKeys = new Map<object, DocumentStatements>();
}
