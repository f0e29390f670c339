// The integral and floating .NET types a conversion can target, with their ranges and overflow texts.
export interface NumericTypeInfo {
  readonly name: string;
  readonly integral: boolean;
  readonly min: number;
  readonly max: number;
  /** .NET's OverflowException message for this type. */
  readonly overflow: string;
}

const over = (what: string): string => `Value was either too large or too small for ${what}.`;

export const NUMERIC_TYPES: Readonly<Record<string, NumericTypeInfo>> = {
  'System.Byte': {
    name: 'System.Byte',
    integral: true,
    min: 0,
    max: 255,
    overflow: over('an unsigned byte'),
  },
  'System.SByte': {
    name: 'System.SByte',
    integral: true,
    min: -128,
    max: 127,
    overflow: over('a signed byte'),
  },
  'System.Int16': {
    name: 'System.Int16',
    integral: true,
    min: -32768,
    max: 32767,
    overflow: over('an Int16'),
  },
  'System.UInt16': { name: 'System.UInt16', integral: true, min: 0, max: 65535, overflow: over('a UInt16') },
  'System.Int32': {
    name: 'System.Int32',
    integral: true,
    min: -2147483648,
    max: 2147483647,
    overflow: over('an Int32'),
  },
  'System.UInt32': {
    name: 'System.UInt32',
    integral: true,
    min: 0,
    max: 4294967295,
    overflow: over('a UInt32'),
  },
  'System.Int64': {
    name: 'System.Int64',
    integral: true,
    min: -(2 ** 63),
    // 2^63 - 1 is not a double: the largest double below 2^63 (the exact check is toInt64's).
    max: 9223372036854774784,
    overflow: over('an Int64'),
  },
  'System.UInt64': {
    name: 'System.UInt64',
    integral: true,
    min: 0,
    max: 2 ** 64,
    overflow: over('a UInt64'),
  },
  'System.Double': {
    name: 'System.Double',
    integral: false,
    min: -Number.MAX_VALUE,
    max: Number.MAX_VALUE,
    overflow: over('a Double'),
  },
  'System.Single': {
    name: 'System.Single',
    integral: false,
    min: -3.4028234663852886e38,
    max: 3.4028234663852886e38,
    overflow: over('a Single'),
  },
};

export function numericTypeInfo(name: string): NumericTypeInfo | undefined {
  return NUMERIC_TYPES[name];
}

/** Math.Round's default: half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
