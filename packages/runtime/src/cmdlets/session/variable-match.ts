// VariableCommandBase.GetMatchingVariables: a name or pattern, -Include/-Exclude, in one scope or the visible chain.
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { PSVariable } from '../../engine/session-state/ps-variable.js';
import { containsWildcardCharacters, WildcardPattern } from '../../text/wildcard.js';
import { scopeById } from './scope-id.js';

export interface VariableMatches {
  readonly variables: PSVariable[];
  /** A variable of that name exists but -Include/-Exclude or the pattern left it out: no "not found" error. */
  readonly wasFiltered: boolean;
}

const patterns = (values: unknown): WildcardPattern[] =>
  ((values as string[] | undefined) ?? []).map((p) => new WildcardPattern(String(p), true));

/** Whether the name passes -Include (none given = all) and -Exclude. */
export function passesFilters(name: string, include: WildcardPattern[], exclude: WildcardPattern[]): boolean {
  return (
    (include.length === 0 || include.some((p) => p.isMatch(name))) && !exclude.some((p) => p.isMatch(name))
  );
}

/** $PSItem as Get-Variable lists it: its own name over $_'s value, as pwsh's MutableTuple.GetVariableTable adds it. */
class PSItemVariable extends PSVariable {
  constructor(private readonly underbar: PSVariable) {
    super('PSItem', undefined, underbar.options, underbar.description);
  }
  override get value(): unknown {
    return this.underbar.value;
  }
  override set value(v: unknown) {
    this.underbar.value = v;
  }
}

/** The one slot $_ and $PSItem share is listed under each name. */
const listed = (key: string, variable: PSVariable): PSVariable =>
  key === 'psitem' && variable.name === '_' ? new PSItemVariable(variable) : variable;

/**
 * The variables visible from the caller (nearest scope wins; private variables of parent scopes hidden), or
 * those of the one scope `-Scope` names.
 */
export function variableTable(rt: CommandRuntime, scope: string | undefined): Map<string, PSVariable> {
  const table = new Map<string, PSVariable>();
  if (scope) {
    for (const [key, variable] of scopeById(rt, scope).variables) table.set(key, listed(key, variable));
    return table;
  }
  for (let s: typeof rt.scope | null = rt.scope; s; s = s.parent) {
    for (const [key, variable] of s.variables) {
      if (table.has(key) || (s !== rt.scope && variable.isPrivate)) continue;
      table.set(key, listed(key, variable));
    }
  }
  return table;
}

export function matchingVariables(
  rt: CommandRuntime,
  rawName: string,
  scope: string | undefined,
): VariableMatches {
  const name = rawName || '*';
  const include = patterns(rt.parameters['Include']);
  const exclude = patterns(rt.parameters['Exclude']);
  const hasWildcard = containsWildcardCharacters(name);
  if (!hasWildcard && !passesFilters(name, include, exclude)) return { variables: [], wasFiltered: true };
  const pattern = new WildcardPattern(name, true);
  const variables: PSVariable[] = [];
  let wasFiltered = false;
  for (const variable of variableTable(rt, scope).values()) {
    if (!pattern.isMatch(variable.name)) {
      if (hasWildcard) wasFiltered = true;
      continue;
    }
    if (passesFilters(variable.name, include, exclude)) variables.push(variable);
    else wasFiltered = true;
  }
  return { variables, wasFiltered };
}

/** StringComparer.CurrentCultureIgnoreCase order, as Get-Variable and Get-Alias sort. */
export const byName = (a: { name: string }, b: { name: string }): number =>
  a.name.localeCompare(b.name, 'en-US', { sensitivity: 'accent' });
