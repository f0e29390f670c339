// [System.Text.Encoding]: UTF8, Unicode, ASCII, UTF32, BigEndianUnicode, Latin1, Default; GetBytes/GetString.
import { withElementType } from '../../values/type-names.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { num, prop, str } from './define.js';
import { PS_TYPE_NAMES } from '../../values/type-names.js';

/** One System.Text.Encoding instance (its members are adapted in src/members). */
export class TextEncoding {
  get [PS_TYPE_NAMES](): string[] {
    return [this.toString().replace(/\+.*$/, ''), 'System.Text.Encoding', 'System.Object'];
  }
  constructor(
    readonly webName: string,
    readonly encodingName: string,
    readonly codePage: number,
    readonly preamble: readonly number[],
  ) {}

  getBytes(text: string): number[] {
    let bytes: number[];
    switch (this.webName) {
      case 'utf-16':
        bytes = [...Buffer.from(text, 'utf16le')];
        break;
      case 'utf-16BE':
        bytes = [...Buffer.from(text, 'utf16le').swap16()];
        break;
      case 'us-ascii':
        bytes = [...text].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : 63));
        break;
      case 'iso-8859-1':
        bytes = [...text].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63));
        break;
      case 'utf-32':
        bytes = [...text].flatMap((c) => {
          const cp = c.codePointAt(0) ?? 0;
          return [cp & 255, (cp >> 8) & 255, (cp >> 16) & 255, (cp >>> 24) & 255];
        });
        break;
      default:
        bytes = [...Buffer.from(text, 'utf8')];
    }
    return withElementType(bytes, 'System.Byte');
  }

  getString(bytes: readonly number[], index = 0, count = bytes.length - index): string {
    const buf = Buffer.from(bytes.slice(index, index + count));
    switch (this.webName) {
      case 'utf-16':
        return buf.toString('utf16le');
      case 'utf-16BE':
        return Buffer.from(buf).swap16().toString('utf16le');
      case 'us-ascii':
        return [...buf].map((b) => (b < 128 ? String.fromCharCode(b) : '?')).join('');
      case 'iso-8859-1':
        return buf.toString('latin1');
      case 'utf-32': {
        let out = '';
        for (let i = 0; i + 3 < buf.length; i += 4) out += String.fromCodePoint(buf.readUInt32LE(i));
        return out;
      }
      default:
        return buf.toString('utf8');
    }
  }

  toString(): string {
    const names: Record<string, string> = {
      'utf-8': 'System.Text.UTF8Encoding+UTF8EncodingSealed',
      'utf-16': 'System.Text.UnicodeEncoding',
      'utf-16BE': 'System.Text.UnicodeEncoding',
      'us-ascii': 'System.Text.ASCIIEncoding+ASCIIEncodingSealed',
      'iso-8859-1': 'System.Text.Latin1Encoding',
      'utf-32': 'System.Text.UTF32Encoding',
    };
    return names[this.webName] ?? 'System.Text.Encoding';
  }
}

export const Encodings = {
  utf8: new TextEncoding('utf-8', 'Unicode (UTF-8)', 65001, [0xef, 0xbb, 0xbf]),
  utf8NoBom: new TextEncoding('utf-8', 'Unicode (UTF-8)', 65001, []),
  unicode: new TextEncoding('utf-16', 'Unicode', 1200, [0xff, 0xfe]),
  bigEndianUnicode: new TextEncoding('utf-16BE', 'Unicode (Big-Endian)', 1201, [0xfe, 0xff]),
  ascii: new TextEncoding('us-ascii', 'US-ASCII', 20127, []),
  latin1: new TextEncoding('iso-8859-1', 'Western European (ISO)', 28591, []),
  utf32: new TextEncoding('utf-32', 'Unicode (UTF-32)', 12000, [0xff, 0xfe, 0, 0]),
};

function getEncoding(nameOrCodePage: unknown): TextEncoding {
  const key = String(nameOrCodePage).toLowerCase();
  const table: Record<string, TextEncoding> = {
    'utf-8': Encodings.utf8,
    utf8: Encodings.utf8,
    '65001': Encodings.utf8,
    'utf-16': Encodings.unicode,
    unicode: Encodings.unicode,
    '1200': Encodings.unicode,
    'utf-16be': Encodings.bigEndianUnicode,
    '1201': Encodings.bigEndianUnicode,
    ascii: Encodings.ascii,
    'us-ascii': Encodings.ascii,
    '20127': Encodings.ascii,
    'iso-8859-1': Encodings.latin1,
    latin1: Encodings.latin1,
    '28591': Encodings.latin1,
    'windows-1252': Encodings.latin1,
    '1252': Encodings.latin1,
    'utf-32': Encodings.utf32,
    '12000': Encodings.utf32,
  };
  const hit = table[key];
  if (!hit) {
    throw dotNetError(
      'System.ArgumentException',
      `'${String(nameOrCodePage)}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')`,
    );
  }
  return hit;
}

export const EncodingType: TypeInfoInit = {
  fullName: 'System.Text.Encoding',
  isInstance: (v) => v instanceof TextEncoding,
  staticProperties: [
    prop('UTF8', 'System.Text.Encoding', () => Encodings.utf8),
    prop('Unicode', 'System.Text.Encoding', () => Encodings.unicode),
    prop('BigEndianUnicode', 'System.Text.Encoding', () => Encodings.bigEndianUnicode),
    prop('ASCII', 'System.Text.Encoding', () => Encodings.ascii),
    prop('Latin1', 'System.Text.Encoding', () => Encodings.latin1),
    prop('UTF32', 'System.Text.Encoding', () => Encodings.utf32),
    // .NET Core's Encoding.Default is UTF-8 without a BOM on every platform.
    prop('Default', 'System.Text.Encoding', () => Encodings.utf8NoBom),
  ],
  staticMethods: [
    method<null>(
      'GetEncoding',
      ['static System.Text.Encoding GetEncoding(int codepage)', (_t, a) => getEncoding(num(a[0]))],
      ['static System.Text.Encoding GetEncoding(string name)', (_t, a) => getEncoding(str(a[0]))],
    ),
  ],
};

export const UTF8EncodingType: TypeInfoInit = {
  fullName: 'System.Text.UTF8Encoding',
  baseType: 'System.Text.Encoding',
  isInstance: (v) => v instanceof TextEncoding && v.webName === 'utf-8',
  constructors: method<null>(
    'new',
    ['System.Text.UTF8Encoding new()', () => Encodings.utf8NoBom],
    [
      'System.Text.UTF8Encoding new(bool encoderShouldEmitUTF8Identifier)',
      (_t, a) => (a[0] ? Encodings.utf8 : Encodings.utf8NoBom),
    ],
  ),
};
