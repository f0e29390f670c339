// Barrel of text services: .NET regex translation, wildcards and .NET formatting (en-US).
export {
  translateDotNetRegex,
  RegexTranslationError,
  RegexParseMessages,
  type DotNetRegexOptions,
  type RegexGroupInfo,
  type TranslatedRegex,
} from './dotnet-regex.js';
export {
  WildcardPattern,
  WildcardPatternError,
  containsWildcardCharacters,
  escapeWildcard,
  unescapeWildcard,
  wildcardToRegexSource,
} from './wildcard.js';
export { formatNumberValue, type FormattableNumber } from './numeric-format.js';
export { formatDateTime, formatDateTimeCustom, EN_US_DATE_PATTERNS } from './datetime-format.js';
export { formatTimeSpan } from './timespan-format.js';
export { formatValue } from './format-value.js';
export { compositeFormat, formatOperator } from './composite-format.js';
export { DotNetFormatException, FormatMessages } from './format-error.js';
