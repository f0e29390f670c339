// Barrel of LanguagePrimitives: conversions, truthiness, string conversion and comparison.
export { type ConversionContext, enumsOf } from './conversion-context.js';
export { convertTo, tryConvertTo, baseObject, enumerate } from './convert-to.js';
export { isTrue } from './is-true.js';
export { convertToString, toStringForDisplay, objectToString, type StringCulture } from './to-string.js';
export {
  formatDouble,
  formatDoublePrecision,
  formatNumber,
  numberToDotNetString,
  shortestDigits,
} from './double-format.js';
export type { NumberCulture } from './double-format.js';
export {
  compareValues,
  equalsValues,
  compareStrings,
  stringsEqual,
  compareNumeric,
  isNumeric,
  type CompareOptions,
} from './compare.js';
export { canonicalTypeName } from './type-aliases.js';
export { scanNumber, parseInvariantDouble, type ScannedNumber } from './number-parse.js';
export { parseDateTime, parseTimeSpan, DateTimeParseError } from './datetime-parse.js';
export { numericTypeInfo, roundHalfEven, NUMERIC_TYPES, type NumericTypeInfo } from './numeric-types.js';
export { stringToEnum, numberToEnum } from './enum-convert.js';
export { castWithInner, castFinal, castFromNull, dotNet, shortName } from './cast-errors.js';
