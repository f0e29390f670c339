// FormatException texts of .NET's formatting (en-US), raised by the formatters in this folder.
export class DotNetFormatException extends Error {
  readonly exceptionType = 'System.FormatException';
}

export const FormatMessages = {
  InvalidString: 'Input string was not in a correct format.',
  IndexOutOfRange:
    'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.',
  BadFormatSpecifier: 'Format specifier was invalid.',
  InvalidDateFormat: 'Input string was not in a correct format.',
  InvalidTimeSpanFormat: 'Input string was not in a correct format.',
} as const;

export function formatError(key: keyof typeof FormatMessages): DotNetFormatException {
  return new DotNetFormatException(FormatMessages[key]);
}
