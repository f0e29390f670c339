// ErrorRecord: PowerShell's error object, with the FullyQualifiedErrorId built as the engine builds it.
export type ErrorCategory =
  | 'NotSpecified'
  | 'OpenError'
  | 'CloseError'
  | 'DeviceError'
  | 'DeadlockDetected'
  | 'InvalidArgument'
  | 'InvalidData'
  | 'InvalidOperation'
  | 'InvalidResult'
  | 'InvalidType'
  | 'MetadataError'
  | 'NotImplemented'
  | 'NotInstalled'
  | 'ObjectNotFound'
  | 'OperationStopped'
  | 'OperationTimeout'
  | 'SyntaxError'
  | 'ParserError'
  | 'PermissionDenied'
  | 'ResourceBusy'
  | 'ResourceExists'
  | 'ResourceUnavailable'
  | 'ReadError'
  | 'WriteError'
  | 'FromStdErr'
  | 'SecurityError'
  | 'ProtocolError'
  | 'ConnectionError'
  | 'AuthenticationError'
  | 'LimitsExceeded'
  | 'QuotaExceeded'
  | 'NotEnabled';

export interface ScriptPosition {
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  readonly lineText: string;
}

export interface InvocationInfo {
  readonly commandName?: string;
  readonly position?: ScriptPosition;
}

export interface CategoryInfo {
  readonly category: ErrorCategory;
  readonly activity?: string;
  readonly reason: string;
  readonly targetName: string;
  readonly targetType: string;
}

export interface ErrorRecordInit {
  readonly message: string;
  readonly errorId: string;
  readonly category: ErrorCategory;
  readonly exceptionType?: string;
  readonly targetObject?: unknown;
  readonly commandName?: string;
  readonly position?: ScriptPosition;
}

export class ErrorRecord {
  readonly exception: { readonly message: string; readonly typeName: string };
  readonly fullyQualifiedErrorId: string;
  readonly categoryInfo: CategoryInfo;
  readonly targetObject: unknown;
  readonly invocationInfo: InvocationInfo;

  constructor(init: ErrorRecordInit) {
    const typeName = init.exceptionType ?? 'System.Management.Automation.RuntimeException';
    this.exception = { message: init.message, typeName };
    // The engine appends the command name to errors raised while a command runs.
    this.fullyQualifiedErrorId = init.commandName ? `${init.errorId},${init.commandName}` : init.errorId;
    this.targetObject = init.targetObject;
    this.categoryInfo = {
      category: init.category,
      reason: typeName.slice(typeName.lastIndexOf('.') + 1),
      targetName:
        init.targetObject === undefined || init.targetObject === null ? '' : String(init.targetObject),
      targetType:
        init.targetObject === undefined || init.targetObject === null ? '' : typeof init.targetObject,
      ...(init.commandName ? { activity: init.commandName } : {}),
    };
    this.invocationInfo = { commandName: init.commandName, position: init.position };
  }

  /** The CategoryInfo line as PowerShell prints it: "InvalidArgument: (:) [Get-X], ParameterBindingException". */
  categoryInfoText(): string {
    const c = this.categoryInfo;
    return `${c.category}: (${c.targetName}:${c.targetType}) [${c.activity ?? ''}], ${c.reason}`;
  }
}
