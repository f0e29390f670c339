// Validation attributes compiled once per parameter: ajv decides pass/fail, PowerShell's text explains failures.
import { formatInner } from '../errors/messages.js';
import type { ValidationAttribute } from '../metadata/types.js';
import { valueText, valueTypeName } from '../conversion/value-text.js';
import { attributeAjv } from './ajv-instances.js';

/** A failure: the inner error id and its English text (`{6}` of ParameterArgumentValidationError). */
export interface ValidationFailure {
  readonly innerErrorId: string;
  readonly message: string;
}

export interface ValidateScriptHook {
  (id: string, value: unknown): boolean;
}

export type CompiledValidator = (
  value: unknown,
  validateScript: ValidateScriptHook | undefined,
) => ValidationFailure | undefined;

/** Ajv's validators are type guards; as plain predicates they do not narrow our values to never. */
type Check = (data: unknown) => boolean;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const nullElement: ValidationFailure = {
  innerErrorId: 'ArgumentIsEmpty',
  message: formatInner('ArgumentCollectionContainsNull'),
};

/** Enumerated validators (Set, Pattern, Range, Length, Script) check each element of a collection. */
function eachElement(check: (element: unknown) => ValidationFailure | undefined): CompiledValidator {
  return (value) => {
    if (value === null || value === undefined) return nullElement;
    if (Array.isArray(value)) {
      for (const element of value) {
        if (element === null || element === undefined) return nullElement;
        const f = check(element);
        if (f) return f;
      }
      return undefined;
    }
    return check(value);
  };
}

function toRangeNumber(element: unknown): number | undefined {
  if (typeof element === 'number') return element;
  // A boxed number of the runtime's values (a whole Double, an Int64) reads through valueOf().
  if (typeof element === 'object' && element !== null) {
    const primitive: unknown = element.valueOf();
    if (typeof primitive === 'number') return primitive;
  }
  if (typeof element === 'string' && element.trim() !== '' && !Number.isNaN(Number(element)))
    return Number(element);
  return undefined;
}

const isBlank = (s: string, whiteSpace: boolean): boolean => (whiteSpace ? s.trim() === '' : s === '');

/** ValidateNotNullOrAttributeBase: null, empty (or blank) strings, empty collections, null/empty elements. */
function notNullOr(whiteSpace: boolean): CompiledValidator {
  const emptyId = whiteSpace ? 'ArgumentIsEmptyOrWhiteSpace' : 'ArgumentIsEmpty';
  const emptyText = formatInner(whiteSpace ? 'ArgumentIsEmptyOrWhiteSpace' : 'ArgumentIsEmpty');
  const collectionText = formatInner('ArgumentCollectionContainsNull');
  return (value) => {
    if (value === null || value === undefined)
      return { innerErrorId: 'ArgumentIsNull', message: formatInner('ArgumentIsEmpty') };
    if (typeof value === 'string')
      return isBlank(value, whiteSpace) ? { innerErrorId: emptyId, message: emptyText } : undefined;
    if (!Array.isArray(value)) return undefined;
    if (value.length === 0) return { innerErrorId: 'ArgumentIsEmpty', message: collectionText };
    for (const e of value) {
      if (e === null || e === undefined) return { innerErrorId: 'ArgumentIsNull', message: collectionText };
      if (typeof e === 'string' && isBlank(e, whiteSpace)) {
        return whiteSpace
          ? {
              innerErrorId: 'ArgumentCollectionContainsEmptyOrWhiteSpace',
              message: formatInner('ArgumentCollectionContainsBlank'),
            }
          : { innerErrorId: 'ArgumentCollectionContainsEmpty', message: collectionText };
      }
    }
    return undefined;
  };
}

function compileOne(attribute: ValidationAttribute): CompiledValidator {
  switch (attribute.kind) {
    case 'ValidateSet': {
      const ignoreCase = attribute.ignoreCase !== false;
      const schema = ignoreCase
        ? { type: 'string', pattern: `^(?:${attribute.values.map(escapeRegExp).join('|')})$` }
        : { type: 'string', enum: [...attribute.values] };
      const validate: Check = attributeAjv(ignoreCase).compile(schema);
      const setText = attribute.values.join(',');
      return eachElement((element) => {
        const text = valueText(element);
        if (validate(text)) return undefined;
        return {
          innerErrorId: 'ValidateSetFailure',
          message: attribute.errorMessage
            ? attribute.errorMessage.replace('{0}', text).replace('{1}', setText)
            : formatInner('ValidateSetFailure', text, setText),
        };
      });
    }
    case 'ValidatePattern': {
      const ignoreCase = attribute.ignoreCase !== false;
      const validate: Check = attributeAjv(ignoreCase).compile({
        type: 'string',
        pattern: attribute.pattern,
      });
      return eachElement((element) => {
        const text = valueText(element);
        if (validate(text)) return undefined;
        return {
          innerErrorId: 'ValidatePatternFailure',
          message: attribute.errorMessage
            ? attribute.errorMessage.replace('{0}', text).replace('{1}', attribute.pattern)
            : formatInner('ValidatePatternFailure', text, attribute.pattern),
        };
      });
    }
    case 'ValidateRange': {
      const kind = attribute.rangeKind;
      const schema: Record<string, unknown> = { type: 'number' };
      if (kind === 'Positive') schema['exclusiveMinimum'] = 0;
      else if (kind === 'NonNegative') schema['minimum'] = 0;
      else if (kind === 'Negative') schema['exclusiveMaximum'] = 0;
      else if (kind === 'NonPositive') schema['maximum'] = 0;
      else {
        if (attribute.min !== undefined) schema['minimum'] = attribute.min;
        if (attribute.max !== undefined) schema['maximum'] = attribute.max;
      }
      const validate: Check = attributeAjv(false).compile(schema);
      return eachElement((element) => {
        const n = toRangeNumber(element);
        if (n === undefined) {
          return {
            innerErrorId: 'ValidateRangeElementType',
            message: formatInner('ValidateRangeElementType', valueTypeName(element), 'System.Int32'),
          };
        }
        if (validate(n)) return undefined;
        const text = valueText(element);
        if (kind)
          return {
            innerErrorId: `ValidateRange${kind}Failure`,
            message: formatInner(`ValidateRange${kind}Failure`, text),
          };
        if (attribute.min !== undefined && n < attribute.min) {
          return {
            innerErrorId: 'ValidateRangeTooSmall',
            message: formatInner('ValidateRangeTooSmall', text, attribute.min),
          };
        }
        return {
          innerErrorId: 'ValidateRangeTooBig',
          message: formatInner('ValidateRangeTooBig', text, attribute.max),
        };
      });
    }
    case 'ValidateLength': {
      const validate: Check = attributeAjv(false).compile({
        type: 'string',
        minLength: attribute.min,
        maxLength: attribute.max,
      });
      return eachElement((element) => {
        if (typeof element !== 'string') {
          return { innerErrorId: 'ValidateLengthNotString', message: formatInner('ValidateLengthNotString') };
        }
        if (validate(element)) return undefined;
        return element.length < attribute.min
          ? {
              innerErrorId: 'ValidateLengthMinLengthFailure',
              message: formatInner('ValidateLengthMinLengthFailure', attribute.min, element.length),
            }
          : {
              innerErrorId: 'ValidateLengthMaxLengthFailure',
              message: formatInner('ValidateLengthMaxLengthFailure', attribute.max, element.length),
            };
      });
    }
    case 'ValidateCount': {
      // ajv checks the count (PowerShell counts enumerables that are not JavaScript arrays).
      const validate: Check = attributeAjv(false).compile({
        type: 'integer',
        minimum: attribute.min,
        maximum: attribute.max,
      });
      return (value) => {
        // PowerShell counts any IEnumerable: a string counts its characters, a hashtable its entries.
        let length: number;
        if (value === null || value === undefined) length = 0;
        else if (Array.isArray(value) || typeof value === 'string') length = value.length;
        else if (typeof value === 'object' && !(value instanceof Date)) length = Object.keys(value).length;
        else return { innerErrorId: 'NotAnArrayParameter', message: formatInner('ValidateCountNotInArray') };
        if (validate(length)) return undefined;
        return attribute.min === attribute.max
          ? {
              innerErrorId: 'ValidateCountExactFailure',
              message: formatInner('ValidateCountExactFailure', attribute.min, length),
            }
          : {
              innerErrorId: 'ValidateCountMinMaxFailure',
              message: formatInner('ValidateCountMinMaxFailure', attribute.min, attribute.max, length),
            };
      };
    }
    case 'ValidateNotNull':
      return (value) => {
        if (value === null || value === undefined) {
          return { innerErrorId: 'ArgumentIsNull', message: formatInner('ArgumentIsNull') };
        }
        if (Array.isArray(value) && value.some((e) => e === null || e === undefined)) {
          return { innerErrorId: 'ArgumentIsNull', message: formatInner('ArgumentCollectionHasNull') };
        }
        return undefined;
      };
    case 'ValidateNotNullOrEmpty':
      return notNullOr(false);
    case 'ValidateNotNullOrWhiteSpace':
      return notNullOr(true);
    case 'ValidateScript': {
      const scriptText = attribute.scriptText ?? '';
      return (value, hook) =>
        eachElement((element) => {
          if (!hook || hook(attribute.id, element)) return undefined;
          const text = valueText(element);
          return {
            innerErrorId: 'ValidateScriptFailure',
            message: attribute.errorMessage
              ? attribute.errorMessage.replace('{0}', text).replace('{1}', scriptText)
              : formatInner('ValidateScriptFailure', text, scriptText),
          };
        })(value, hook);
    }
  }
}

/**
 * All of a parameter's attributes, in declaration order; the first failure wins. Patterns are checked
 * now (bad metadata fails at compile time); the ajv validators are generated on first use, since a
 * command has many parameters and a command line uses few of them.
 */
export function compileValidators(
  attributes: readonly ValidationAttribute[] | undefined,
): CompiledValidator | undefined {
  if (!attributes || attributes.length === 0) return undefined;
  for (const a of attributes) {
    if (a.kind === 'ValidatePattern') new RegExp(a.pattern, a.ignoreCase === false ? '' : 'i');
  }
  let checks: CompiledValidator[] | undefined;
  return (value, hook) => {
    checks ??= attributes.map(compileOne);
    for (const check of checks) {
      const f = check(value, hook);
      if (f) return f;
    }
    return undefined;
  };
}
