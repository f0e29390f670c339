// Messages of the value, conversion and operator layer: one table keyed by PowerShell's ErrorId.
import type { ErrorCategory } from '../errors/error-record.js';

export interface MessageEntry {
  /** English template; `{0}`, `{1}`... are replaced by the arguments. */
  readonly template: string;
  readonly category: ErrorCategory;
  /** .NET exception type PowerShell reports for this error. */
  readonly exceptionType: string;
  /** The FullyQualifiedErrorId when it differs from the table key (e.g. 'RuntimeException'). */
  readonly errorId?: string;
  /** The .NET type of the InnerException PowerShell wraps (what `catch [T]` also matches). */
  readonly innerExceptionType?: string;
}

export const ValueMessages = {
  // LanguagePrimitives.ConvertTo failures (ExtendedTypeSystem.InvalidCastExceptionWithInnerException etc.).
  InvalidCastExceptionWithInnerException: {
    template: 'Cannot convert value "{0}" to type "{1}". Error: "{2}"',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  InvalidCastFromStringToInteger: {
    template: 'Cannot convert value "{0}" to type "{1}". Error: "{2}"',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  InvalidCastFromAnyTypeToNullableType: {
    template: 'Cannot convert value "{0}" to type "{1}". Error: "{2}"',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  ConvertToFinalInvalidCastException: {
    template: 'Cannot convert the "{0}" value of type "{1}" to type "{2}".',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  // ArgumentTypeConverterAttribute.CheckBoolValue: a [bool]/[switch] variable takes only Booleans and numbers.
  InvalidCastExceptionUnsupportedParameterType: {
    template:
      'Cannot convert value "{0}" to type "{1}". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  InvalidCastFromNull: {
    template: 'Cannot convert null to type "{0}".',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  InvalidCastException: {
    template: 'Cannot convert value "{0}" to type "{1}". Error: "{2}"',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  InvalidCastExceptionEnumerationNoValue: {
    template:
      'Cannot convert value "{0}" to type "{1}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "{2}".',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  InvalidCastExceptionEnumerationNull: {
    template:
      'Cannot convert null to type "{0}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "{1}".',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  InvalidCastExceptionEnumerationNoFlagAndComma: {
    template: 'Cannot convert value "{0}" to type "{1}" because no commas are allowed for this enumeration.',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  NoEnumNameMatch: {
    template:
      'Unable to match the identifier name {0} to a valid enumerator name. Specify one of the following enumerator names and try again:\n{1}',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  MultipleEnumNameMatch: {
    template:
      'The identifier name {0} cannot be processed because it is either too similar or identical to the following enumerator names: {1}. Use a more specific identifier name.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  // FlagsExpression<T>'s parser (EnumExpressionEvaluatorStrings), e.g. Get-ChildItem -Attributes.
  EmptyInputString: {
    template:
      'The input expression must not be empty. Specify at least one identifier name in each input expression. ',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  EmptyTokenString: {
    template:
      'Unable to match an empty identifier name to a valid enumerator name. Specify one of the following enumerator names and retry: {0}.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  InvalidGenericType: {
    template:
      'The generic type specified for the expression must represent an enum. Specify a valid enum type. ',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  NoIdentifierGroupingAllowed: {
    template:
      'Use of parentheses is not valid in the expression because identifier grouping is not allowed. Try removing the parentheses, or if a subexpression is enclosed, try expanding the expression.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  SyntaxErrorBinaryOperatorExpected: {
    template:
      'Unable to parse the expression due to an unexpected token. Only an OR (,) operator or AND (+) operator is expected after an identifier name.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  SyntaxErrorIdentifierExpected: {
    template:
      'Unable to parse the expression due to an unexpected token after a NOT (!) operator. An identifier name is expected after a NOT (!) operator.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  SyntaxErrorUnexpectedBinaryOperator: {
    template:
      'Unable to parse the expression due to an unexpected token. An identifier name or a NOT (!) operator is expected at the start of the expression, or after an OR (,) operator or an AND (+) operator. Also, an expression must not end with an OR (,), AND (+) or NOT (!) operator.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  // Operators (ParserStrings / ExtendedTypeSystem).
  NotADefinedOperationForType: {
    template: "The operation '[{0}] {1} [{2}]' is not defined.",
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  OperatorRequiresNumber: {
    template: "The '{0}' operator works only on numbers. The operand is a '{1}'.",
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  AddHashTableToNonHashTable: {
    template: 'A hash table can only be added to another hash table.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  InvalidSplitOptionWithPredicate: {
    template: 'Options are not allowed on the -split operator with a predicate.',
    category: 'ParserError',
    exceptionType: 'System.Management.Automation.ParseException',
  },
  InvalidSplitOptionCombination: {
    template: 'The combination of options with the -split operator is not valid.',
    category: 'ParserError',
    exceptionType: 'System.Management.Automation.ParseException',
  },
  WildcardPatternException: {
    template: 'The specified wildcard character pattern is not valid: {0}',
    category: 'InvalidArgument',
    exceptionType: 'System.Management.Automation.WildcardPatternException',
  },
  MethodNotFound: {
    template: "Method invocation failed because [{0}] does not contain a method named '{1}'.",
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  RuntimeException: {
    template: '{0}',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  DivideByZero: {
    template: 'Attempted to divide by zero.',
    category: 'NotSpecified',
    exceptionType: 'System.Management.Automation.RuntimeException',
    errorId: 'RuntimeException',
    innerExceptionType: 'System.DivideByZeroException',
  },
  DecimalOverflow: {
    template: 'Value was either too large or too small for a Decimal.',
    category: 'NotSpecified',
    exceptionType: 'System.Management.Automation.RuntimeException',
    errorId: 'RuntimeException',
    innerExceptionType: 'System.OverflowException',
  },
  StringToTypeConversion: {
    template: 'Cannot convert the "{0}" value of type "System.String" to type "System.Type".',
    category: 'NotSpecified',
    exceptionType: 'System.Management.Automation.RuntimeException',
    errorId: 'RuntimeException',
    innerExceptionType: 'System.Management.Automation.PSInvalidCastException',
  },
  AddingDuplicateKey: {
    template: "Item has already been added. Key in dictionary: '{0}'  Key being added: '{1}'",
    category: 'InvalidOperation',
    exceptionType: 'System.ArgumentException',
  },
  DictionaryDuplicateKey: {
    template: 'An item with the same key has already been added. Key: {0}',
    category: 'InvalidOperation',
    exceptionType: 'System.ArgumentException',
  },
  InvalidNullKey: {
    template: 'Index operation failed; the array index evaluated to null.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  ArgumentNullKey: {
    template: "Value cannot be null. (Parameter 'key')",
    category: 'InvalidOperation',
    exceptionType: 'System.ArgumentNullException',
  },
  BadReplaceArgument: {
    template: 'The {0} operator allows only two elements to follow it, not {1}.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  InvalidRegularExpression: {
    template: 'The regular expression pattern {0} is not valid.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  BadOperatorArgument: {
    template: "The argument to operator '{0}' is not valid: {1}.",
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  FormatError: {
    template: 'Error formatting a string: {0}.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  TypeNotFound: {
    template: 'Unable to find type [{0}].',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  IsOperatorRequiresType: {
    template: "The right operand of '-is' must be a type.",
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  ComparisonFailure: {
    template: 'Could not compare "{0}" to "{1}". Error: "{2}"',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.PSArgumentException',
  },
  NotIcomparable: {
    template: 'Cannot compare "{0}" because it is not IComparable.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.PSArgumentException',
  },
  QueueEmpty: {
    template: 'Queue empty.',
    category: 'InvalidOperation',
    exceptionType: 'System.InvalidOperationException',
  },
  StackEmpty: {
    template: 'Stack empty.',
    category: 'InvalidOperation',
    exceptionType: 'System.InvalidOperationException',
  },
  // An indexer's own exception escaping a script (always on assignment, under Set-StrictMode 3+ on reads): pwsh's
  // ExceptionHandlingOps.ConvertToRuntimeException names the record after the exception's type.
  ArrayIndexOutOfRange: {
    template: 'Index was outside the bounds of the array.',
    category: 'OperationStopped',
    exceptionType: 'System.IndexOutOfRangeException',
    errorId: 'System.IndexOutOfRangeException',
  },
  // `$a[$null]` (reading or assigning; not inside a slice): ParserStrings.NullArrayIndex.
  NullArrayIndex: {
    template: 'Index operation failed; the array index evaluated to null.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  // `$a[0,1] = x`: an array literal index on the left of an assignment.
  ArraySliceAssignmentFailed: {
    template: 'Array assignment to [{0}] failed because assignment to slices is not supported.',
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.RuntimeException',
  },
  ListIndexOutOfRange: {
    template:
      "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')",
    category: 'OperationStopped',
    exceptionType: 'System.ArgumentOutOfRangeException',
    errorId: 'System.ArgumentOutOfRangeException',
  },
} as const satisfies Record<string, MessageEntry>;

export type ValueErrorId = keyof typeof ValueMessages;

/** Messages of the .NET exceptions PowerShell wraps (the `Error: "..."` part), as .NET 8 words them. */
export const DotNetMessages = {
  FormatInputString: "The input string '{0}' was not in a correct format.",
  FormatBadDateTime: "String '{0}' was not recognized as a valid DateTime.",
  FormatBadTimeSpan: "String '{0}' was not recognized as a valid TimeSpan.",
  FormatBadGuid: 'Unrecognized Guid format.',
  VersionBadFormat: "Version string portion was too short or too long. (Parameter 'input')",
  CharOneCharacter: 'String must be exactly one character long.',
  InvalidCastFromTo: "Invalid cast from '{0}' to '{1}'.",
  InvalidRegexPattern: "Invalid pattern '{0}' at offset {1}. {2}",
  UnknownDateTimeWord:
    "The string '{0}' was not recognized as a valid DateTime. There is an unknown word starting at index '{1}'.",
  TimeSpanComponentRange:
    "The TimeSpan string '{0}' could not be parsed because at least one of the numeric components is out of range or contains too many digits.",
  DateTimeUnrepresentable: 'The added or subtracted value results in an un-representable DateTime.',
  DateTimeBadParts: 'Year, Month, and Day parameters describe an un-representable DateTime.',
  TimeSpanTooLong: 'TimeSpan overflowed because the duration is too long.',
  DecimalOverflow: 'Value was either too large or too small for a Decimal.',
  CharOverflow: 'Value was either too large or too small for a character.',
  DivideByZero: 'Attempted to divide by zero.',
  VersionNegative: "Version's parameters must be greater than or equal to zero.",
  RelativeUriNotSupported: 'This operation is not supported for a relative URI.',
  InstanceReadOnly: 'Instance is read-only.',
} as const;

export type DotNetMessageKey = keyof typeof DotNetMessages;

/** Fills a template's `{n}` slots. */
export function formatTemplate(template: string, args: readonly unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)] ?? ''));
}
