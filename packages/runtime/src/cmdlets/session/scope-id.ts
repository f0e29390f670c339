// -Scope of the session cmdlets: Global, Local, Private, Script or a number of levels above the caller's scope.
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { SessionStateScope } from '../../engine/session-state/scope.js';
import { ErrorRecord } from '../../errors/error-record.js';

const invalidScope = (name: string) =>
  `Cannot process argument because the value of parameter "${name}" is not valid. Valid values are "Global", "Local", or "Script", or a number relative to the current scope (0 through the number of scopes where 0 is the current scope and 1 is its parent). Change the value of the "${name}" parameter and run the operation again.`;

function argumentError(rt: CommandRuntime, errorId: string, message: string, target: unknown): never {
  return rt.throwTerminatingError(
    new ErrorRecord({
      message,
      errorId,
      category: 'InvalidArgument',
      exceptionType:
        errorId === 'ArgumentOutOfRange'
          ? 'System.Management.Automation.PSArgumentOutOfRangeException'
          : 'System.Management.Automation.PSArgumentException',
      targetObject: target,
      implementingType: implementingType(rt.commandName),
    }),
  );
}

/** `Get-Variable` -> `Microsoft.PowerShell.Commands.GetVariableCommand`: the tail of a cmdlet's error ids. */
export function implementingType(commandName: string): string {
  return `Microsoft.PowerShell.Commands.${commandName.replace('-', '')}Command`;
}

/** SessionState.GetScopeByID as pwsh resolves it, relative to the scope the cmdlet was called from. */
export function scopeById(rt: CommandRuntime, id: string | undefined): SessionStateScope {
  const from = rt.scope;
  if (!id) return from;
  switch (id.toLowerCase()) {
    case 'global':
      return rt.context.sessionState.global;
    case 'local':
    case 'private':
      return from;
    case 'script':
      return from.scriptScope;
  }
  if (!/^\s*[+-]?\d+\s*$/.test(id)) argumentError(rt, 'Argument', invalidScope('Scope'), null);
  const n = Number(id);
  if (n < 0 || n > 2147483647)
    argumentError(
      rt,
      'ArgumentOutOfRange',
      `Specified argument was out of the range of valid values. (Parameter 'Scope')\nActual value was ${id}.`,
      id,
    );
  let scope: SessionStateScope | null = from;
  for (let i = 0; i < n && scope; i++) scope = scope.parent;
  if (!scope)
    argumentError(
      rt,
      'ArgumentOutOfRange',
      `The scope number '${n}' exceeds the number of active scopes. (Parameter 'Scope')\nActual value was ${n}.`,
      n,
    );
  return scope;
}

/** The scopes a name is looked up in without -Scope: the caller's, then each parent up to the global scope. */
export function* scopeChain(rt: CommandRuntime): Generator<SessionStateScope> {
  for (let s: SessionStateScope | null = rt.scope; s; s = s.parent) yield s;
}
