// Logical operators that need no evaluation control: -not/!, -xor (-and/-or short-circuit in the evaluator).
import { isTrue } from '../conversion/is-true.js';

export function notOperator(value: unknown): boolean {
  return !isTrue(value);
}

export function xorOperator(left: unknown, right: unknown): boolean {
  return isTrue(left) !== isTrue(right);
}
