// .NET's default (shortest round-trip "R"-like) text for a Double, as PowerShell 7 prints it.
/** Digits and decimal exponent of the shortest round-trip form: 1234.5 -> { digits: '12345', exponent: 3 }. */
export function shortestDigits(n: number): { negative: boolean; digits: string; exponent: number } {
  const [mant = '0', exp = '0'] = Math.abs(n).toExponential().split('e');
  return { negative: n < 0 || Object.is(n, -0), digits: mant.replace('.', ''), exponent: Number(exp) };
}

/** double.ToString() in .NET Core 3.0+: shortest round-trip, scientific when exponent >= 15 or < -4. */
export function formatDouble(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '∞';
  if (n === -Infinity) return '-∞';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const { negative, digits, exponent } = shortestDigits(n);
  const sign = negative ? '-' : '';
  if (exponent >= 15 || exponent < -4) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exponent).toString().padStart(2, '0');
    return `${sign}${mant}E${exponent < 0 ? '-' : '+'}${e}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

/** How a JS number prints: integral values in Int32/Int64 range as integers, others as Double. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER && !Object.is(n, -0)) return String(n);
  return formatDouble(n);
}
