// .NET numeric formatting (en-US): standard formats C D E F G N P R X and custom patterns (0 # . , % ‰ E0 ; 'x' \x).
import { PSDecimal } from '../values/ps-decimal.js';
import {
  formatDouble,
  formatDoublePrecision,
  layoutGeneral,
  shortestDigits,
} from '../conversion/double-format.js';
import { formatError } from './format-error.js';

export type FormattableNumber = number | PSDecimal | bigint;

/** en-US NumberFormatInfo values. */
const NFI = {
  group: ',',
  decimal: '.',
  currency: '$',
  negative: '-',
  percent: '%',
  permille: '‰',
  nan: 'NaN',
  posInf: '∞',
  negInf: '-∞',
};

/** An exact decimal view of a value: sign, integer digits and fraction digits (fraction may be long for decimals). */
interface Exact {
  negative: boolean;
  /** Plain decimal text of the absolute value, e.g. '1234.5' (no exponent). */
  text: string;
}

function isIntegral(v: FormattableNumber): boolean {
  if (typeof v === 'bigint') return true;
  if (v instanceof PSDecimal) return v.scale === 0 || v.normalize().scale === 0;
  return Number.isInteger(v);
}

function exactOf(v: FormattableNumber): Exact {
  if (typeof v === 'bigint') return { negative: v < 0n, text: (v < 0n ? -v : v).toString() };
  if (v instanceof PSDecimal) {
    const s = v.toString();
    return { negative: s.startsWith('-'), text: s.replace(/^-/, '') };
  }
  const { negative, digits, exponent } = shortestDigits(v);
  if (exponent >= digits.length - 1)
    return { negative, text: digits + '0'.repeat(exponent - digits.length + 1) };
  if (exponent < 0) return { negative, text: `0.${'0'.repeat(-exponent - 1)}${digits}` };
  return { negative, text: `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}` };
}

/** Rounds a plain decimal text to `places` fraction digits, half away from zero (as .NET formatting does). */
function roundText(text: string, places: number): string {
  const [int = '0', frac = ''] = text.split('.');
  if (frac.length <= places) return places > 0 ? `${int}.${frac.padEnd(places, '0')}` : int;
  const keep = int + frac.slice(0, places);
  const up = (frac[places] ?? '0') >= '5';
  let digits = keep;
  if (up) {
    const n = (BigInt(keep) + 1n).toString().padStart(keep.length, '0');
    digits = n;
  }
  const intLen = digits.length - places;
  const i = digits.slice(0, intLen).replace(/^0+(?=\d)/, '') || '0';
  return places > 0 ? `${i}.${digits.slice(intLen)}` : i;
}

/** Rounded text for a number with `places` decimals: doubles use their exact binary value (IEEE-correct, as .NET Core 3.0+). */
function fixed(v: FormattableNumber, places: number): { negative: boolean; text: string } {
  if (typeof v === 'number' && Math.abs(v) < 1e21) {
    const t = Math.abs(v).toFixed(Math.min(places, 100));
    return { negative: v < 0 || Object.is(v, -0), text: places > 100 ? t + '0'.repeat(places - 100) : t };
  }
  const e = exactOf(v);
  return { negative: e.negative, text: roundText(e.text, places) };
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, NFI.group);
}

function isZeroText(text: string): boolean {
  return !/[1-9]/.test(text);
}

function signed(negative: boolean, text: string, body: string): string {
  return negative && !isZeroText(text) ? `${NFI.negative}${body}` : body;
}

/** Digits and exponent for scientific forms, rounded to `significant` digits (half away from zero). */
function scientific(
  v: FormattableNumber,
  significant: number,
): { negative: boolean; digits: string; exponent: number } {
  if (typeof v === 'number') {
    const [m = '0', e = '0'] = Math.abs(v)
      .toExponential(Math.max(0, Math.min(significant - 1, 100)))
      .split('e');
    return { negative: v < 0, digits: m.replace('.', ''), exponent: Number(e) };
  }
  const ex = exactOf(v);
  const [int = '0', frac = ''] = ex.text.split('.');
  const all = (int + frac).replace(/^0+/, '');
  if (all === '') return { negative: ex.negative, digits: '0'.repeat(significant), exponent: 0 };
  const lead = int.replace(/^0+/, '');
  let exponent = lead.length > 0 ? lead.length - 1 : -(frac.length - frac.replace(/^0+/, '').length) - 1;
  let digits = all.slice(0, significant);
  if ((all[significant] ?? '0') >= '5') {
    const bumped = (BigInt(digits) + 1n).toString();
    if (bumped.length > digits.length) {
      exponent++;
      digits = bumped.slice(0, significant);
    } else digits = bumped;
  }
  return { negative: ex.negative, digits: digits.padEnd(significant, '0'), exponent };
}

function expText(exponent: number, minDigits: number, alwaysSign: boolean, upper: boolean): string {
  const sign = exponent < 0 ? '-' : alwaysSign ? '+' : '';
  return `${upper ? 'E' : 'e'}${sign}${Math.abs(exponent).toString().padStart(minDigits, '0')}`;
}

function twosComplementHex(v: FormattableNumber): string {
  const big = typeof v === 'bigint' ? v : v instanceof PSDecimal ? v.toBigInt() : BigInt(v);
  if (big >= 0n) return big.toString(16);
  const bits = big >= -2147483648n ? 32 : 64;
  return BigInt.asUintN(bits, big).toString(16);
}

function generalFormat(v: FormattableNumber, precision: number | undefined, upper: boolean): string {
  const e = upper ? 'E' : 'e';
  if (precision === undefined || precision === 0) {
    if (typeof v === 'number') return formatDouble(v).replace('E', e);
    return v.toString();
  }
  if (typeof v === 'number') return formatDoublePrecision(v, precision, 'en-US', e);
  const s = scientific(v, precision);
  const digits = s.digits.replace(/0+$/, '') || '0';
  return signed(s.negative, digits, layoutGeneral(false, digits, s.exponent, precision, e));
}

/** Formats with a standard format string (one letter plus optional precision); undefined when not standard. */
function standardFormat(v: FormattableNumber, format: string): string | undefined {
  const m = /^([A-Za-z])(\d{1,9})?$/.exec(format);
  if (!m) return undefined;
  const letter = m[1] ?? 'G';
  const precision = m[2] !== undefined ? Number(m[2]) : undefined;
  const upper = letter === letter.toUpperCase();
  switch (letter.toUpperCase()) {
    case 'C': {
      const f = fixed(v, precision ?? 2);
      const [i = '0', d] = f.text.split('.');
      const body = `${NFI.currency}${group(i)}${d !== undefined ? `.${d}` : ''}`;
      return signed(f.negative, f.text, body);
    }
    case 'D': {
      if (!isIntegral(v)) throw formatError('BadFormatSpecifier');
      const e = exactOf(v);
      return signed(e.negative, e.text, e.text.padStart(precision ?? 0, '0'));
    }
    case 'E': {
      const s = scientific(v, (precision ?? 6) + 1);
      const mant = s.digits.length > 1 ? `${s.digits[0]}.${s.digits.slice(1)}` : s.digits;
      return signed(s.negative, s.digits, `${mant}${expText(s.exponent, 3, true, upper)}`);
    }
    case 'F': {
      const f = fixed(v, precision ?? 2);
      return signed(f.negative, f.text, f.text);
    }
    case 'N': {
      const f = fixed(v, precision ?? 2);
      const [i = '0', d] = f.text.split('.');
      return signed(f.negative, f.text, `${group(i)}${d !== undefined ? `.${d}` : ''}`);
    }
    case 'P': {
      const scaled =
        v instanceof PSDecimal ? v.multiply(new PSDecimal(100n)) : typeof v === 'bigint' ? v * 100n : v * 100;
      const f = fixed(scaled, precision ?? 2);
      const [i = '0', d] = f.text.split('.');
      return signed(f.negative, f.text, `${group(i)}${d !== undefined ? `.${d}` : ''}${NFI.percent}`);
    }
    case 'G':
      return generalFormat(v, precision, upper);
    case 'R':
      return typeof v === 'number' ? formatDouble(v) : v.toString();
    case 'X': {
      if (!isIntegral(v)) throw formatError('BadFormatSpecifier');
      const hex = twosComplementHex(v).padStart(precision ?? 0, '0');
      return upper ? hex.toUpperCase() : hex;
    }
    default:
      throw formatError('BadFormatSpecifier');
  }
}

type Token =
  | { kind: 'zero' | 'hash' | 'point' | 'comma' | 'percent' | 'permille' }
  | { kind: 'exp'; upper: boolean; sign: boolean; digits: number }
  | { kind: 'literal'; text: string };

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const c = section[i] ?? '';
    switch (c) {
      case '0':
        tokens.push({ kind: 'zero' });
        break;
      case '#':
        tokens.push({ kind: 'hash' });
        break;
      case '.':
        tokens.push({ kind: 'point' });
        break;
      case ',':
        tokens.push({ kind: 'comma' });
        break;
      case '%':
        tokens.push({ kind: 'percent' });
        break;
      case '‰':
        tokens.push({ kind: 'permille' });
        break;
      case '\\':
        tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
        i++;
        break;
      case "'":
      case '"': {
        const end = section.indexOf(c, i + 1);
        const stop = end < 0 ? section.length : end;
        tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
        i = stop;
        break;
      }
      case 'E':
      case 'e': {
        const m = /^[eE]([+-]?)(0+)/.exec(section.slice(i));
        if (m) {
          tokens.push({ kind: 'exp', upper: c === 'E', sign: m[1] === '+', digits: (m[2] ?? '0').length });
          i += m[0].length - 1;
        } else tokens.push({ kind: 'literal', text: c });
        break;
      }
      default:
        tokens.push({ kind: 'literal', text: c });
    }
  }
  return tokens;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let cur = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i] ?? '';
    if (c === '\\') {
      cur += c + (format[i + 1] ?? '');
      i++;
    } else if (c === "'" || c === '"') {
      const end = format.indexOf(c, i + 1);
      const stop = end < 0 ? format.length : end;
      cur += format.slice(i, stop + 1);
      i = stop;
    } else if (c === ';') {
      sections.push(cur);
      cur = '';
    } else cur += c;
  }
  sections.push(cur);
  return sections;
}

function toNumberish(v: FormattableNumber): number | PSDecimal {
  return typeof v === 'bigint' ? new PSDecimal(v) : v;
}

function multiply(v: number | PSDecimal, factor: number): number | PSDecimal {
  if (factor === 1) return v;
  return v instanceof PSDecimal ? v.multiply(PSDecimal.fromNumber(factor)) : v * factor;
}

function formatSection(value: number | PSDecimal, section: string, addMinus: boolean): string {
  const tokens = tokenize(section);
  const pointIndex = tokens.findIndex((t) => t.kind === 'point');
  const expIndex = tokens.findIndex((t) => t.kind === 'exp');
  const numEnd = expIndex >= 0 ? expIndex : tokens.length;
  const intEnd = pointIndex >= 0 && pointIndex < numEnd ? pointIndex : numEnd;
  const isDigit = (t: Token): boolean => t.kind === 'zero' || t.kind === 'hash';
  const intTokens = tokens.slice(0, intEnd);
  const decTokens = pointIndex >= 0 ? tokens.slice(pointIndex + 1, numEnd) : [];
  const intPlaceholders = intTokens.filter(isDigit).length;
  const firstZero = intTokens.filter(isDigit).findIndex((t) => t.kind === 'zero');
  const minInt = firstZero < 0 ? 0 : intPlaceholders - firstZero;
  const decDigits = decTokens.filter(isDigit);
  const maxDec = decDigits.length;
  let lastZero = -1;
  decDigits.forEach((t, i) => {
    if (t.kind === 'zero') lastZero = i;
  });
  const minDec = lastZero + 1;

  // Commas right before the point (or the end of the number) scale by 1000; others between digits group.
  let scaleCommas = 0;
  for (let i = intEnd - 1; i >= 0 && intTokens[i]?.kind === 'comma'; i--) scaleCommas++;
  const firstDigit = intTokens.findIndex(isDigit);
  let lastDigit = -1;
  intTokens.forEach((t, i) => {
    if (isDigit(t)) lastDigit = i;
  });
  const grouping = intTokens.some((t, i) => t.kind === 'comma' && i > firstDigit && i < lastDigit);
  const percents = tokens.filter((t) => t.kind === 'percent').length;
  const permilles = tokens.filter((t) => t.kind === 'permille').length;

  let v = multiply(value, 100 ** percents * 1000 ** permilles);
  if (scaleCommas > 0)
    v =
      v instanceof PSDecimal ? v.divide(PSDecimal.fromNumber(1000 ** scaleCommas)) : v / 1000 ** scaleCommas;

  let intStr: string;
  let fracStr: string;
  let exponent = 0;
  const negative = v instanceof PSDecimal ? v.mantissa < 0n : v < 0 || Object.is(v, -0);
  const exp = expIndex >= 0 ? (tokens[expIndex] as Extract<Token, { kind: 'exp' }>) : undefined;
  if (exp) {
    const intDigits = Math.max(1, intPlaceholders);
    const s = scientific(v, intDigits + maxDec);
    exponent = isZeroText(s.digits) ? 0 : s.exponent - (intDigits - 1);
    intStr = s.digits.slice(0, intDigits).replace(/^0+(?=\d)/, '');
    fracStr = s.digits.slice(intDigits);
  } else {
    const f = fixed(v, maxDec);
    [intStr = '0', fracStr = ''] = f.text.split('.');
  }
  fracStr = fracStr.replace(/0+$/, '');
  if (fracStr.length < minDec) fracStr = fracStr.padEnd(minDec, '0');
  if (intStr === '0') intStr = '';
  if (intStr.length < minInt) intStr = intStr.padStart(minInt, '0');
  const roundedZero = intStr.replace(/0/g, '') === '' && fracStr.replace(/0/g, '') === '';

  let out = '';
  let intSeen = 0;
  let decSeen = 0;
  const groupedInt = grouping ? group(intStr) : intStr;
  tokens.forEach((t, idx) => {
    if (idx < intEnd) {
      if (isDigit(t)) {
        if (grouping) {
          if (intSeen === 0) out += groupedInt;
        } else {
          const pos = intPlaceholders - 1 - intSeen;
          if (intSeen === 0) out += intStr.slice(0, Math.max(0, intStr.length - pos));
          else if (pos < intStr.length) out += intStr[intStr.length - 1 - pos] ?? '';
        }
        intSeen++;
      } else if (t.kind === 'literal') out += t.text;
      else if (t.kind === 'percent') out += NFI.percent;
      else if (t.kind === 'permille') out += NFI.permille;
      return;
    }
    if (idx === pointIndex) {
      if (fracStr.length > 0) out += NFI.decimal;
      return;
    }
    if (idx < numEnd && isDigit(t)) {
      if (decSeen < fracStr.length) out += fracStr[decSeen];
      decSeen++;
      return;
    }
    if (t.kind === 'exp') {
      out += expText(exponent, t.digits, t.sign, t.upper);
      return;
    }
    if (t.kind === 'literal') out += t.text;
    else if (t.kind === 'percent') out += NFI.percent;
    else if (t.kind === 'permille') out += NFI.permille;
  });
  return addMinus && negative && !roundedZero ? `${NFI.negative}${out}` : out;
}

function customFormat(v: FormattableNumber, format: string): string {
  const sections = splitSections(format);
  const value = toNumberish(v);
  const negative = value instanceof PSDecimal ? value.mantissa < 0n : value < 0;
  const isZero = value instanceof PSDecimal ? value.isZero() : value === 0;
  if (isZero && sections.length >= 3 && sections[2] !== '')
    return formatSection(value, sections[2] ?? '', false);
  if (negative && sections.length >= 2 && sections[1] !== '') {
    const abs = value instanceof PSDecimal ? value.negate() : -value;
    return formatSection(abs, sections[1] ?? '', false);
  }
  return formatSection(value, sections[0] ?? '', true);
}

/** Number.ToString(format) in en-US: standard formats, then custom patterns. Empty/undefined format is "G". */
export function formatNumberValue(v: FormattableNumber, format: string | undefined): string {
  if (typeof v === 'number' && !Number.isFinite(v))
    return Number.isNaN(v) ? NFI.nan : v > 0 ? NFI.posInf : NFI.negInf;
  if (format === undefined || format === '') return standardFormat(v, 'G') ?? '';
  const std = standardFormat(v, format);
  if (std !== undefined) return std;
  return customFormat(v, format);
}
