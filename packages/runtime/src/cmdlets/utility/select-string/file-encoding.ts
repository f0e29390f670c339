// pwsh's -Encoding argument (ArgumentToEncodingTransformation) and text decoding/encoding of file bytes with it.
import { ErrorRecord } from '../../../errors/error-record.js';
import type { CommandRuntime } from '../../../engine/commands/cmdlet-implementation.js';
import { Encodings, type TextEncoding } from '../../../types/index.js';

/** Names -Encoding accepts (case-insensitive), as pwsh 7.4 maps them; utf8 has no BOM. */
const NAMED: Readonly<Record<string, TextEncoding>> = {
  ascii: Encodings.ascii,
  'us-ascii': Encodings.ascii,
  ansi: Encodings.latin1,
  latin1: Encodings.latin1,
  'iso-8859-1': Encodings.latin1,
  bigendianunicode: Encodings.bigEndianUnicode,
  'utf-16be': Encodings.bigEndianUnicode,
  oem: Encodings.utf8NoBom,
  default: Encodings.utf8NoBom,
  unicode: Encodings.unicode,
  'utf-16': Encodings.unicode,
  utf8: Encodings.utf8NoBom,
  'utf-8': Encodings.utf8NoBom,
  utf8bom: Encodings.utf8,
  utf8nobom: Encodings.utf8NoBom,
  utf32: Encodings.utf32,
  'utf-32': Encodings.utf32,
};

const CODE_PAGES: Readonly<Record<number, TextEncoding>> = {
  20127: Encodings.ascii,
  28591: Encodings.latin1,
  1252: Encodings.latin1,
  1201: Encodings.bigEndianUnicode,
  1200: Encodings.unicode,
  65001: Encodings.utf8NoBom,
  12000: Encodings.utf32,
};

/**
 * The encoding an -Encoding argument names (a name, a code page or an Encoding object); undefined when absent.
 * An unknown name is pwsh's ParameterArgumentTransformationError.
 */
export function encodingArgument(rt: CommandRuntime, commandType: string): TextEncoding | undefined {
  const value = rt.parameters['Encoding'];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && 'webName' in value) return value as TextEncoding;
  const hit = typeof value === 'number' ? CODE_PAGES[value] : NAMED[String(value).toLowerCase()];
  if (hit) return hit;
  const text = String(value);
  rt.throwTerminatingError(
    new ErrorRecord({
      message:
        typeof value === 'number'
          ? `Cannot process argument transformation on parameter 'Encoding'. No data is available for encoding ${text}. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'codepage')`
          : `Cannot process argument transformation on parameter 'Encoding'. '${text}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')`,
      errorId: 'ParameterArgumentTransformationError',
      category: 'InvalidData',
      exceptionType: 'System.Management.Automation.ParameterBindingArgumentTransformationException',
      targetObject: value,
      implementingType: commandType,
    }),
  );
}

/** Text of file bytes as a StreamReader reads it: a byte order mark wins over the given encoding. */
export function decodeText(bytes: Buffer, encoding: TextEncoding = Encodings.utf8NoBom): string {
  const boms: ReadonlyArray<readonly [TextEncoding, readonly number[]]> = [
    [Encodings.utf8, [0xef, 0xbb, 0xbf]],
    [Encodings.utf32, [0xff, 0xfe, 0, 0]],
    [Encodings.unicode, [0xff, 0xfe]],
    [Encodings.bigEndianUnicode, [0xfe, 0xff]],
  ];
  for (const [enc, bom] of boms) {
    if (bom.every((b, i) => bytes[i] === b)) return enc.getString([...bytes.subarray(bom.length)]);
  }
  return encoding.getString([...bytes]);
}

/** Bytes of text written with an encoding: its preamble (BOM) at the start of a new file, then the text. */
export function encodeText(text: string, encoding: TextEncoding, withPreamble: boolean): Buffer {
  return Buffer.from([...(withPreamble ? encoding.preamble : []), ...encoding.getBytes(text)]);
}
