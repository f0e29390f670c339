// .NET exception types: the hierarchy catch clauses and -is test, and exception objects for `throw [T]::new(...)`.
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSRuntimeException } from '../../values/ps-exception.js';
import { PS_TYPE_NAMES } from '../../values/type-names.js';
import { unwrap } from '../argument-conversion.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import type { TypeRegistry } from '../type-registry.js';

const SMA = 'System.Management.Automation';

/** [full name, base type, message of the parameterless constructor (default: "Exception of type 'T' was thrown.")]. */
export const ExceptionTypes: ReadonlyArray<readonly [string, string, string?]> = [
  ['System.Exception', 'System.Object'],
  ['System.SystemException', 'System.Exception', 'System error.'],
  ['System.ApplicationException', 'System.Exception', 'Error in the application.'],
  ['System.ArgumentException', 'System.SystemException', 'Value does not fall within the expected range.'],
  ['System.ArgumentNullException', 'System.ArgumentException', 'Value cannot be null.'],
  [
    'System.ArgumentOutOfRangeException',
    'System.ArgumentException',
    'Specified argument was out of the range of valid values.',
  ],
  [
    'System.ArithmeticException',
    'System.SystemException',
    'Overflow or underflow in the arithmetic operation.',
  ],
  ['System.DivideByZeroException', 'System.ArithmeticException', 'Attempted to divide by zero.'],
  ['System.OverflowException', 'System.ArithmeticException', 'Arithmetic operation resulted in an overflow.'],
  [
    'System.FormatException',
    'System.SystemException',
    'One of the identified items was in an invalid format.',
  ],
  [
    'System.UriFormatException',
    'System.FormatException',
    'Invalid URI: The format of the URI could not be determined.',
  ],
  ['System.IndexOutOfRangeException', 'System.SystemException', 'Index was outside the bounds of the array.'],
  ['System.InvalidCastException', 'System.SystemException', 'Specified cast is not valid.'],
  [
    'System.InvalidOperationException',
    'System.SystemException',
    'Operation is not valid due to the current state of the object.',
  ],
  ['System.ObjectDisposedException', 'System.InvalidOperationException', 'Cannot access a disposed object.'],
  ['System.NotImplementedException', 'System.SystemException', 'The method or operation is not implemented.'],
  ['System.NotSupportedException', 'System.SystemException', 'Specified method is not supported.'],
  [
    'System.NullReferenceException',
    'System.SystemException',
    'Object reference not set to an instance of an object.',
  ],
  ['System.TimeoutException', 'System.SystemException', 'The operation has timed out.'],
  ['System.OperationCanceledException', 'System.SystemException', 'The operation was canceled.'],
  [
    'System.Threading.Tasks.TaskCanceledException',
    'System.OperationCanceledException',
    'A task was canceled.',
  ],
  [
    'System.UnauthorizedAccessException',
    'System.SystemException',
    'Attempted to perform an unauthorized operation.',
  ],
  ['System.TimeZoneNotFoundException', 'System.Exception'],
  [
    'System.Collections.Generic.KeyNotFoundException',
    'System.SystemException',
    'The given key was not present in the dictionary.',
  ],
  ['System.IO.IOException', 'System.SystemException', 'I/O error occurred.'],
  ['System.IO.FileNotFoundException', 'System.IO.IOException', 'Unable to find the specified file.'],
  [
    'System.IO.DirectoryNotFoundException',
    'System.IO.IOException',
    'Attempted to access a path that is not on the disk.',
  ],
  [
    'System.IO.PathTooLongException',
    'System.IO.IOException',
    'The specified file name or path is too long, or a component of the specified path is too long.',
  ],
  ['System.Net.WebException', 'System.InvalidOperationException'],
  ['System.Net.Http.HttpRequestException', 'System.Exception'],
  ['Microsoft.PowerShell.Commands.HttpResponseException', 'System.Net.Http.HttpRequestException'],
  ['System.Security.SecurityException', 'System.SystemException', 'Security error.'],
  [`${SMA}.RuntimeException`, 'System.SystemException'],
  [`${SMA}.MethodException`, `${SMA}.RuntimeException`],
  [`${SMA}.MethodInvocationException`, `${SMA}.MethodException`],
  [`${SMA}.GetValueException`, `${SMA}.RuntimeException`],
  [`${SMA}.GetValueInvocationException`, `${SMA}.GetValueException`],
  [`${SMA}.SetValueException`, `${SMA}.RuntimeException`],
  [`${SMA}.SetValueInvocationException`, `${SMA}.SetValueException`],
  [`${SMA}.PropertyNotFoundException`, `${SMA}.RuntimeException`],
  [`${SMA}.PSInvalidCastException`, 'System.InvalidCastException'],
  [`${SMA}.PSArgumentException`, 'System.ArgumentException'],
  [`${SMA}.PSArgumentNullException`, 'System.ArgumentNullException'],
  [`${SMA}.PSArgumentOutOfRangeException`, 'System.ArgumentOutOfRangeException'],
  [`${SMA}.PSInvalidOperationException`, 'System.InvalidOperationException'],
  [`${SMA}.PSNotSupportedException`, 'System.NotSupportedException'],
  [`${SMA}.PSNotImplementedException`, 'System.NotImplementedException'],
  [`${SMA}.ItemNotFoundException`, 'System.Management.Automation.SessionStateException'],
  [`${SMA}.SessionStateException`, `${SMA}.RuntimeException`],
  [`${SMA}.CommandNotFoundException`, `${SMA}.RuntimeException`],
  [`${SMA}.ParameterBindingException`, `${SMA}.RuntimeException`],
  [`${SMA}.ParentContainsErrorRecordException`, 'System.SystemException'],
  [`${SMA}.ActionPreferenceStopException`, `${SMA}.RuntimeException`],
  [`${SMA}.CmdletInvocationException`, `${SMA}.RuntimeException`],
  [`${SMA}.PipelineStoppedException`, `${SMA}.RuntimeException`],
  [`${SMA}.ValidationMetadataException`, `${SMA}.MetadataException`],
  [`${SMA}.MetadataException`, `${SMA}.RuntimeException`],
  [`${SMA}.ParseException`, `${SMA}.RuntimeException`],
  [`${SMA}.IncompleteParseException`, `${SMA}.ParseException`],
  [`${SMA}.PSSecurityException`, `${SMA}.RuntimeException`],
  [`${SMA}.ScriptCallDepthException`, 'System.SystemException'],
  [`${SMA}.WildcardPatternException`, `${SMA}.RuntimeException`],
];

/** An exception object (`[ArgumentException]::new('bad')`, `$_.Exception`), with .NET's members. */
export class ExceptionValue {
  readonly Data = new PSHashtable();
  readonly #chain: readonly string[];
  constructor(
    typeChain: readonly string[],
    readonly Message: string,
    readonly InnerException: unknown = null,
    readonly ParamName: string | null = null,
  ) {
    this.#chain = typeChain;
  }
  /** The type chain, most derived first (what `-is`, catch and GetType() read). */
  get [PS_TYPE_NAMES](): string[] {
    return [...this.#chain];
  }
  get HResult(): number {
    return -2146233088;
  }
  get Source(): string | null {
    return null;
  }
  get StackTrace(): string | null {
    return null;
  }
  /** The innermost exception (Exception.GetBaseException()). */
  GetBaseException(): unknown {
    let e: ExceptionValue = this.InnerException instanceof ExceptionValue ? this.InnerException : this;
    while (e.InnerException instanceof ExceptionValue) e = e.InnerException;
    return e === this && this.InnerException !== null ? this.InnerException : e;
  }
  toString(): string {
    return `${this.#chain[0]}: ${this.Message}`;
  }
}

const withParam = (message: string, param: string | null): string =>
  param ? `${message} (Parameter '${param}')` : message;

/** The TypeInfo of one exception type; constructors follow .NET's (ArgumentNullException(paramName), ...). */
function exceptionType(
  fullName: string,
  baseType: string,
  defaultMessage: string | undefined,
  registry: TypeRegistry,
): TypeInfoInit {
  const chain = (): string[] => registry.baseChain(registry.get(fullName)!);
  const fallback = defaultMessage ?? `Exception of type '${fullName}' was thrown.`;
  const make = (message: string, inner: unknown = null, param: string | null = null): ExceptionValue =>
    new ExceptionValue(chain(), message, inner, param);
  const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
  const paramFirst =
    fullName.endsWith('ArgumentNullException') || fullName.endsWith('ArgumentOutOfRangeException');
  const isArgument = fullName.endsWith('ArgumentException') || paramFirst;
  const overloads: Array<readonly [string, (t: null, a: unknown[]) => unknown]> = [
    [`${fullName} new()`, () => make(fallback)],
    paramFirst
      ? [
          `${fullName} new(string paramName)`,
          (_t, a) => make(withParam(fallback, str(a[0]) || null), null, str(a[0]) || null),
        ]
      : [`${fullName} new(string message)`, (_t, a) => make(a[0] === null ? fallback : str(a[0]))],
    [
      `${fullName} new(string message, System.Exception innerException)`,
      (_t, a) => make(str(a[0]), unwrap(a[1]) ?? null),
    ],
  ];
  if (isArgument) {
    overloads.push([
      paramFirst
        ? `${fullName} new(string paramName, string message)`
        : `${fullName} new(string message, string paramName)`,
      (_t, a) => {
        const [message, param] = paramFirst ? [str(a[1]), str(a[0])] : [str(a[0]), str(a[1])];
        return make(withParam(message, param || null), null, param || null);
      },
    ]);
  }
  return {
    fullName,
    baseType,
    isInstance: (v) => isExceptionOf(registry, v, fullName),
    constructors: method<null>('new', ...overloads),
  };
}

/** The .NET type name of a thrown value: an ExceptionValue, RV1's PSRuntimeException, or an ErrorRecord-like `{ exception: { typeName } }`. */
export function exceptionTypeName(value: unknown): string | undefined {
  if (value instanceof ExceptionValue) return value[PS_TYPE_NAMES][0];
  if (value instanceof PSRuntimeException) return value.exceptionType;
  const t = (value as { typeName?: unknown } | null)?.typeName;
  return typeof t === 'string' ? t : undefined;
}

/** Whether an exception of `thrownTypeName` is a `catchTypeName` (catch clauses, -is). */
export function exceptionTypeMatches(
  registry: TypeRegistry,
  thrownTypeName: string,
  catchTypeName: string,
): boolean {
  const info = registry.get(thrownTypeName);
  const chain = info ? registry.baseChain(info) : [thrownTypeName, 'System.Exception', 'System.Object'];
  return chain.some((n) => n.toLowerCase() === catchTypeName.toLowerCase());
}

function isExceptionOf(registry: TypeRegistry, value: unknown, fullName: string): boolean {
  const name = exceptionTypeName(value);
  return name !== undefined && exceptionTypeMatches(registry, name, fullName);
}

export function registerExceptionTypes(registry: TypeRegistry): void {
  for (const [fullName, baseType, message] of ExceptionTypes)
    registry.define(fullName, () => exceptionType(fullName, baseType, message, registry));
}
