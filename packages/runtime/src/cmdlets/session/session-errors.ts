// The session cmdlets' errors, as SessionStateStrings words them: ErrorId -> category, exception type, message.
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { ErrorRecord, type ErrorCategory } from '../../errors/error-record.js';
import { implementingType } from './scope-id.js';

interface SessionMessage {
  /** The error id when it differs from the key (Get-Alias reports `ItemNotFoundException`). */
  readonly errorId?: string;
  readonly category: ErrorCategory;
  readonly exceptionType: string;
  readonly template: string;
}

const ns = 'System.Management.Automation.';
const unauthorized = `${ns}SessionStateUnauthorizedAccessException`;

export const sessionMessages = {
  VariableNotFound: {
    category: 'ObjectNotFound',
    exceptionType: `${ns}ItemNotFoundException`,
    template: "Cannot find a variable with the name '{0}'.",
  },
  VariableAlreadyExists: {
    category: 'ResourceExists',
    exceptionType: `${ns}SessionStateException`,
    template: "A variable with name '{0}' already exists.",
  },
  VariableNotWritable: {
    category: 'WriteError',
    exceptionType: unauthorized,
    template: 'Cannot overwrite variable {0} because it is read-only or constant.',
  },
  VariableNotRemovable: {
    category: 'WriteError',
    exceptionType: unauthorized,
    template:
      'Cannot remove variable {0} because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.',
  },
  VariableCannotBeMadeConstant: {
    category: 'WriteError',
    exceptionType: unauthorized,
    template:
      'Existing variable {0} cannot be made constant. Variables can be made constant only at creation time.',
  },
  VariableAllScopeOptionCannotBeRemoved: {
    category: 'WriteError',
    exceptionType: unauthorized,
    template: "The AllScope option cannot be removed from the variable '{0}'.",
  },
  AliasNotFound: {
    errorId: 'ItemNotFoundException',
    category: 'ObjectNotFound',
    exceptionType: `${ns}ItemNotFoundException`,
    template:
      "This command cannot find a matching alias because an alias with the name '{0}' does not exist.",
  },
  AliasDefinitionNotFound: {
    errorId: 'ItemNotFoundException',
    category: 'ObjectNotFound',
    exceptionType: `${ns}ItemNotFoundException`,
    template:
      "This command cannot find a matching alias because an alias with the definition '{0}' does not exist.",
  },
  AliasAlreadyExists: {
    category: 'ResourceExists',
    exceptionType: `${ns}SessionStateException`,
    template: "The alias is not allowed, because an alias with the name '{0}' already exists.",
  },
  AliasNotWritable: {
    category: 'WriteError',
    exceptionType: unauthorized,
    template: 'Alias is not writeable because alias {0} is read-only or constant and cannot be written to.',
  },
  AliasNotRemovable: {
    category: 'WriteError',
    exceptionType: unauthorized,
    template: 'Alias was not removed because alias {0} is constant or read-only.',
  },
  AliasCannotBeMadeConstant: {
    category: 'WriteError',
    exceptionType: unauthorized,
    template:
      'Alias {0} cannot be made constant after it has been created. Aliases can only be made constant at creation time.',
  },
} as const satisfies Record<string, SessionMessage>;

export type SessionMessageId = keyof typeof sessionMessages;

/** A session-state error for the running cmdlet: `VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand`. */
export function sessionError(rt: CommandRuntime, id: SessionMessageId, name: string): ErrorRecord {
  const entry: SessionMessage = sessionMessages[id];
  const errorId = entry.errorId ?? id;
  return new ErrorRecord({
    message: entry.template.replace('{0}', name),
    errorId,
    category: entry.category,
    exceptionType: entry.exceptionType,
    targetObject: name,
    implementingType: implementingType(rt.commandName),
  });
}
