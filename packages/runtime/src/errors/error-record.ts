// ErrorRecord: PowerShell's error object, with the FullyQualifiedErrorId built as the engine builds it.
import { PS_TYPE_NAMES } from '../values/symbols.js';
import { typeNameOf } from '../values/type-names.js';

const shortTypeName = (fullName: string): string => fullName.slice(fullName.lastIndexOf('.') + 1);
import { BUILTIN_ENUM_TYPES } from '../values/enum-registry.js';
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
  readonly startOffset?: number;
  readonly endOffset?: number;
}

export interface InvocationInfo {
  readonly commandName?: string;
  readonly position?: ScriptPosition;
}

interface MutableInvocationInfo {
  commandName?: string;
  position?: ScriptPosition;
}

export interface CategoryInfo {
  readonly category: ErrorCategory;
  readonly activity?: string;
  readonly reason: string;
  readonly targetName: string;
  readonly targetType: string;
}

/** ErrorRecord.ErrorDetails: a message shown instead of the exception's, and a recommended action. */
export interface ErrorDetails {
  readonly message: string;
  readonly recommendedAction: string;
}

export interface ErrorRecordInit {
  readonly message: string;
  readonly errorId: string;
  readonly category: ErrorCategory;
  readonly exceptionType?: string;
  /** The wrapped exception's type (a RuntimeException around a DivideByZeroException), for catch matching. */
  readonly innerExceptionType?: string;
  /** The wrapped exception's message (`$_.Exception.InnerException.Message`). */
  readonly innerExceptionMessage?: string;
  /** The exception object itself when a script threw one (`throw [ArgumentException]::new('x')`): `$_.Exception`. */
  readonly exceptionObject?: unknown;
  readonly targetObject?: unknown;
  /** The command the error is raised for (a function's or cmdlet's name): the id's suffix and the activity. */
  readonly commandName?: string;
  /**
   * The .NET class implementing the cmdlet that writes the error (`Microsoft.PowerShell.Commands.GetItemCommand`).
   * As for PowerShell's cmdlet-written errors, it ends the FullyQualifiedErrorId (`PathNotFound,<class>`) in place
   * of `commandName`; the activity and InvocationInfo name the command, which the engine fills in where the error
   * surfaces (`setPosition`).
   */
  readonly implementingType?: string;
  /** CategoryInfo overrides (Write-Error's -CategoryActivity/-CategoryReason/-CategoryTargetName/-CategoryTargetType). */
  readonly activity?: string;
  readonly reason?: string;
  readonly targetName?: string;
  readonly targetType?: string;
  readonly position?: ScriptPosition;
  readonly errorDetails?: ErrorDetails;
}

export class ErrorRecord {
  /** What GetType() and `-is` see. */
  get [PS_TYPE_NAMES](): string[] {
    return ['System.Management.Automation.ErrorRecord', 'System.Object'];
  }

  readonly exception: {
    readonly message: string;
    readonly typeName: string;
    readonly innerTypeName?: string;
    readonly innerMessage?: string;
    /** The exception object itself, when a script threw one. */
    readonly object?: unknown;
  };
  fullyQualifiedErrorId: string;
  categoryInfo: CategoryInfo;
  /** Set by the code that writes the record (Write-Error -RecommendedAction), as pwsh's settable property. */
  errorDetails: ErrorDetails | undefined;
  /** The record's exception came from a `throw` statement (pwsh's Exception.WasThrownFromThrowStatement). */
  thrownFromThrowStatement = false;
  readonly targetObject: unknown;
  readonly invocationInfo: InvocationInfo;
  private readonly invocation: MutableInvocationInfo;

  constructor(init: ErrorRecordInit) {
    const typeName = init.exceptionType ?? 'System.Management.Automation.RuntimeException';
    this.exception = {
      message: init.message,
      typeName,
      ...(init.innerExceptionType ? { innerTypeName: init.innerExceptionType } : {}),
      ...(init.innerExceptionMessage !== undefined ? { innerMessage: init.innerExceptionMessage } : {}),
      ...(init.exceptionObject !== undefined ? { object: init.exceptionObject } : {}),
    };
    // A cmdlet's ids end in its class (`,Microsoft.PowerShell.Commands.GetItemCommand`), other commands' in their
    // name; the activity and InvocationInfo name the command (`Get-Item`).
    const suffix = init.implementingType ?? init.commandName;
    this.fullyQualifiedErrorId = suffix ? `${init.errorId},${suffix}` : init.errorId;
    this.targetObject = init.targetObject;
    this.errorDetails = init.errorDetails;
    const noTarget = init.targetObject === undefined || init.targetObject === null;
    const activity = init.activity ?? init.commandName;
    this.categoryInfo = {
      category: init.category,
      reason: init.reason ?? typeName.slice(typeName.lastIndexOf('.') + 1),
      targetName: init.targetName ?? (noTarget ? '' : String(init.targetObject)),
      // The target's .NET type name without its namespace (`String`, `Hashtable`), as ErrorCategoryInfo shows it.
      targetType: init.targetType ?? (noTarget ? '' : shortTypeName(typeNameOf(init.targetObject))),
      ...(activity ? { activity } : {}),
    };
    this.invocation = {
      ...(init.commandName ? { commandName: init.commandName } : {}),
      ...(init.position ? { position: init.position } : {}),
    };
    this.invocationInfo = this.invocation;
  }

  /** The engine positions an error where it surfaced when the code that raised it could not. */
  setPosition(position: ScriptPosition, commandName?: string): void {
    this.invocation.position = position;
    if (commandName && !this.invocation.commandName) this.invocation.commandName = commandName;
    if (commandName && !this.categoryInfo.activity)
      this.categoryInfo = { ...this.categoryInfo, activity: commandName };
  }

  /**
   * A record a script command writes or throws through `$PSCmdlet` (ErrorRecord.SetInvocationInfo): without a
   * command yet, its id ends in the command's name and the activity and InvocationInfo name it.
   */
  attachCommand(commandName: string): void {
    if (!this.fullyQualifiedErrorId.includes(','))
      this.fullyQualifiedErrorId = `${this.fullyQualifiedErrorId},${commandName}`;
    if (!this.invocation.commandName) this.invocation.commandName = commandName;
    if (!this.categoryInfo.activity) this.categoryInfo = { ...this.categoryInfo, activity: commandName };
  }

  /**
   * pwsh's copy constructor (ErrorRecord(ErrorRecord, null)): the same exception, id, category, target, details and
   * invocation, in a record whose CategoryInfo and ErrorDetails can change without touching this one (Write-Error
   * -ErrorRecord).
   */
  copy(): ErrorRecord {
    const { message, typeName, innerTypeName, innerMessage, object } = this.exception;
    const record = new ErrorRecord({
      message,
      errorId: '',
      category: this.categoryInfo.category,
      exceptionType: typeName,
      ...(innerTypeName !== undefined ? { innerExceptionType: innerTypeName } : {}),
      ...(innerMessage !== undefined ? { innerExceptionMessage: innerMessage } : {}),
      ...(object !== undefined ? { exceptionObject: object } : {}),
      targetObject: this.targetObject,
      ...(this.invocation.commandName !== undefined ? { commandName: this.invocation.commandName } : {}),
      ...(this.invocation.position !== undefined ? { position: this.invocation.position } : {}),
    });
    record.fullyQualifiedErrorId = this.fullyQualifiedErrorId;
    record.categoryInfo = { ...this.categoryInfo };
    record.errorDetails = this.errorDetails;
    record.thrownFromThrowStatement = this.thrownFromThrowStatement;
    return record;
  }

  /** ErrorRecord.ToString(): ErrorDetails' message, else the exception's (what `"$_"` shows in a catch block). */
  toString(): string {
    return this.errorDetails?.message || this.exception.message;
  }

  /** The CategoryInfo line as PowerShell prints it: "InvalidArgument: (:) [Get-X], ParameterBindingException". */
  categoryInfoText(): string {
    const c = this.categoryInfo;
    return `${c.category}: (${c.targetName}:${c.targetType}) [${c.activity ?? ''}], ${c.reason}`;
  }
}

/** ErrorCategory by its numeric value (services send the number), from the one enum table. */
export function errorCategoryOf(value: number): ErrorCategory | undefined {
  const type = BUILTIN_ENUM_TYPES.find((t) => t.fullName === 'System.Management.Automation.ErrorCategory');
  const member = type?.members.find(([, v]) => v === value);
  return member?.[0] as ErrorCategory | undefined;
}
