// Pure helper of the OIDC provider handler: which client IDs to add and remove on update.

/** The IAM calls an update needs to go from one client ID list to another. */
export interface ClientIdChanges {
  /** Client IDs in the new list only. */
  readonly adds: string[];
  /** Client IDs in the old list only. */
  readonly deletes: string[];
}

/** Compare two client ID lists as sets (order and duplicates do not matter). */
export function diffClientIds(oldIds: readonly string[], newIds: readonly string[]): ClientIdChanges {
  const before = new Set(oldIds);
  const after = new Set(newIds);
  return {
    adds: [...after].filter(id => !before.has(id)).sort(),
    deletes: [...before].filter(id => !after.has(id)).sort(),
  };
}

/** A CloudFormation boolean property (CloudFormation sends `"true"`/`"false"` strings). */
export function booleanProperty(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/** A CloudFormation string list property, sorted, without duplicates. */
export function stringListProperty(value: unknown): string[] {
  if (!Array.isArray(value)) { return []; }
  return [...new Set(value.map(String))].sort();
}
