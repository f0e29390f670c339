// JSON numbers as Newtonsoft reads them for ConvertFrom-Json: an Int64 (exact), a BigInteger past Int64's range,
// a Double for a number with a fraction or an exponent (`1.0` stays a Double).
import { INT64_MAX, INT64_MIN, int64Value } from '../../values/ps-int64.js';
import { doubleValue } from '../../values/ps-double.js';

// A string token (skipped whole, so digits inside strings and keys stay text), or an integer token: digits not
// part of a fraction or an exponent.
const TOKENS = /"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])(-?\d+)(?![.\deE])/g;
const MARK = '\uFDD0exosh-json-integer:'; // a noncharacter: no real JSON text starts a string with it

function integerValue(digits: string): unknown {
  const big = BigInt(digits);
  return big >= INT64_MIN && big <= INT64_MAX ? int64Value(big) : big;
}

/**
 * JSON.parse for text that JSON.parse already accepted: every integer literal becomes an Int64 (PSInt64) or a
 * BigInteger (bigint) with all its digits, where JSON.parse alone would round past 2^53 and lose the type.
 */
export function parseJsonKeepingIntegers(text: string): unknown {
  let found = false;
  const marked = text.replace(TOKENS, (token: string, integer: string | undefined) => {
    if (integer === undefined) return token;
    found = true;
    return `"${MARK}${integer}"`;
  });
  // After marking, every number JSON.parse still sees is a real literal: a Double.
  return JSON.parse(found ? marked : text, (_key, value: unknown) =>
    typeof value === 'number'
      ? doubleValue(value)
      : typeof value === 'string' && value.startsWith(MARK)
        ? integerValue(value.slice(MARK.length))
        : value,
  );
}
