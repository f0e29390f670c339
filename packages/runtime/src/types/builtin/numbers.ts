// Numeric types ([int], [long], [double], [byte], ...): MinValue/MaxValue, Parse and TryParse([ref]).
import { parseInvariantDouble } from '../../conversion/number-parse.js';
import { PSDecimal } from '../../values/ps-decimal.js';
import { INT64_MAX, INT64_MIN, PSInt64, inInt64Range, int64Value } from '../../values/ps-int64.js';
import { PSDouble } from '../../values/ps-double.js';
import { UINT32_MAX, UINT64_MAX, isUnsigned, uint32Value, uint64Value } from '../../values/ps-unsigned.js';
import { numberTypeName } from '../../values/type-names.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { PSReferenceLike } from '../reference.js';
import type { TypeInfoInit } from '../type-info.js';
import { constant, str } from './define.js';

interface NumericSpec {
  readonly fullName: string;
  readonly short: string;
  readonly min: number;
  readonly max: number;
  readonly integral: boolean;
}

const SPECS: readonly NumericSpec[] = [
  { fullName: 'System.Int32', short: 'int', min: -2147483648, max: 2147483647, integral: true },
  {
    fullName: 'System.Int64',
    short: 'long',
    min: -9223372036854775808,
    max: 2 ** 63,
    integral: true,
  },
  { fullName: 'System.Int16', short: 'short', min: -32768, max: 32767, integral: true },
  { fullName: 'System.Byte', short: 'byte', min: 0, max: 255, integral: true },
  { fullName: 'System.SByte', short: 'sbyte', min: -128, max: 127, integral: true },
  { fullName: 'System.UInt16', short: 'ushort', min: 0, max: 65535, integral: true },
  { fullName: 'System.UInt32', short: 'uint', min: 0, max: 4294967295, integral: true },
  { fullName: 'System.UInt64', short: 'ulong', min: 0, max: 2 ** 64, integral: true },
  {
    fullName: 'System.Double',
    short: 'double',
    min: -1.7976931348623157e308,
    max: 1.7976931348623157e308,
    integral: false,
  },
  {
    fullName: 'System.Single',
    short: 'float',
    min: -3.4028234663852886e38,
    max: 3.4028234663852886e38,
    integral: false,
  },
];

/** .NET's invariant Parse: optional sign and surrounding white space; integers reject fractions. */
export function parseNumeric(text: string | null, spec: NumericSpec): number | undefined {
  if (text === null) return undefined;
  const t = text.trim();
  // Floating-point types parse as Double.Parse (NumberStyles.Float | AllowThousands).
  if (!spec.integral) return parseInvariantDouble(t);
  if (!/^[+-]?\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n < spec.min || n > spec.max ? undefined : n;
}

/** The boxed .NET value of an exact integer for the 64-bit and unsigned types (undefined when out of range). */
const EXACT: Readonly<Record<string, (big: bigint) => unknown>> = {
  'System.Int64': (big) => (inInt64Range(big) ? int64Value(big) : undefined),
  'System.UInt32': (big) => (big >= 0n && big <= UINT32_MAX ? uint32Value(big) : undefined),
  'System.UInt64': (big) => (big >= 0n && big <= UINT64_MAX ? uint64Value(big) : undefined),
};

/** The parsed value in the spec's representation: exact for [long]/[uint]/[ulong] (undefined when out of range). */
function typedParse(text: string | null, spec: NumericSpec): unknown {
  const exact = EXACT[spec.fullName];
  if (exact && text !== null && /^\s*[+-]?\d+\s*$/.test(text)) return exact(BigInt(text.trim()));
  return parseNumeric(text, spec);
}

/** MinValue / MaxValue in the spec's representation. */
function limit(spec: NumericSpec, which: 'min' | 'max'): unknown {
  if (spec.fullName === 'System.Int64') return new PSInt64(which === 'min' ? INT64_MIN : INT64_MAX);
  if (spec.fullName === 'System.UInt32') return uint32Value(which === 'min' ? 0n : UINT32_MAX);
  if (spec.fullName === 'System.UInt64') return uint64Value(which === 'min' ? 0n : UINT64_MAX);
  return spec[which];
}

function numericType(spec: NumericSpec): TypeInfoInit {
  const s = spec.short;
  const parse = (text: string | null): unknown => {
    if (text === null)
      throw dotNetError('System.ArgumentNullException', "Value cannot be null. (Parameter 's')");
    const n = typedParse(text, spec);
    if (n === undefined) {
      if (spec.integral && /^[+-]?\d+$/.test(text.trim())) {
        throw dotNetError(
          'System.OverflowException',
          `Value was either too large or too small for ${/^[AEIOU]/.test(spec.fullName.slice(7)) ? 'an' : 'a'} ${spec.fullName.slice(7)}.`,
        );
      }
      throw dotNetError('System.FormatException', `The input string '${text}' was not in a correct format.`);
    }
    return n;
  };
  return {
    fullName: spec.fullName,
    baseType: 'System.ValueType',
    isValueType: true,
    interfaces: ['System.IComparable', 'System.IFormattable', 'System.IConvertible'],
    // Plain numbers carry no width: a number is an Int32, Int64 or Double by its value (the values contract).
    isInstance: (v) =>
      (typeof v === 'number' && numberTypeName(v) === spec.fullName) ||
      (v instanceof PSInt64 && spec.fullName === 'System.Int64') ||
      (v instanceof PSDouble && spec.fullName === 'System.Double') ||
      (isUnsigned(v) && v.typeName === spec.fullName),
    staticProperties: [
      constant('MaxValue', s, limit(spec, 'max')),
      constant('MinValue', s, limit(spec, 'min')),
      ...(spec.integral
        ? []
        : [
            constant('Epsilon', s, spec.short === 'double' ? Number.MIN_VALUE : 1.401298464324817e-45),
            constant('NaN', s, NaN),
            constant('PositiveInfinity', s, Infinity),
            constant('NegativeInfinity', s, -Infinity),
          ]),
    ],
    staticMethods: [
      method<null>('Parse', [`static ${s} Parse(string s)`, (_t, a) => parse(a[0] as string | null)]),
      method<null>('TryParse', [
        `static bool TryParse(string s, [ref] ${s} result)`,
        (_t, a) => {
          const n = typedParse(a[0] as string | null, spec);
          (a[1] as PSReferenceLike).value = n ?? EXACT[spec.fullName]?.(0n) ?? 0;
          return n !== undefined;
        },
      ]),
      method<null>('IsNaN', [`static bool IsNaN(${s} d)`, (_t, a) => Number.isNaN(a[0])]),
      method<null>('IsInfinity', [
        `static bool IsInfinity(${s} d)`,
        (_t, a) => Math.abs(a[0] as number) === Infinity,
      ]),
      method<null>('Equals', [
        `static bool Equals(System.Object objA, System.Object objB)`,
        (_t, a) => a[0] === a[1],
      ]),
    ].filter((m) => !spec.integral || (m.name !== 'IsNaN' && m.name !== 'IsInfinity')),
  };
}

export const NumericTypes: readonly TypeInfoInit[] = SPECS.map(numericType);

export const DecimalType: TypeInfoInit = {
  fullName: 'System.Decimal',
  baseType: 'System.ValueType',
  isValueType: true,
  isInstance: (v) => v instanceof PSDecimal,
  staticProperties: [
    constant('MaxValue', 'decimal', new PSDecimal(79228162514264337593543950335n)),
    constant('MinValue', 'decimal', new PSDecimal(-79228162514264337593543950335n)),
  ],
  staticMethods: [
    method<null>(
      'Round',
      ['static decimal Round(decimal d)', (_t, a) => toDecimal(a[0]).round(0)],
      ['static decimal Round(decimal d, int decimals)', (_t, a) => toDecimal(a[0]).round(a[1] as number)],
      [
        'static decimal Round(decimal d, System.MidpointRounding mode)',
        (_t, a) => roundDecimal(toDecimal(a[0]), 0, a[1] as number),
      ],
      [
        'static decimal Round(decimal d, int decimals, System.MidpointRounding mode)',
        (_t, a) => roundDecimal(toDecimal(a[0]), a[1] as number, a[2] as number),
      ],
    ),
    method<null>('Truncate', ['static decimal Truncate(decimal d)', (_t, a) => toDecimal(a[0]).truncate()]),
    method<null>('Parse', [
      'static decimal Parse(string s)',
      (_t, a) => {
        const n = PSDecimal.tryParse(str(a[0]));
        if (n === undefined)
          throw dotNetError(
            'System.FormatException',
            `The input string '${str(a[0])}' was not in a correct format.`,
          );
        return n;
      },
    ]),
  ],
};

/** A method argument as a decimal: doubles convert with .NET's 15-significant-digit rule. */
function toDecimal(v: unknown): PSDecimal {
  if (v instanceof PSDecimal) return v;
  if (typeof v === 'string') {
    const d = PSDecimal.tryParse(v);
    if (d) return d;
    throw dotNetError('System.FormatException', `The input string '${v}' was not in a correct format.`);
  }
  return PSDecimal.fromNumber(Number(v ?? 0));
}

function roundDecimal(d: PSDecimal, digits: number, mode: number): PSDecimal {
  if (mode === 1) return d.roundAwayFromZero(digits);
  if (mode === 0) return d.round(digits);
  // ToZero / ToNegativeInfinity / ToPositiveInfinity via the double path (rare in scripts).
  const scaled = d.toNumber() * 10 ** digits;
  const r = mode === 2 ? Math.trunc(scaled) : mode === 3 ? Math.floor(scaled) : Math.ceil(scaled);
  return PSDecimal.fromNumber(r / 10 ** digits);
}
