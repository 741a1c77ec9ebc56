import { knownStrings } from './values';
import { hasWildcard, wildcardRegex } from './wildcard';
import { ActionRef, getService, ServiceRef } from '../data/reference';

/** `service:Name` taken apart; undefined when there is no colon. */
export function splitAction(action: string): { prefix: string; name: string } | undefined {
  const colon = action.indexOf(':');
  if (colon <= 0) { return undefined; }
  return { prefix: action.slice(0, colon), name: action.slice(colon + 1) };
}

/** What an action string (possibly a wildcard pattern) stands for. */
export interface ActionLookup {
  /** The service, when the prefix is a concrete known prefix. */
  readonly service?: ServiceRef;
  /** The actions it matches, when the service is known. */
  readonly matches: ActionRef[];
}

/**
 * Resolve an action string against the reference. `matches` is empty for an unknown service,
 * an unknown action, or a pattern that matches nothing.
 */
export function lookupAction(action: string): ActionLookup {
  let found = lookupCache.get(action);
  if (!found) {
    if (lookupCache.size > 10000) { lookupCache.clear(); }
    found = lookupUncached(action);
    lookupCache.set(action, found);
  }
  return found;
}

const lookupCache = new Map<string, ActionLookup>();

function lookupUncached(action: string): ActionLookup {
  const parts = splitAction(action);
  if (!parts || hasWildcard(parts.prefix)) { return { matches: [] }; }
  const service = getService(parts.prefix);
  if (!service) { return { matches: [] }; }
  if (!hasWildcard(parts.name)) {
    const a = service.actions.get(parts.name.toLowerCase());
    return { service, matches: a ? [a] : [] };
  }
  // `service:*` (the commonest pattern) matches every action: no regex run over the whole service
  if (/^\*+$/.test(parts.name)) { return { service, matches: [...service.actions.values()] }; }
  const re = wildcardRegex(parts.name, true);
  return { service, matches: [...service.actions.values()].filter((a) => re.test(a.name)) };
}

/** The known action strings of a statement's Action field (NotAction ignored). */
export function statementActions(statement: { Action?: unknown }): string[] {
  return knownStrings(statement.Action);
}
