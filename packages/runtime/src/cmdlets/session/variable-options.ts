// PSVariable's guarded writes: Value and Options as pwsh's PSVariable setters check them (ReadOnly, Constant, AllScope).
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { ScopedItemOptions, type PSVariable } from '../../engine/session-state/ps-variable.js';
import { PSEnumValue } from '../../values/ps-enum.js';
import { sessionError } from './session-errors.js';

/** A bound -Option (ScopedItemOptions) or -Visibility value as a number / name. */
export function optionBits(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  return value instanceof PSEnumValue ? value.value : Number(value);
}

export function visibilityName(value: unknown): 'Public' | 'Private' | undefined {
  if (value === undefined || value === null) return undefined;
  const name = value instanceof PSEnumValue ? value.name : String(value);
  return name.toLowerCase() === 'private' ? 'Private' : 'Public';
}

/** Thrown (and reported by the cmdlet as a non-terminating error) when a guarded write is refused. */
export class SessionStateRefusal extends Error {
  constructor(readonly id: Parameters<typeof sessionError>[1]) {
    super(id);
  }
}

/** PSVariable.Value's setter: a read-only or constant variable refuses (-Force lifts ReadOnly only). */
export function writeValue(variable: PSVariable, value: unknown, force: boolean): void {
  if (variable.isConstant || (!force && variable.isReadOnly))
    throw new SessionStateRefusal('VariableNotWritable');
  variable.value = variable.typeConstraint ? variable.typeConstraint(value) : value;
}

/** PSVariable.SetOptions: no new Constant, no removing AllScope, nothing on a constant (or read-only without -Force). */
export function writeOptions(variable: PSVariable, options: number, force: boolean): void {
  if (variable.isConstant || (!force && variable.isReadOnly))
    throw new SessionStateRefusal('VariableNotWritable');
  if ((options & ScopedItemOptions.Constant) !== 0)
    throw new SessionStateRefusal('VariableCannotBeMadeConstant');
  if ((variable.options & ScopedItemOptions.AllScope) !== 0 && (options & ScopedItemOptions.AllScope) === 0)
    throw new SessionStateRefusal('VariableAllScopeOptionCannotBeRemoved');
  variable.options = options;
}

/** Runs a guarded write; a refusal becomes the cmdlet's non-terminating error. Returns whether it succeeded. */
export function guarded(rt: CommandRuntime, name: string, write: () => void): boolean {
  try {
    write();
    return true;
  } catch (err) {
    if (!(err instanceof SessionStateRefusal)) throw err;
    rt.writeError(sessionError(rt, err.id, name));
    return false;
  }
}
