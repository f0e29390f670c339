// Text of a Double: .NET's ToString() (shortest round-trip) and PowerShell's own "G15" conversion.
/** Digits and decimal exponent of the shortest round-trip form: 1234.5 -> { digits: '12345', exponent: 3 }. */
export function shortestDigits(n: number): { negative: boolean; digits: string; exponent: number } {
  const [mant = '0', exp = '0'] = Math.abs(n).toExponential().split('e');
  return { negative: n < 0 || Object.is(n, -0), digits: mant.replace('.', ''), exponent: Number(exp) };
}

/** Infinity's symbol: en-US (display, ToString()) has ∞, the invariant culture ([string], "$x") spells it out. */
export type NumberCulture = 'invariant' | 'en-US';

function special(n: number, culture: NumberCulture): string | undefined {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return culture === 'invariant' ? 'Infinity' : '∞';
  if (n === -Infinity) return culture === 'invariant' ? '-Infinity' : '-∞';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  return undefined;
}

/** .NET's general layout of significant digits: scientific when exponent >= `scientificFrom` or < -4. */
export function layoutGeneral(
  negative: boolean,
  digits: string,
  exponent: number,
  scientificFrom: number,
  e = 'E',
): string {
  const sign = negative ? '-' : '';
  if (exponent >= scientificFrom || exponent < -4) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const exp = Math.abs(exponent).toString().padStart(2, '0');
    return `${sign}${mant}${e}${exponent < 0 ? '-' : '+'}${exp}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

/** double.ToString() in .NET Core 3.0+: shortest round-trip, scientific when exponent >= 15 or < -4. */
export function formatDouble(n: number, culture: NumberCulture = 'en-US'): string {
  const s = special(n, culture);
  if (s !== undefined) return s;
  const { negative, digits, exponent } = shortestDigits(n);
  return layoutGeneral(negative, digits, exponent, 15);
}

/** double.ToString("G<precision>"): rounded to `precision` significant digits, trailing zeros dropped. */
export function formatDoublePrecision(
  n: number,
  precision: number,
  culture: NumberCulture = 'en-US',
  e = 'E',
): string {
  const s = special(n, culture);
  if (s !== undefined) return s;
  const [mant = '0', exp = '0'] = Math.abs(n)
    .toExponential(Math.max(0, Math.min(precision - 1, 100)))
    .split('e');
  const digits = mant.replace('.', '').replace(/0+$/, '') || '0';
  return layoutGeneral(n < 0, digits, Number(exp), precision, e);
}

/**
 * How PowerShell converts a JS number to text ([string], "$x", output, table cells): an Int32 as an integer,
 * a Double as LanguagePrimitives/PSObject.ToString do, with "G15" (so
 * 0.1+0.2 prints 0.3, while (0.1+0.2).ToString() is .NET's 0.30000000000000004).
 */
export function formatNumber(n: number, culture: NumberCulture = 'en-US'): string {
  if ((n | 0) === n && !Object.is(n, -0)) return String(n);
  return formatDoublePrecision(n, 15, culture);
}

/** A JS number's .NET ToString() (the method, -f's {0}): an Int32 as an integer, a Double shortest round-trip. */
export function numberToDotNetString(n: number): string {
  if ((n | 0) === n && !Object.is(n, -0)) return String(n);
  return formatDouble(n);
}
