// The range operator `..`: Int32 ranges in either direction and character ranges ('a'..'e').
import { baseObject, convertTo } from '../conversion/convert-to.js';
import { PSChar } from '../values/ps-char.js';

function asChar(v: unknown): number | undefined {
  if (v instanceof PSChar) return v.code;
  if (typeof v === 'string' && v.length === 1 && !/\d/.test(v)) return v.charCodeAt(0);
  return undefined;
}

/** Lazily yields the range (for `foreach` and pipelines over huge ranges). */
export function* rangeIterator(leftValue: unknown, rightValue: unknown): Generator<number | PSChar> {
  const l = baseObject(leftValue);
  const r = baseObject(rightValue);
  const lc = asChar(l);
  const rc = asChar(r);
  if (lc !== undefined && rc !== undefined) {
    const step = lc <= rc ? 1 : -1;
    for (let c = lc; ; c += step) {
      yield new PSChar(c);
      if (c === rc) return;
    }
  }
  const a = convertTo(l, 'System.Int32') as number;
  const b = convertTo(r, 'System.Int32') as number;
  const step = a <= b ? 1 : -1;
  for (let i = a; ; i += step) {
    yield i;
    if (i === b) return;
  }
}

/** `left..right` as an array. */
export function rangeOperator(left: unknown, right: unknown): Array<number | PSChar> {
  const l = baseObject(left);
  const r = baseObject(right);
  if (asChar(l) === undefined || asChar(r) === undefined) {
    const a = convertTo(l, 'System.Int32') as number;
    const b = convertTo(r, 'System.Int32') as number;
    const n = Math.abs(b - a) + 1;
    const out = new Array<number>(n);
    const step = a <= b ? 1 : -1;
    for (let i = 0; i < n; i++) out[i] = a + i * step;
    return out;
  }
  return [...rangeIterator(l, r)];
}
