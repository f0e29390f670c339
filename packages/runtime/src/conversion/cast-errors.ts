// Builders for the PSInvalidCastException texts LanguagePrimitives.ConvertTo raises.
import { DotNetMessages, ValueMessages, formatTemplate } from '../values/messages.js';
import { PSInvalidCastException } from '../values/ps-exception.js';
import { typeNameOf } from '../values/type-names.js';
import { objectToString } from './to-string.js';

/** `Cannot convert value "{0}" to type "{1}". Error: "{2}"` with the given errorId. */
export function castWithInner(
  errorId: string,
  value: unknown,
  targetType: string,
  inner: string,
): PSInvalidCastException {
  return new PSInvalidCastException(
    errorId,
    formatTemplate(ValueMessages.InvalidCastExceptionWithInnerException.template, [
      objectToString(value),
      targetType,
      inner,
    ]),
  );
}

/** `Cannot convert the "{0}" value of type "{1}" to type "{2}".` */
export function castFinal(
  value: unknown,
  targetType: string,
  errorId = 'ConvertToFinalInvalidCastException',
): PSInvalidCastException {
  return new PSInvalidCastException(
    errorId,
    formatTemplate(ValueMessages.ConvertToFinalInvalidCastException.template, [
      objectToString(value),
      typeNameOf(value),
      targetType,
    ]),
  );
}

export function castFromNull(targetType: string): PSInvalidCastException {
  return PSInvalidCastException.of('InvalidCastFromNull', targetType);
}

export function dotNet(key: keyof typeof DotNetMessages, ...args: unknown[]): string {
  return formatTemplate(DotNetMessages[key], args);
}

/** Short .NET name ('Int32' from 'System.Int32') as .NET's own cast messages use. */
export function shortName(typeName: string): string {
  return typeName.slice(typeName.lastIndexOf('.') + 1);
}
