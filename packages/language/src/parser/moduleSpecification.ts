// PowerShell's ModuleSpecification checks (ModuleSpecificationInitHelper) for `#requires -Modules` and `using module`.
import type { Constant } from './constantValue.js';

export interface ModuleSpecificationFields {
  readonly moduleName: string | null;
  readonly moduleVersion: string | null;
  readonly requiredVersion: string | null;
  readonly maximumVersion: string | null;
  readonly guid: string | null;
}

/** .NET's ToString of a constant (LanguagePrimitives.ConvertTo<string>): arrays joined by spaces. */
export function constantText(value: Constant): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return value.map(constantText).join(' ');
  if (typeof value === 'object') return 'System.Collections.Hashtable';
  return String(value);
}

const castError = (value: string, type: string, inner: string): string =>
  `Cannot convert value "${value}" to type "${type}". Error: "${inner}"`;

/** Version.Parse's failure, as PowerShell's conversion to [version] reports it; null when the text is a version. */
function versionError(text: string): string | null {
  const parts = text.split('.');
  if (parts.length < 2 || parts.length > 4)
    return castError(
      text,
      'System.Version',
      "Version string portion was too short or too long. (Parameter 'input')",
    );
  for (const part of parts) {
    if (!/^\s*[+-]?\d+\s*$/.test(part))
      return castError(text, 'System.Version', `The input string '${part}' was not in a correct format.`);
    const n = Number(part.trim());
    if (n > 0x7fffffff)
      return castError(text, 'System.Version', 'Value was either too large or too small for an Int32.');
    if (n < 0)
      return castError(
        text,
        'System.Version',
        `input ('${n}') must be a non-negative value. (Parameter 'input')\nActual value was ${n}.`,
      );
  }
  return null;
}

/**
 * The message of the exception ModuleSpecificationInitHelper returns for a hashtable, or the fields when it is valid.
 * .NET reads a Hashtable in hash order; we read the keys in source order, so with several bad keys the list may
 * be ordered differently from pwsh's.
 */
export function readModuleSpecification(
  entries: readonly (readonly [Constant, Constant])[],
): { readonly error: string } | { readonly fields: ModuleSpecificationFields } {
  let moduleName: string | null = null;
  let moduleVersion: string | null = null;
  let requiredVersion: string | null = null;
  let maximumVersion: string | null = null;
  let guid: string | null = null;
  const badKeys: string[] = [];
  for (const [key, value] of entries) {
    const field = constantText(key).toLowerCase();
    const text = constantText(value);
    if (field === 'modulename') moduleName = text;
    else if (field === 'moduleversion' || field === 'requiredversion') {
      const error = value === null ? null : versionError(text);
      if (error !== null) return { error };
      if (field === 'moduleversion') moduleVersion = value === null ? null : text;
      else requiredVersion = value === null ? null : text;
    } else if (field === 'maximumversion') maximumVersion = text;
    else if (field === 'guid') guid = value === null ? null : text;
    else badKeys.push(`'${constantText(key)}'`);
  }
  if (badKeys.length > 0)
    return {
      error: `The hashtable describing a module contains one or more members that are not valid. The valid members are (ModuleName, ModuleVersion, RequiredVersion, GUID). Remove the members that are not valid (${badKeys.join(', ')}), then try again.`,
    };
  if (moduleName === null || moduleName === '')
    return { error: "The 'ModuleName' member does not exist in the hashtable that describes this module." };
  if (requiredVersion === null && moduleVersion === null && maximumVersion === null)
    return {
      error:
        "The 'ModuleVersion', 'MaximumVersion' and 'RequiredVersion' members do not exist in the hashtable that describes this module. One of these three members must exist, and be assigned a version number in the format 'n.n.n.n'.",
    };
  const together = (a: string, b: string): string =>
    `The parameters ${a} and ${b} cannot be used together. Please specify only one parameter.`;
  if (requiredVersion !== null && moduleVersion !== null)
    return { error: together('ModuleVersion', 'RequiredVersion') };
  if (requiredVersion !== null && maximumVersion !== null)
    return { error: together('MaximumVersion', 'RequiredVersion') };
  return { fields: { moduleName, moduleVersion, requiredVersion, maximumVersion, guid } };
}

/**
 * `#requires -Modules` converts each item to a ModuleSpecification (LanguagePrimitives.ConvertTo): the message of
 * the cast failure for the first bad item, or null.
 */
export function requiredModuleError(item: Constant): string | null {
  const type = 'Microsoft.PowerShell.Commands.ModuleSpecification';
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const result = readModuleSpecification(item.hashtable);
    return 'error' in result ? castError('System.Collections.Hashtable', type, result.error) : null;
  }
  if (item === '')
    return castError('', type, "The value cannot be an empty string. (Parameter 'moduleName')");
  // An array inside the list (`-Modules a, ('b', 'c')`): object[] has no conversion to ModuleSpecification, so
  // GetInvalidCastMessages names the value by its ToString(), the array's type name.
  if (Array.isArray(item))
    return `Cannot convert the "System.Object[]" value of type "System.Object[]" to type "${type}".`;
  return null;
}

/** WildcardPattern.ContainsWildcardCharacters: an unescaped `*`, `?`, `[` or `]`. */
export function containsWildcard(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`') i++;
    else if (c === '*' || c === '?' || c === '[' || c === ']') return true;
  }
  return false;
}
