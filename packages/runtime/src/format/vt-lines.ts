// Lines Format-Table/-List emit that a VT host shows decorated (header and label styles): the plain text travels as
// a string stand-in, its VT form beside it, and Out-Default picks one when it knows where the output goes.
import { PSObject } from '../values/ps-object.js';

const vtTexts = new WeakMap<PSObject, string>();
const STRING_TYPE_NAMES: readonly string[] = ['System.String', 'System.Object'];

/**
 * The lines as emitted: a line whose VT form is the same stays a string; another is a string stand-in (a PSObject
 * around the plain text, which scripts, Out-String and files see) carrying its VT form.
 */
export function linesWithVt(plain: readonly string[], vt: readonly string[] | undefined): unknown[] {
  if (!vt || vt.length !== plain.length) return [...plain];
  return plain.map((line, i) => {
    const decorated = vt[i]!;
    if (decorated === line) return line;
    const standIn = new PSObject({ baseObject: line, typeNames: STRING_TYPE_NAMES });
    vtTexts.set(standIn, decorated);
    return standIn;
  });
}

/** A line's VT form, when it was emitted with one. */
export function vtTextOf(value: unknown): string | undefined {
  return value instanceof PSObject ? vtTexts.get(value) : undefined;
}
