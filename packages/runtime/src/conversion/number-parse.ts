// Parsing numbers from strings as PowerShell's casts do: its own number syntax first, then .NET's invariant Double.Parse.
import { PSDecimal } from '../values/ps-decimal.js';
import { doubleValue, type PSDouble } from '../values/ps-double.js';

export type ScannedNumber = number | PSDecimal | bigint | PSDouble;

const MULTIPLIERS: Record<string, number> = {
  kb: 1024,
  mb: 1024 ** 2,
  gb: 1024 ** 3,
  tb: 1024 ** 4,
  pb: 1024 ** 5,
};

/**
 * Parser.ScanNumber for cast strings: optional sign, decimal/hex (0x)/binary (0b) digits, exponent,
 * type suffix (l, d, u, ul, y, uy, s, us, n) and multiplier (kb..pb); surrounding whitespace allowed.
 */
export function scanNumber(text: string): ScannedNumber | undefined {
  const s = text.trim();
  const m =
    /^([+-]?)(?:0x([0-9a-f]+)|0b([01]+)|(\d+\.?\d*|\.\d+)(e[+-]?\d+)?)(ul|us|uy|[ludysn])?(kb|mb|gb|tb|pb)?$/i.exec(
      s,
    );
  if (!m) return undefined;
  const [, sign = '', hex, bin, dec, exp, suffixRaw, multRaw] = m;
  const suffix = suffixRaw?.toLowerCase();
  const mult = multRaw ? (MULTIPLIERS[multRaw.toLowerCase()] ?? 1) : 1;
  const neg = sign === '-';
  if (hex !== undefined || bin !== undefined) {
    const digits = hex ?? bin ?? '0';
    let big = BigInt(hex !== undefined ? `0x${digits}` : `0b${digits}`);
    const bits = hex !== undefined ? digits.replace(/^0+/, '').length * 4 : digits.replace(/^0+/, '').length;
    // Hex/binary literals are two's complement of the smallest fitting signed type (0xFFFFFFFF is -1).
    if (suffix !== 'u' && suffix !== 'ul' && suffix !== 'n') {
      if (bits <= 32 && suffix !== 'l') big = BigInt.asIntN(32, big);
      else if (bits <= 64) big = BigInt.asIntN(64, big);
      else return undefined;
    }
    if (neg) big = -big;
    big *= BigInt(mult);
    if (suffix === 'n') return big;
    return Number(big);
  }
  const body = `${dec ?? ''}${exp ?? ''}`;
  if (suffix === 'd') {
    const d = PSDecimal.tryParse(`${sign}${body}`);
    return d ? (mult === 1 ? d : d.multiply(new PSDecimal(BigInt(mult)))) : undefined;
  }
  if (suffix === 'n') {
    if (!/^\d+$/.test(body)) return undefined;
    return (neg ? -1n : 1n) * BigInt(body) * BigInt(mult);
  }
  const value = Number(`${sign}${body}`) * mult;
  if (suffix && ['l', 'u', 'ul', 'y', 'uy', 's', 'us'].includes(suffix) && !Number.isInteger(value)) {
    // 1.5l is allowed in scripts (rounded); keep PowerShell's rounding to even.
    return Math.round(value);
  }
  // A real without a suffix ('4.0', '1e3') is a Double, as the literal is.
  if (!suffix && (dec?.includes('.') || exp !== undefined)) return doubleValue(value);
  return value;
}

/** Double.Parse(s, NumberStyles.Float | AllowThousands, InvariantCulture). */
export function parseInvariantDouble(text: string): number | undefined {
  const s = text.trim();
  if (/^[+-]?(infinity|\u221E)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  const m = /^([+-]?)(\d[\d,]*)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
  if (!m || (!m[2] && !m[3])) return undefined;
  return Number(`${m[1] ?? ''}${(m[2] ?? '0').replace(/,/g, '')}.${m[3] ?? ''}e${m[4] ?? '0'}`);
}
