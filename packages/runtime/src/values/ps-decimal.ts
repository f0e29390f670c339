// PSDecimal: System.Decimal as a bigint mantissa and a decimal scale (0..28); arithmetic keeps .NET's scale rules.
import { dotNetError } from './dotnet-error.js';
const MAX_SCALE = 28;
/** 2^96 - 1: the largest decimal mantissa. */
const MAX_MANTISSA = (1n << 96n) - 1n;
const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Divides rounding half to even (banker's rounding), as Decimal does. */
function divRoundEven(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  let q = an / ad;
  const r2 = (an % ad) * 2n;
  if (r2 > ad || (r2 === ad && q % 2n === 1n)) q += 1n;
  return neg ? -q : q;
}

export class PSDecimal {
  readonly mantissa: bigint;
  readonly scale: number;

  constructor(mantissa: bigint, scale = 0) {
    let m = mantissa;
    let s = scale;
    // Too many digits: round away scale until it fits in 96 bits / 28 places.
    while (s > MAX_SCALE || ((m < 0n ? -m : m) > MAX_MANTISSA && s > 0)) {
      m = divRoundEven(m, 10n);
      s--;
    }
    if ((m < 0n ? -m : m) > MAX_MANTISSA) throw dotNetError('System.OverflowException', 'DecimalOverflow');
    this.mantissa = m;
    this.scale = s;
  }

  static readonly zero = new PSDecimal(0n);
  static readonly one = new PSDecimal(1n);

  /** Decimal.Parse (invariant): optional sign, digits, optional fraction and exponent. */
  static tryParse(text: string): PSDecimal | undefined {
    const m = /^\s*([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(text);
    if (!m || (!m[2] && !m[3])) return undefined;
    const intPart = m[2] ?? '';
    const frac = m[3] ?? '';
    let scale = frac.length - Number(m[4] ?? 0);
    let mant = BigInt((intPart + frac).replace(/^0+(?=\d)/, '') || '0');
    if (scale < 0) {
      mant *= pow10(-scale);
      scale = 0;
    }
    if (m[1] === '-') mant = -mant;
    try {
      return new PSDecimal(mant, scale);
    } catch {
      return undefined;
    }
  }

  /** new Decimal(double): rounds to 15 significant digits, like .NET's conversion. */
  static fromNumber(n: number): PSDecimal {
    if (!Number.isFinite(n)) throw dotNetError('System.OverflowException', 'DecimalOverflow');
    if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return new PSDecimal(BigInt(n));
    const parsed = PSDecimal.tryParse(n.toPrecision(15));
    if (!parsed) throw dotNetError('System.OverflowException', 'DecimalOverflow');
    return parsed.normalize();
  }

  /** Removes trailing fractional zeros (1.500 -> 1.5). */
  normalize(): PSDecimal {
    let m = this.mantissa;
    let s = this.scale;
    while (s > 0 && m % 10n === 0n) {
      m /= 10n;
      s--;
    }
    return new PSDecimal(m, s);
  }

  #aligned(other: PSDecimal): [bigint, bigint, number] {
    const s = Math.max(this.scale, other.scale);
    return [this.mantissa * pow10(s - this.scale), other.mantissa * pow10(s - other.scale), s];
  }

  add(other: PSDecimal): PSDecimal {
    const [a, b, s] = this.#aligned(other);
    return new PSDecimal(a + b, s);
  }
  subtract(other: PSDecimal): PSDecimal {
    const [a, b, s] = this.#aligned(other);
    return new PSDecimal(a - b, s);
  }
  multiply(other: PSDecimal): PSDecimal {
    return new PSDecimal(this.mantissa * other.mantissa, this.scale + other.scale);
  }
  /** Quotient to 28 places, trailing zeros removed (as Decimal.Divide presents it). */
  divide(other: PSDecimal): PSDecimal {
    if (other.mantissa === 0n) throw dotNetError('System.DivideByZeroException', 'DivideByZero');
    // Scale the dividend so the quotient carries MAX_SCALE fractional digits before normalizing.
    const shift = MAX_SCALE + other.scale - this.scale;
    const num = shift >= 0 ? this.mantissa * pow10(shift) : this.mantissa;
    const den = shift >= 0 ? other.mantissa : other.mantissa * pow10(-shift);
    return new PSDecimal(divRoundEven(num, den), MAX_SCALE).normalize();
  }
  /** Remainder with the sign of the dividend. */
  remainder(other: PSDecimal): PSDecimal {
    if (other.mantissa === 0n) throw dotNetError('System.DivideByZeroException', 'DivideByZero');
    const [a, b, s] = this.#aligned(other);
    return new PSDecimal(a % b, s);
  }
  negate(): PSDecimal {
    return new PSDecimal(-this.mantissa, this.scale);
  }
  compareTo(other: PSDecimal): number {
    const [a, b] = this.#aligned(other);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  equals(other: unknown): boolean {
    return other instanceof PSDecimal && this.compareTo(other) === 0;
  }
  isZero(): boolean {
    return this.mantissa === 0n;
  }
  /** Rounds to `digits` places half-to-even (Math.Round / [int] conversion semantics). */
  round(digits = 0): PSDecimal {
    if (this.scale <= digits) return this;
    return new PSDecimal(divRoundEven(this.mantissa, pow10(this.scale - digits)), digits);
  }
  /** Rounds half away from zero. */
  roundAwayFromZero(digits = 0): PSDecimal {
    if (this.scale <= digits) return this;
    const d = pow10(this.scale - digits);
    const neg = this.mantissa < 0n;
    const a = neg ? -this.mantissa : this.mantissa;
    let q = a / d;
    if ((a % d) * 2n >= d) q += 1n;
    return new PSDecimal(neg ? -q : q, digits);
  }
  truncate(): PSDecimal {
    return new PSDecimal(this.mantissa / pow10(this.scale), 0);
  }
  toNumber(): number {
    return Number(this.toString());
  }
  /** Integer part as bigint (truncated). */
  toBigInt(): bigint {
    return this.mantissa / pow10(this.scale);
  }

  /** Invariant "G" form: all scale digits kept (1.10m prints 1.10). */
  toString(): string {
    const neg = this.mantissa < 0n;
    const digits = (neg ? -this.mantissa : this.mantissa).toString().padStart(this.scale + 1, '0');
    const int = digits.slice(0, digits.length - this.scale);
    const frac = digits.slice(digits.length - this.scale);
    return `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
  }
}
