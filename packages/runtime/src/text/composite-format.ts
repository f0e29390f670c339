// .NET composite formatting (String.Format) for the -f operator: {index[,alignment][:format]} with {{ and }} escapes.
import { PSRuntimeException } from '../values/ps-exception.js';
import { formatError, DotNetFormatException } from './format-error.js';
import { formatValue } from './format-value.js';

/** String.Format(format, args) with en-US formatting; throws DotNetFormatException as .NET does. */
export function compositeFormat(format: string, args: readonly unknown[]): string {
  let out = '';
  const n = format.length;
  for (let i = 0; i < n; i++) {
    const c = format[i];
    if (c === '}') {
      if (format[i + 1] === '}') {
        out += '}';
        i++;
        continue;
      }
      throw formatError('InvalidString');
    }
    if (c !== '{') {
      out += c;
      continue;
    }
    if (format[i + 1] === '{') {
      out += '{';
      i++;
      continue;
    }
    // Index: digits, optional spaces.
    let j = i + 1;
    const idxMatch = /^\d+/.exec(format.slice(j));
    if (!idxMatch) throw formatError('InvalidString');
    const index = Number(idxMatch[0]);
    j += idxMatch[0].length;
    while (format[j] === ' ') j++;
    let alignment = 0;
    if (format[j] === ',') {
      j++;
      while (format[j] === ' ') j++;
      const al = /^-?\d+/.exec(format.slice(j));
      if (!al) throw formatError('InvalidString');
      alignment = Number(al[0]);
      j += al[0].length;
      while (format[j] === ' ') j++;
    }
    let spec: string | undefined;
    if (format[j] === ':') {
      j++;
      let s = '';
      while (j < n) {
        const d = format[j];
        if (d === '}') {
          if (format[j + 1] === '}') {
            s += '}';
            j += 2;
            continue;
          }
          break;
        }
        if (d === '{') {
          if (format[j + 1] === '{') {
            s += '{';
            j += 2;
            continue;
          }
          throw formatError('InvalidString');
        }
        s += d;
        j++;
      }
      spec = s;
    }
    if (format[j] !== '}') throw formatError('InvalidString');
    if (index >= args.length) throw formatError('IndexOutOfRange');
    const text = formatValue(args[index], spec);
    out += alignment >= 0 ? text.padStart(alignment) : text.padEnd(-alignment);
    i = j;
  }
  return out;
}

/**
 * The `-f` operator: `args` is the right operand (an array supplies the argument list, a scalar is one
 * argument). Formatting failures become PowerShell's FormatError ("Error formatting a string: ...").
 */
export function formatOperator(
  format: unknown,
  args: unknown,
  toText: (v: unknown) => string = (v) => String(v ?? ''),
): string {
  const list = Array.isArray(args) ? args : [args];
  const fmt = typeof format === 'string' ? format : toText(format);
  try {
    return compositeFormat(fmt, list);
  } catch (e) {
    if (e instanceof DotNetFormatException) throw PSRuntimeException.of('FormatError', e.message);
    throw e;
  }
}
