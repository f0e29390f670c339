// Get-Variable, New-Variable, Set-Variable, Remove-Variable, Clear-Variable (pwsh's Var.cs) over the caller's scopes.
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { PSVariable, ScopedItemOptions } from '../../engine/session-state/ps-variable.js';
import type { SessionStateScope } from '../../engine/session-state/scope.js';
import { toStr } from '../../engine/semantics/index.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { PSList } from '../../values/ps-list.js';
import { scopeById, scopeChain } from './scope-id.js';
import { sessionError } from './session-errors.js';
import { byName, matchingVariables } from './variable-match.js';
import { guarded, optionBits, visibilityName, writeOptions, writeValue } from './variable-options.js';
import { psVariableView } from './variable-view.js';

/** Set-Variable's AutomationNull: no -Value given (an existing variable keeps its value). */
const NO_VALUE = Symbol('AutomationNull');

const namesOf = (rt: CommandRuntime): string[] =>
  ((rt.parameters['Name'] as string[] | undefined) ?? ['*']).map(String);
const scopeOf = (rt: CommandRuntime) => rt.parameters['Scope'] as string | undefined;
const flag = (rt: CommandRuntime, name: string) => rt.parameters[name] === true;

/** The scope holding this very variable (for Remove-Variable without -Scope). */
function ownerOf(rt: CommandRuntime, variable: PSVariable): SessionStateScope | undefined {
  for (const s of scopeChain(rt)) if (s.variables.get(variable.name.toLowerCase()) === variable) return s;
  return undefined;
}

export const getVariable: CmdletImplementation = {
  process(rt) {
    const valueOnly = flag(rt, 'ValueOnly');
    for (const name of namesOf(rt)) {
      const { variables, wasFiltered } = matchingVariables(rt, name, scopeOf(rt));
      variables.sort(byName);
      for (const v of variables) rt.writeObject(valueOnly ? v.value : psVariableView(v));
      if (variables.length === 0 && !wasFiltered) rt.writeError(sessionError(rt, 'VariableNotFound', name));
    }
  },
};

export const newVariable: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    const name = String(p['Name']);
    const force = flag(rt, 'Force');
    const target = scopeById(rt, scopeOf(rt));
    const existing = target.variables.get(name.toLowerCase());
    if (existing && !force) return rt.writeError(sessionError(rt, 'VariableAlreadyExists', name));
    const value = p['Value'] ?? null;
    if (!rt.shouldProcess(`Name: ${name} Value: ${toStr(rt.context, value)}`, 'New variable')) return;
    if (existing && (existing.isConstant || existing.isReadOnly) && !force)
      return rt.writeError(sessionError(rt, 'VariableNotWritable', name));
    if (existing?.isConstant) return rt.writeError(sessionError(rt, 'VariableNotWritable', name));
    const variable = new PSVariable(name, value, optionBits(p['Option']) ?? ScopedItemOptions.None);
    if (p['Description'] !== undefined) variable.description = String(p['Description'] ?? '');
    variable.visibility = visibilityName(p['Visibility']) ?? 'Public';
    target.variables.set(name.toLowerCase(), variable);
    if (flag(rt, 'PassThru')) rt.writeObject(psVariableView(variable));
  },
};

interface SetState {
  nameIsFormal: boolean;
  valueIsFormal: boolean;
  collected: unknown[] | undefined;
}
const setStates = new WeakMap<CommandRuntime, SetState>();

/** pwsh's SetVariable(names, value): updates the matches in -Scope (or the local scope) or creates the variable. */
function setVariables(rt: CommandRuntime, value: unknown): void {
  const p = rt.parameters;
  const scope = scopeOf(rt);
  const force = flag(rt, 'Force');
  const options = optionBits(p['Option']);
  const visibility = visibilityName(p['Visibility']);
  const description = p['Description'] as string | undefined;
  for (const name of namesOf(rt)) {
    const { variables, wasFiltered } = matchingVariables(rt, name, scope ?? 'local');
    if (variables.length === 0) {
      if (wasFiltered) continue;
      let bits = scope?.toLowerCase() === 'private' ? ScopedItemOptions.Private : ScopedItemOptions.None;
      if (options !== undefined) bits |= options;
      const newValue = value === NO_VALUE ? null : value;
      if (!rt.shouldProcess(`Name: ${name} Value: ${toStr(rt.context, newValue)}`, 'Set variable')) continue;
      const variable = new PSVariable(name, newValue, bits, description ?? '');
      if (visibility) variable.visibility = visibility;
      scopeById(rt, scope).variables.set(name.toLowerCase(), variable);
      if (flag(rt, 'PassThru')) rt.writeObject(psVariableView(variable));
      continue;
    }
    for (const variable of variables) {
      const shown = value === NO_VALUE ? '' : toStr(rt.context, value);
      if (!rt.shouldProcess(`Name: ${variable.name} Value: ${shown}`, 'Set variable')) continue;
      const ok = guarded(rt, variable.name, () => {
        if (value !== NO_VALUE) writeValue(variable, value, force);
        if (description !== undefined) variable.description = description;
        if (options !== undefined) writeOptions(variable, options, force);
        if (visibility) variable.visibility = visibility;
      });
      if (ok && flag(rt, 'PassThru')) rt.writeObject(psVariableView(variable));
    }
  }
}

export const setVariable: CmdletImplementation = {
  begin(rt) {
    const p = rt.parameters;
    const state: SetState = { nameIsFormal: 'Name' in p, valueIsFormal: 'Value' in p, collected: undefined };
    if (flag(rt, 'Append')) {
      const names = namesOf(rt);
      if (names.length !== 1)
        rt.throwTerminatingError(
          new ErrorRecord({
            message: 'SetVariableAppend',
            errorId: 'SetVariableAppend',
            category: 'InvalidOperation',
            exceptionType: 'System.InvalidOperationException',
            targetObject: names,
            implementingType: 'Microsoft.PowerShell.Commands.SetVariableCommand',
          }),
        );
      state.collected = [];
      const current = rt.context.sessionState.lookup(names[0] as string);
      if (current) {
        const v = current.value;
        if (Array.isArray(v)) state.collected.push(...(v as unknown[]));
        else if (v instanceof PSList) state.collected.push(...v.items);
        else state.collected.push(v);
      }
    }
    setStates.set(rt, state);
  },
  process(rt) {
    const state = setStates.get(rt)!;
    const value = 'Value' in rt.parameters ? rt.parameters['Value'] : NO_VALUE;
    if (state.nameIsFormal && state.valueIsFormal) {
      if (flag(rt, 'Append') && value !== NO_VALUE) state.collected!.push(value);
      return;
    }
    if (state.nameIsFormal) {
      if (rt.hasPipelineInput) (state.collected ??= []).push(value === NO_VALUE ? null : value);
      return;
    }
    setVariables(rt, value);
  },
  end(rt) {
    const state = setStates.get(rt)!;
    if (!state.nameIsFormal) return;
    if (state.valueIsFormal) {
      setVariables(rt, flag(rt, 'Append') ? state.collected : rt.parameters['Value']);
      return;
    }
    const c = state.collected;
    setVariables(rt, !c || c.length === 0 ? NO_VALUE : c.length === 1 ? c[0] : c);
  },
};

/**
 * Remove-/Clear-Variable's walk: each -Name's matching variables (VariableNotFound for a plain name that matches
 * none), each confirmed through ShouldProcess with `action` before `each` runs.
 */
function forEachMatchingVariable(
  rt: CommandRuntime,
  action: string,
  each: (variable: PSVariable, scope: string | undefined, force: boolean) => void,
): void {
  const scope = scopeOf(rt);
  const force = flag(rt, 'Force');
  for (const name of namesOf(rt)) {
    const { variables, wasFiltered } = matchingVariables(rt, name, scope);
    if (variables.length === 0 && !wasFiltered) {
      rt.writeError(sessionError(rt, 'VariableNotFound', name));
      continue;
    }
    for (const variable of variables)
      if (rt.shouldProcess(`Name: ${variable.name}`, action)) each(variable, scope, force);
  }
}

export const removeVariable: CmdletImplementation = {
  process(rt) {
    forEachMatchingVariable(rt, 'Remove variable', (variable, scope, force) => {
      if (variable.isConstant || (variable.isReadOnly && !force)) {
        rt.writeError(sessionError(rt, 'VariableNotRemovable', variable.name));
        return;
      }
      const owner = scope ? scopeById(rt, scope) : ownerOf(rt, variable);
      owner?.variables.delete(variable.name.toLowerCase());
    });
  },
};

export const clearVariable: CmdletImplementation = {
  process(rt) {
    forEachMatchingVariable(rt, 'Clear variable', (variable, scope, force) => {
      let result = variable;
      const ok = guarded(rt, variable.name, () => {
        // Without -Scope pwsh clears through SessionState.PSVariable.Set: the caller's scope gets the $null.
        const local = rt.scope.variables.get(variable.name.toLowerCase());
        if (scope || local === variable) writeValue(variable, null, force);
        else {
          if (variable.isConstant || (!force && variable.isReadOnly)) writeValue(variable, null, force);
          result = new PSVariable(variable.name, null);
          rt.scope.variables.set(variable.name.toLowerCase(), result);
        }
      });
      if (ok && flag(rt, 'PassThru')) rt.writeObject(psVariableView(result));
    });
  },
};
