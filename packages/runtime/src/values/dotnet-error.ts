// .NET exceptions raised by value-class methods (AddDays, Decimal.Divide...): the type name travels with the error.
import { DotNetMessages, formatTemplate, type DotNetMessageKey } from './messages.js';

/** A .NET exception other than an argument-range error; `exceptionType` is its full .NET name. */
export class DotNetError extends Error {
  readonly exceptionType: string;
  constructor(exceptionType: string, message: string) {
    super(message);
    this.exceptionType = exceptionType;
    this.name = exceptionType.slice(exceptionType.lastIndexOf('.') + 1);
  }
}

/** ArgumentOutOfRangeException-like failures stay RangeErrors (callers map them to that .NET type). */
export function dotNetRangeError(key: DotNetMessageKey, ...args: unknown[]): RangeError {
  return new RangeError(formatTemplate(DotNetMessages[key], args));
}

export function dotNetError(exceptionType: string, key: DotNetMessageKey, ...args: unknown[]): DotNetError {
  return new DotNetError(exceptionType, formatTemplate(DotNetMessages[key], args));
}
