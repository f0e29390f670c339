// Core types: Object, ValueType, Array, Enum, Void, PSObject/PSCustomObject, ScriptBlock, SwitchParameter, SecureString, Guid, Version, Uri.
import { PSEnumValue } from '../../values/ps-enum.js';
import { PSGuid } from '../../values/ps-guid.js';
import { PSObject } from '../../values/ps-object.js';
import { PSSecureString } from '../../values/ps-secure-string.js';
import { PSPathInfo, pathInfoTypeName } from '../../values/ps-path-info.js';
import { PSUri } from '../../values/ps-uri.js';
import { PSVersion } from '../../values/ps-version.js';
import { PSSemanticVersion } from '../../values/ps-semantic-version.js';
import { PSMemberDefinition } from '../../values/ps-member-definition.js';
import { isScriptBlockLike } from '../../values/script-block-like.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import { isReferenceLike, type PSReferenceLike } from '../reference.js';
import type { TypeInfoInit } from '../type-info.js';
import { constant, num, str } from './define.js';
import { PSDouble } from '../../values/ps-double.js';

export const ObjectType: TypeInfoInit = {
  fullName: 'System.Object',
  baseType: null,
  isInstance: (v) => v !== null && v !== undefined,
  staticMethods: [
    method<null>('ReferenceEquals', [
      'static bool ReferenceEquals(System.Object objA, System.Object objB)',
      (_t, a) => a[0] === a[1],
    ]),
    method<null>('Equals', [
      'static bool Equals(System.Object objA, System.Object objB)',
      (_t, a) => a[0] === a[1],
    ]),
  ],
  constructors: method<null>('new', [
    'System.Object new()',
    () => new PSObject({ typeNames: ['System.Object'], baseObject: {} }),
  ]),
};

export const ValueTypeType: TypeInfoInit = { fullName: 'System.ValueType' };
export const VoidType: TypeInfoInit = {
  fullName: 'System.Void',
  baseType: 'System.ValueType',
  isInstance: () => false,
};

export const ArrayType: TypeInfoInit = {
  fullName: 'System.Array',
  interfaces: [
    'System.Collections.IList',
    'System.Collections.ICollection',
    'System.Collections.IEnumerable',
  ],
  isInstance: (v) => Array.isArray(v),
  staticMethods: [
    method<null>('IndexOf', [
      'static int IndexOf(array array, System.Object value)',
      (_t, a) => ((a[0] as unknown[]) ?? []).indexOf(a[1]),
    ]),
    method<null>('Reverse', [
      'static void Reverse(array array)',
      (_t, a) => {
        (a[0] as unknown[]).reverse();
      },
    ]),
    method<null>('Sort', [
      'static void Sort(array array)',
      (_t, a) => {
        const isNum = (v: unknown) => typeof v === 'number' || v instanceof PSDouble;
        (a[0] as unknown[]).sort((x, y) =>
          isNum(x) && isNum(y) ? Number(x) - Number(y) : String(x).localeCompare(String(y)),
        );
      },
    ]),
    method<null>('Empty', ['static System.Object[] Empty()', () => []]),
    method<null>('Exists', [
      'static bool Exists(array array, System.Object match)',
      (_t, a) => ((a[0] as unknown[]) ?? []).includes(a[1]),
    ]),
  ],
};

export const EnumType: TypeInfoInit = {
  fullName: 'System.Enum',
  baseType: 'System.ValueType',
  isInstance: (v) => v instanceof PSEnumValue,
};

/**
 * A type view without a base object stands in for a bare .NET object ($MyInvocation, $_.InvocationInfo,
 * $_.Exception, $Host.UI), which pwsh's `-is [psobject]` does not see as a PSObject (TypeOps.IsInstance: only a
 * PSObject on the left). Get-Item's items are the exception: pwsh hands them out wrapped, with the provider's PSPath.
 */
function isPSObject(v: unknown): v is PSObject {
  return v instanceof PSObject && !(v.isTypeView && v.isCustomObject && !v.hasMember('PSPath'));
}

export const PSObjectType: TypeInfoInit = {
  fullName: 'System.Management.Automation.PSObject',
  // Every value is a PSObject to -is only when wrapped; custom objects always are.
  isInstance: isPSObject,
  constructors: method<null>(
    'new',
    ['psobject new()', () => new PSObject()],
    [
      'psobject new(System.Object obj)',
      (_t, a) => (a[0] instanceof PSObject ? a[0] : PSObject.wrap(a[0], ['System.Object'])),
    ],
  ),
};

export const PSCustomObjectType: TypeInfoInit = {
  fullName: 'System.Management.Automation.PSCustomObject',
  isInstance: (v) => isPSObject(v) && v.isCustomObject,
};

/** $MyInvocation and an error's InvocationInfo: engine type views (PSObjects) that name this type. */
export const InvocationInfoType: TypeInfoInit = {
  fullName: 'System.Management.Automation.InvocationInfo',
};

export const ScriptBlockType: TypeInfoInit = {
  fullName: 'System.Management.Automation.ScriptBlock',
  isInstance: isScriptBlockLike,
};

export const SwitchParameterType: TypeInfoInit = {
  fullName: 'System.Management.Automation.SwitchParameter',
  baseType: 'System.ValueType',
  isValueType: true,
  // A SwitchParameter is the engine's type view over a boolean (its type names say so); a plain $true is no [switch].
  staticProperties: [constant('Present', 'switch', true)],
};

export const SecureStringType: TypeInfoInit = {
  fullName: 'System.Security.SecureString',
  isInstance: (v) => v instanceof PSSecureString,
  constructors: method<null>('new', ['securestring new()', () => new PSSecureString()]),
};

export const PathInfoType: TypeInfoInit = {
  fullName: pathInfoTypeName,
  isInstance: (v) => v instanceof PSPathInfo,
};

export const PSReferenceType: TypeInfoInit = {
  fullName: 'System.Management.Automation.PSReference',
  isInstance: isReferenceLike,
};

export const GuidType: TypeInfoInit = {
  fullName: 'System.Guid',
  baseType: 'System.ValueType',
  isValueType: true,
  isInstance: (v) => v instanceof PSGuid,
  staticProperties: [constant('Empty', 'guid', PSGuid.empty)],
  staticMethods: [
    method<null>('NewGuid', ['static guid NewGuid()', () => PSGuid.newGuid()]),
    method<null>('Parse', [
      'static guid Parse(string input)',
      (_t, a) => {
        const g = PSGuid.tryParse(str(a[0]));
        if (!g) throw dotNetError('System.FormatException', `Unrecognized Guid format.`);
        return g;
      },
    ]),
    method<null>('TryParse', [
      'static bool TryParse(string input, [ref] guid result)',
      (_t, a) => {
        const g = PSGuid.tryParse(str(a[0]));
        (a[1] as PSReferenceLike).value = g ?? PSGuid.empty;
        return g !== undefined;
      },
    ]),
  ],
  constructors: method<null>('new', [
    'guid new(string g)',
    (_t, a) => {
      const g = PSGuid.tryParse(str(a[0]));
      if (!g) throw dotNetError('System.FormatException', `Unrecognized Guid format.`);
      return g;
    },
  ]),
};

function parseVersion(text: string): PSVersion {
  const v = PSVersion.tryParse(text);
  if (!v)
    throw dotNetError(
      'System.ArgumentException',
      `Version string portion was too short or too long. (Parameter 'input')`,
    );
  return v;
}

export const VersionType: TypeInfoInit = {
  fullName: 'System.Version',
  interfaces: ['System.IComparable', 'System.ICloneable'],
  isInstance: (v) => v instanceof PSVersion,
  staticMethods: [
    method<null>('Parse', ['static version Parse(string input)', (_t, a) => parseVersion(str(a[0]))]),
    method<null>('TryParse', [
      'static bool TryParse(string input, [ref] version result)',
      (_t, a) => {
        const v = PSVersion.tryParse(str(a[0]));
        (a[1] as PSReferenceLike).value = v ?? null;
        return v !== undefined;
      },
    ]),
  ],
  constructors: method<null>(
    'new',
    ['version new()', () => new PSVersion(0, 0)],
    ['version new(string version)', (_t, a) => parseVersion(str(a[0]))],
    ['version new(int major, int minor)', (_t, a) => new PSVersion(num(a[0]), num(a[1]))],
    [
      'version new(int major, int minor, int build)',
      (_t, a) => new PSVersion(num(a[0]), num(a[1]), num(a[2])),
    ],
    [
      'version new(int major, int minor, int build, int revision)',
      (_t, a) => new PSVersion(num(a[0]), num(a[1]), num(a[2]), num(a[3])),
    ],
  ),
};

function parseSemanticVersion(text: string): PSSemanticVersion {
  const v = PSSemanticVersion.tryParse(text);
  if (!v)
    throw dotNetError('System.FormatException', `The input string '${text}' was not in a correct format.`);
  return v;
}

export const SemanticVersionType: TypeInfoInit = {
  fullName: 'System.Management.Automation.SemanticVersion',
  interfaces: ['System.IComparable', 'System.IEquatable`1[[System.Management.Automation.SemanticVersion]]'],
  isInstance: (v) => v instanceof PSSemanticVersion,
  staticMethods: [
    method<null>('Parse', [
      'static semver Parse(string version)',
      (_t, a) => parseSemanticVersion(str(a[0])),
    ]),
    method<null>('TryParse', [
      'static bool TryParse(string version, [ref] semver result)',
      (_t, a) => {
        const v = PSSemanticVersion.tryParse(str(a[0]));
        (a[1] as PSReferenceLike).value = v ?? null;
        return v !== undefined;
      },
    ]),
  ],
  constructors: method<null>(
    'new',
    ['semver new(string version)', (_t, a) => parseSemanticVersion(str(a[0]))],
    ['semver new(int major)', (_t, a) => new PSSemanticVersion(num(a[0]))],
    ['semver new(int major, int minor)', (_t, a) => new PSSemanticVersion(num(a[0]), num(a[1]))],
    [
      'semver new(int major, int minor, int patch)',
      (_t, a) => new PSSemanticVersion(num(a[0]), num(a[1]), num(a[2])),
    ],
    [
      'semver new(int major, int minor, int patch, string preReleaseLabel, string buildLabel)',
      (_t, a) =>
        new PSSemanticVersion(
          num(a[0]),
          num(a[1]),
          num(a[2]),
          a[3] === null ? null : str(a[3]),
          a[4] === null ? null : str(a[4]),
        ),
    ],
  ),
};

function createUri(text: string, allowRelative: boolean): PSUri {
  const u = PSUri.tryCreate(text, allowRelative);
  if (!u)
    throw dotNetError(
      'System.UriFormatException',
      'Invalid URI: The format of the URI could not be determined.',
    );
  return u;
}

export const UriType: TypeInfoInit = {
  fullName: 'System.Uri',
  isInstance: (v) => v instanceof PSUri,
  staticProperties: [
    constant('UriSchemeHttp', 'string', 'http'),
    constant('UriSchemeHttps', 'string', 'https'),
    constant('SchemeDelimiter', 'string', '://'),
  ],
  staticMethods: [
    method<null>('EscapeDataString', [
      'static string EscapeDataString(string stringToEscape)',
      (_t, a) =>
        encodeURIComponent(str(a[0])).replace(
          /[!'()*]/g,
          (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
        ),
    ]),
    method<null>('UnescapeDataString', [
      'static string UnescapeDataString(string stringToUnescape)',
      (_t, a) => safeDecode(str(a[0])),
    ]),
    method<null>('EscapeUriString', [
      'static string EscapeUriString(string stringToEscape)',
      (_t, a) => encodeURI(str(a[0])),
    ]),
    method<null>('IsWellFormedUriString', [
      'static bool IsWellFormedUriString(string uriString, System.UriKind uriKind)',
      (_t, a) => {
        const text = str(a[0]);
        if (/\s/.test(text)) return false;
        const abs = PSUri.tryCreate(text, false) !== undefined;
        return num(a[1]) === 1 ? abs : num(a[1]) === 2 ? !abs : true;
      },
    ]),
    method<null>('TryCreate', [
      'static bool TryCreate(string uriString, System.UriKind uriKind, [ref] uri result)',
      (_t, a) => {
        const u = PSUri.tryCreate(str(a[0]), num(a[1]) !== 1);
        (a[2] as PSReferenceLike).value = u ?? null;
        return u !== undefined;
      },
    ]),
  ],
  constructors: method<null>(
    'new',
    ['uri new(string uriString)', (_t, a) => createUri(str(a[0]), false)],
    ['uri new(string uriString, System.UriKind uriKind)', (_t, a) => createUri(str(a[0]), num(a[1]) !== 1)],
    [
      'uri new(uri baseUri, string relativeUri)',
      (_t, a) => createUri(new URL(str(a[1]), String(a[0])).href, false),
    ],
  ),
};

/** Percent-decoding that leaves malformed escapes alone (as Uri.UnescapeDataString does). */
export function safeDecode(text: string): string {
  return text.replace(/(%[0-9a-fA-F]{2})+/g, (seq) => {
    try {
      return decodeURIComponent(seq);
    } catch {
      return seq;
    }
  });
}

const str0 = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export const PSNotePropertyType: TypeInfoInit = {
  fullName: 'System.Management.Automation.PSNoteProperty',
  isInstance: (v) => v instanceof PSMemberDefinition && v.MemberType === 'NoteProperty',
  constructors: method<null>('new', [
    'psnoteproperty new(string name, System.Object value)',
    (_t, a) => new PSMemberDefinition({ memberType: 'NoteProperty', name: str0(a[0]), value: a[1] ?? null }),
  ]),
};

export const PSScriptPropertyType: TypeInfoInit = {
  fullName: 'System.Management.Automation.PSScriptProperty',
  isInstance: (v) => v instanceof PSMemberDefinition && v.MemberType === 'ScriptProperty',
  constructors: method<null>(
    'new',
    [
      'psscriptproperty new(string name, scriptblock getterScript)',
      (_t, a) =>
        new PSMemberDefinition({
          memberType: 'ScriptProperty',
          name: str0(a[0]),
          getterScript: isScriptBlockLike(a[1]) ? a[1] : null,
          setterScript: null,
        }),
    ],
    [
      'psscriptproperty new(string name, scriptblock getterScript, scriptblock setterScript)',
      (_t, a) =>
        new PSMemberDefinition({
          memberType: 'ScriptProperty',
          name: str0(a[0]),
          getterScript: isScriptBlockLike(a[1]) ? a[1] : null,
          setterScript: isScriptBlockLike(a[2]) ? a[2] : null,
        }),
    ],
  ),
};
