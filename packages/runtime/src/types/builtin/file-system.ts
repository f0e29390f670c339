// [System.IO.File] and [System.IO.Directory]: node:fs, relative paths resolved against the process directory as .NET does.
import * as fs from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PSDateTime } from '../../values/ps-datetime.js';
import { PSObject } from '../../values/ps-object.js';
import { withElementType } from '../../values/type-names.js';
import { unwrap } from '../argument-conversion.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { str } from './define.js';
import { Encodings, TextEncoding } from './text-encoding.js';

const NEWLINE = process.platform === 'win32' ? '\r\n' : '\n';

/** Runs a node:fs call, mapping its error codes to the .NET exceptions PowerShell shows. */
function io<T>(path: string, fn: (full: string) => T): T {
  const full = resolve(path);
  try {
    return fn(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const parentExists = fs.existsSync(resolve(full, '..'));
      throw parentExists
        ? dotNetError('System.IO.FileNotFoundException', `Could not find file '${full}'.`)
        : dotNetError('System.IO.DirectoryNotFoundException', `Could not find a part of the path '${full}'.`);
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR')
      throw dotNetError('System.UnauthorizedAccessException', `Access to the path '${full}' is denied.`);
    if (code === 'EEXIST') throw dotNetError('System.IO.IOException', `The file '${full}' already exists.`);
    throw dotNetError('System.IO.IOException', (e as Error).message);
  }
}

function encodingOf(value: unknown): TextEncoding {
  const v = unwrap(value);
  return v instanceof TextEncoding ? v : Encodings.utf8NoBom;
}

/** Decodes file bytes, honouring a BOM first as .NET's StreamReader does. */
function decode(bytes: Buffer, encoding: TextEncoding): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Encodings.unicode.getString([...bytes.subarray(2)]);
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Encodings.bigEndianUnicode.getString([...bytes.subarray(2)]);
  return encoding.getString([...bytes]);
}

function encode(text: string, encoding: TextEncoding, withPreamble: boolean): Buffer {
  return Buffer.from([...(withPreamble ? encoding.preamble : []), ...encoding.getBytes(text)]);
}

const splitLines = (text: string): string[] => {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};

const lines = (value: unknown): string[] => ((value as (string | null)[] | null) ?? []).map((l) => l ?? '');

function fileInfo(full: string): PSObject {
  const st = fs.statSync(full);
  return new PSObject({
    typeNames: [
      st.isDirectory() ? 'System.IO.DirectoryInfo' : 'System.IO.FileInfo',
      'System.IO.FileSystemInfo',
      'System.MarshalByRefObject',
      'System.Object',
    ],
    // A .NET object's stand-in: GetType() is DirectoryInfo/FileInfo, and "$info" is its path.
    isTypeView: true,
    toText: () => full,
    properties: [
      ['Name', basename(full)],
      ['FullName', full],
      ['Exists', true],
      ['LastWriteTime', PSDateTime.fromDate(st.mtime)],
      ...(st.isDirectory() ? [] : ([['Length', st.size]] as Array<[string, unknown]>)),
    ],
  });
}

export const FileType: TypeInfoInit = {
  fullName: 'System.IO.File',
  staticMethods: [
    method<null>('Exists', [
      'static bool Exists(string path)',
      (_t, a) =>
        a[0] !== null &&
        a[0] !== '' &&
        fs.existsSync(resolve(str(a[0]))) &&
        fs.statSync(resolve(str(a[0]))).isFile(),
    ]),
    method<null>(
      'ReadAllText',
      [
        'static string ReadAllText(string path)',
        (_t, a) => io(str(a[0]), (p) => decode(fs.readFileSync(p), Encodings.utf8)),
      ],
      [
        'static string ReadAllText(string path, System.Text.Encoding encoding)',
        (_t, a) => io(str(a[0]), (p) => decode(fs.readFileSync(p), encodingOf(a[1]))),
      ],
    ),
    method<null>(
      'ReadAllLines',
      [
        'static string[] ReadAllLines(string path)',
        (_t, a) =>
          io(str(a[0]), (p) =>
            withElementType(splitLines(decode(fs.readFileSync(p), Encodings.utf8)), 'System.String'),
          ),
      ],
      [
        'static string[] ReadAllLines(string path, System.Text.Encoding encoding)',
        (_t, a) =>
          io(str(a[0]), (p) =>
            withElementType(splitLines(decode(fs.readFileSync(p), encodingOf(a[1]))), 'System.String'),
          ),
      ],
    ),
    method<null>('ReadAllBytes', [
      'static byte[] ReadAllBytes(string path)',
      (_t, a) => io(str(a[0]), (p) => withElementType([...fs.readFileSync(p)], 'System.Byte')),
    ]),
    method<null>(
      'WriteAllText',
      [
        'static void WriteAllText(string path, string contents)',
        (_t, a) => io(str(a[0]), (p) => fs.writeFileSync(p, encode(str(a[1]), Encodings.utf8NoBom, false))),
      ],
      [
        'static void WriteAllText(string path, string contents, System.Text.Encoding encoding)',
        (_t, a) => io(str(a[0]), (p) => fs.writeFileSync(p, encode(str(a[1]), encodingOf(a[2]), true))),
      ],
    ),
    method<null>(
      'WriteAllLines',
      [
        'static void WriteAllLines(string path, string[] contents)',
        (_t, a) =>
          io(str(a[0]), (p) =>
            fs.writeFileSync(
              p,
              encode(
                lines(a[1])
                  .map((l) => l + NEWLINE)
                  .join(''),
                Encodings.utf8NoBom,
                false,
              ),
            ),
          ),
      ],
      [
        'static void WriteAllLines(string path, string[] contents, System.Text.Encoding encoding)',
        (_t, a) =>
          io(str(a[0]), (p) =>
            fs.writeFileSync(
              p,
              encode(
                lines(a[1])
                  .map((l) => l + NEWLINE)
                  .join(''),
                encodingOf(a[2]),
                true,
              ),
            ),
          ),
      ],
    ),
    method<null>('WriteAllBytes', [
      'static void WriteAllBytes(string path, byte[] bytes)',
      (_t, a) => io(str(a[0]), (p) => fs.writeFileSync(p, Buffer.from((a[1] as number[]) ?? []))),
    ]),
    method<null>(
      'AppendAllText',
      [
        'static void AppendAllText(string path, string contents)',
        (_t, a) => io(str(a[0]), (p) => fs.appendFileSync(p, encode(str(a[1]), Encodings.utf8NoBom, false))),
      ],
      [
        'static void AppendAllText(string path, string contents, System.Text.Encoding encoding)',
        (_t, a) => io(str(a[0]), (p) => fs.appendFileSync(p, encode(str(a[1]), encodingOf(a[2]), false))),
      ],
    ),
    method<null>('AppendAllLines', [
      'static void AppendAllLines(string path, System.Collections.Generic.IEnumerable[string] contents)',
      (_t, a) =>
        io(str(a[0]), (p) =>
          fs.appendFileSync(
            p,
            lines(unwrap(a[1]) instanceof Array ? a[1] : [a[1]])
              .map((l) => l + NEWLINE)
              .join(''),
          ),
        ),
    ]),
    method<null>('Delete', [
      'static void Delete(string path)',
      (_t, a) => io(str(a[0]), (p) => fs.rmSync(p, { force: true })),
    ]),
    method<null>(
      'Copy',
      [
        'static void Copy(string sourceFileName, string destFileName)',
        (_t, a) => io(str(a[0]), (p) => fs.copyFileSync(p, resolve(str(a[1])), fs.constants.COPYFILE_EXCL)),
      ],
      [
        'static void Copy(string sourceFileName, string destFileName, bool overwrite)',
        (_t, a) =>
          io(str(a[0]), (p) => fs.copyFileSync(p, resolve(str(a[1])), a[2] ? 0 : fs.constants.COPYFILE_EXCL)),
      ],
    ),
    method<null>('Move', [
      'static void Move(string sourceFileName, string destFileName)',
      (_t, a) => io(str(a[0]), (p) => fs.renameSync(p, resolve(str(a[1])))),
    ]),
    method<null>('GetLastWriteTime', [
      'static datetime GetLastWriteTime(string path)',
      (_t, a) => io(str(a[0]), (p) => PSDateTime.fromDate(fs.statSync(p).mtime)),
    ]),
  ],
};

function list(path: string, pattern: string, recurse: boolean, wantDirs: boolean): string[] {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    process.platform === 'win32' ? 'i' : '',
  );
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() === wantDirs && re.test(entry.name)) out.push(full);
      if (recurse && entry.isDirectory()) walk(full);
    }
  };
  // Results keep the caller's spelling of the directory, as .NET does.
  io(path, (full) => {
    walk(full);
  });
  const full = resolve(path);
  return withElementType(
    out.sort().map((p) => path + p.slice(full.length)),
    'System.String',
  );
}

const listing = (name: string, dirs: boolean) =>
  method<null>(
    name,
    [`static string[] ${name}(string path)`, (_t, a) => list(str(a[0]), '*', false, dirs)],
    [
      `static string[] ${name}(string path, string searchPattern)`,
      (_t, a) => list(str(a[0]), str(a[1]), false, dirs),
    ],
    [
      `static string[] ${name}(string path, string searchPattern, System.IO.SearchOption searchOption)`,
      (_t, a) => list(str(a[0]), str(a[1]), /all/i.test(String(a[2])) || a[2] === 1, dirs),
    ],
  );

export const DirectoryType: TypeInfoInit = {
  fullName: 'System.IO.Directory',
  staticMethods: [
    method<null>('Exists', [
      'static bool Exists(string path)',
      (_t, a) =>
        a[0] !== null &&
        a[0] !== '' &&
        fs.existsSync(resolve(str(a[0]))) &&
        fs.statSync(resolve(str(a[0]))).isDirectory(),
    ]),
    method<null>('CreateDirectory', [
      'static System.IO.DirectoryInfo CreateDirectory(string path)',
      (_t, a) =>
        io(str(a[0]), (p) => {
          fs.mkdirSync(p, { recursive: true });
          return fileInfo(p);
        }),
    ]),
    listing('GetFiles', false),
    listing('GetDirectories', true),
    listing('EnumerateFiles', false),
    listing('EnumerateDirectories', true),
    method<null>(
      'Delete',
      ['static void Delete(string path)', (_t, a) => io(str(a[0]), (p) => fs.rmdirSync(p))],
      [
        'static void Delete(string path, bool recursive)',
        (_t, a) => io(str(a[0]), (p) => (a[1] ? fs.rmSync(p, { recursive: true }) : fs.rmdirSync(p))),
      ],
    ),
    method<null>('GetCurrentDirectory', ['static string GetCurrentDirectory()', () => process.cwd()]),
    method<null>('Move', [
      'static void Move(string sourceDirName, string destDirName)',
      (_t, a) => io(str(a[0]), (p) => fs.renameSync(p, resolve(str(a[1])))),
    ]),
  ],
};
