// Enum types as TypeInfo: `[ConsoleColor]::Red`, `[System.DayOfWeek]::Monday`, and [enum]::GetNames/GetValues/Parse.
import { PSEnumValue, enumMemberValue, type EnumTypeInfo } from '../../values/ps-enum.js';
import { unwrap } from '../argument-conversion.js';
import { MethodEnums } from '../enum-tables.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import { TypeInfo, type TypeInfoInit } from '../type-info.js';
import { str } from './define.js';

/** Enums only method parameters used so far, plus SecurityProtocolType, in RV1's EnumTypeInfo shape. */
export const ExtraEnumTypes: readonly EnumTypeInfo[] = [
  ...Object.values(MethodEnums).map((t) => ({
    fullName: t.fullName,
    isFlags: t.flags,
    members: Object.entries(t.values),
  })),
  {
    fullName: 'System.Net.SecurityProtocolType',
    isFlags: true,
    members: [
      ['SystemDefault', 0],
      ['Ssl3', 48],
      ['Tls', 192],
      ['Tls11', 768],
      ['Tls12', 3072],
      ['Tls13', 12288],
    ],
  },
  {
    fullName: 'System.IO.SearchOption',
    isFlags: false,
    members: [
      ['TopDirectoryOnly', 0],
      ['AllDirectories', 1],
    ],
  },
];

/** The TypeInfo of an enum: each member is a static property returning a PSEnumValue. */
export function enumTypeInfo(info: EnumTypeInfo): TypeInfoInit {
  return {
    fullName: info.fullName,
    baseType: 'System.Enum',
    isValueType: true,
    enumInfo: info,
    isInstance: (v) => v instanceof PSEnumValue && v.type.fullName === info.fullName,
    staticProperties: info.members.map(([name, value]) => ({
      name,
      type: info.fullName,
      get: () => new PSEnumValue(info, value),
    })),
  };
}

function enumOf(value: unknown): EnumTypeInfo {
  const v = unwrap(value);
  if (v instanceof TypeInfo && v.enumInfo) return v.enumInfo;
  throw dotNetError('System.ArgumentException', "Type provided must be an Enum. (Parameter 'enumType')");
}

/** Enum.Parse: names (comma-separated for flags) or a number. */
export function parseEnum(info: EnumTypeInfo, text: string, ignoreCase: boolean): PSEnumValue {
  const t = text.trim();
  if (/^[+-]?\d+$/.test(t)) return new PSEnumValue(info, Number(t));
  let total = 0;
  for (const part of t.split(',')) {
    const name = part.trim();
    const value = ignoreCase ? enumMemberValue(info, name) : info.members.find(([n]) => n === name)?.[1];
    if (value === undefined)
      throw dotNetError('System.ArgumentException', `Requested value '${name}' was not found.`);
    total |= value;
  }
  return new PSEnumValue(info, total);
}

export const EnumStatics = [
  method<null>('GetNames', [
    'static string[] GetNames(type enumType)',
    (_t, a) => enumOf(a[0]).members.map(([n]) => n),
  ]),
  method<null>('GetValues', [
    'static array GetValues(type enumType)',
    (_t, a) => {
      const info = enumOf(a[0]);
      return info.members.map(([, v]) => new PSEnumValue(info, v));
    },
  ]),
  method<null>(
    'Parse',
    [
      'static System.Object Parse(type enumType, string value)',
      (_t, a) => parseEnum(enumOf(a[0]), str(a[1]), false),
    ],
    [
      'static System.Object Parse(type enumType, string value, bool ignoreCase)',
      (_t, a) => parseEnum(enumOf(a[0]), str(a[1]), Boolean(a[2])),
    ],
  ),
  method<null>('IsDefined', [
    'static bool IsDefined(type enumType, System.Object value)',
    (_t, a) => {
      const info = enumOf(a[0]);
      const v = unwrap(a[1]);
      return typeof v === 'number'
        ? info.members.some(([, x]) => x === v)
        : info.members.some(([n]) => n === String(v));
    },
  ]),
  method<null>('ToObject', [
    'static System.Object ToObject(type enumType, System.Object value)',
    (_t, a) => new PSEnumValue(enumOf(a[0]), Number(unwrap(a[1]))),
  ]),
  method<null>('GetName', [
    'static string GetName(type enumType, System.Object value)',
    (_t, a) => {
      const info = enumOf(a[0]);
      const v = Number(unwrap(a[1]));
      return info.members.find(([, x]) => x === v)?.[0] ?? null;
    },
  ]),
];
