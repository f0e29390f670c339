// JSON integers as Newtonsoft reads them for ConvertFrom-Json: an Int64 (exact), a BigInteger past Int64's range.
import { INT64_MAX, INT64_MIN, int64Value } from '../../values/ps-int64.js';

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
  if (!found) return JSON.parse(text);
  return JSON.parse(marked, (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(MARK) ? integerValue(value.slice(MARK.length)) : value,
  );
}
