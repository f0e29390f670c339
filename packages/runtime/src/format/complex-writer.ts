// Format-Custom without a custom view (pwsh's ComplexViewObjectBrowser + ComplexWriter): an object as `class <Type>`
// with `{ }` around `name = value` lines, nested objects and `[ ]` collections two columns further in, to a depth.
import { enumerate } from '../conversion/index.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { typeNamesOf } from '../values/type-names.js';
import { cellText } from './cells.js';
import { wrapLines } from './line-wrap.js';
import type { PropertyReader } from './property-reader.js';
import { isScalarForDisplay } from './scalar-types.js';

export interface ComplexOptions {
  /** -Depth: nesting beyond it shows as text (pwsh's default 5). */
  readonly depth: number;
  readonly reader: PropertyReader;
  /** $FormatEnumerationLimit: a collection shows this many items, then `…`. */
  readonly enumerationLimit: number;
  /** The line width; longer lines wrap between words. */
  readonly width: number;
  /** The top object's properties (-Property): label and value; every property when absent. */
  readonly properties?: readonly { readonly label: string; readonly get: (obj: unknown) => unknown }[];
}

const STEP = 2;

const typeNames = (value: unknown): readonly string[] =>
  value instanceof PSObject ? value.typeNames : typeNamesOf(value);

/** PSObjectHelper.GetEnumerable: collections, not strings or dictionaries. */
function enumerable(value: unknown): readonly unknown[] | undefined {
  if (value === null || value === undefined || value instanceof PSHashtable) return undefined;
  return enumerate(value);
}

/** The lines one object shows as, ending with the blank line ComplexWriter's last flush writes. */
export function writeComplex(obj: unknown, options: ComplexOptions): string[] {
  const lines: string[] = [];
  let buffer = '';
  let indent = 0;
  const add = (text: string) => void (buffer += text);
  // WriteToScreen: the buffer at the current indentation, wrapped to what is left of the width.
  const newLine = () => {
    for (const line of wrapLines(buffer, Math.max(1, options.width - indent)))
      lines.push(' '.repeat(indent) + line);
    buffer = '';
  };
  const framed = (body: () => void) => {
    indent += STEP;
    body();
    indent -= STEP;
  };
  const isLeaf = (value: unknown, level: number) =>
    level >= options.depth ||
    value === null ||
    value === undefined ||
    isScalarForDisplay(value, typeNames(value));
  const leaf = (value: unknown) => {
    add(cellText(value, options.enumerationLimit));
    newLine();
  };

  const displayObject = (value: unknown, level: number, properties = options.properties) => {
    const name = typeNames(value)[0];
    add(name === undefined ? 'class PSObject' : `class ${name.slice(name.lastIndexOf('.') + 1)}`);
    newLine();
    add('{');
    newLine();
    const entries =
      properties ??
      options.reader.names(value).map((n) => ({ label: n, get: (o: unknown) => options.reader.get(o, n) }));
    framed(() => {
      for (const { label, get } of entries) {
        add(`${label} = `);
        const v = get(value);
        const items = enumerable(v);
        if (items) {
          newLine();
          framed(() => displayEnumeration(items, level + 1));
        } else if (isLeaf(v, level)) leaf(v);
        else {
          newLine();
          framed(() => displayObject(v, level + 1, undefined));
        }
      }
    });
    add('}');
    newLine();
  };

  const displayEnumeration = (items: readonly unknown[], level: number) => {
    add('[');
    newLine();
    framed(() => {
      let shown = 0;
      for (const item of items) {
        if (options.enumerationLimit >= 0 && shown++ === options.enumerationLimit) {
          leaf('\u2026');
          break;
        }
        const inner = enumerable(item);
        if (isLeaf(item, level)) leaf(item);
        else if (inner) {
          newLine();
          framed(() => displayEnumeration(inner, level + 1));
        } else displayObject(item, level + 1, undefined);
      }
    });
    add(']');
    newLine();
    newLine();
  };

  const top = enumerable(obj);
  if (isScalarForDisplay(obj, typeNames(obj))) leaf(obj);
  else if (top) displayEnumeration(top, 0);
  else displayObject(obj, 0);
  // ComplexWriter.WriteObject ends with a flush of the (empty) buffer: a blank line.
  newLine();
  return lines;
}
