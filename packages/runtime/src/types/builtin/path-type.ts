// [System.IO.Path]: string operations with the platform's separators (as .NET on that OS), plus temp paths.
import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { PSChar } from '../../values/ps-char.js';
import { withElementType } from '../../values/type-names.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { constant, str } from './define.js';
import { randomBytes } from '../../host/random-bytes.js';

/** Separator rules for one platform; the pure helpers below take it so tests can cover both. */
export interface PathStyle {
  readonly separator: string;
  readonly isSeparator: (ch: string) => boolean;
  readonly isRooted: (p: string) => boolean;
}

export const UnixPaths: PathStyle = {
  separator: '/',
  isSeparator: (c) => c === '/',
  isRooted: (p) => p.startsWith('/'),
};
export const WindowsPaths: PathStyle = {
  separator: '\\',
  isSeparator: (c) => c === '\\' || c === '/',
  isRooted: (p) => /^([a-zA-Z]:|[\\/])/.test(p),
};
const platform: PathStyle = process.platform === 'win32' ? WindowsPaths : UnixPaths;

function lastSeparator(p: string, style: PathStyle): number {
  for (let i = p.length - 1; i >= 0; i--)
    if (style.isSeparator(p[i]!) || (style === WindowsPaths && p[i] === ':')) return i;
  return -1;
}

export function combine(parts: readonly string[], style: PathStyle = platform): string {
  let out = '';
  for (const part of parts) {
    if (part === '') continue;
    if (style.isRooted(part)) out = part;
    else if (out === '' || style.isSeparator(out[out.length - 1]!)) out += part;
    else out += style.separator + part;
  }
  return out;
}

export function getFileName(p: string | null, style: PathStyle = platform): string | null {
  if (p === null) return null;
  return p.slice(lastSeparator(p, style) + 1);
}

export function getExtension(p: string | null, style: PathStyle = platform): string | null {
  if (p === null) return null;
  const name = getFileName(p, style) ?? '';
  const dot = name.lastIndexOf('.');
  return dot < 0 || dot === name.length - 1 ? '' : name.slice(dot);
}

export function getFileNameWithoutExtension(p: string | null, style: PathStyle = platform): string | null {
  if (p === null) return null;
  const name = getFileName(p, style) ?? '';
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
}

export function getDirectoryName(p: string | null, style: PathStyle = platform): string | null {
  if (p === null || p === '') return null;
  const i = lastSeparator(p, style);
  if (i < 0) return '';
  let dir = p.slice(0, i);
  // The root itself has no directory name.
  if (style === UnixPaths && p === '/') return null;
  if (style === WindowsPaths && /^[a-zA-Z]:[\\/]?$/.test(p)) return null;
  if (dir === '' && style.isSeparator(p[0]!)) dir = p[0]!;
  if (style === WindowsPaths && /^[a-zA-Z]:$/.test(dir)) dir += p[i] === ':' ? '' : '\\';
  while (dir.length > 1 && style.isSeparator(dir[dir.length - 1]!) && !/^[a-zA-Z]:[\\/]$/.test(dir))
    dir = dir.slice(0, -1);
  return style === WindowsPaths ? dir.replace(/\//g, '\\') : dir;
}

export function changeExtension(
  p: string | null,
  extension: string | null,
  style: PathStyle = platform,
): string | null {
  if (p === null) return null;
  const name = getFileName(p, style) ?? '';
  const dot = name.lastIndexOf('.');
  const base = dot < 0 ? p : p.slice(0, p.length - name.length + dot);
  if (extension === null) return base;
  return base + (extension.startsWith('.') ? extension : `.${extension}`);
}

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const chars = (text: string): PSChar[] =>
  withElementType(
    [...text].map((c) => PSChar.of(c)),
    'System.Char',
  );

function randomFileName(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz012345';
  const chars = [...randomBytes(11)].map((b) => alphabet[b & 31]).join('');
  return `${chars.slice(0, 8)}.${chars.slice(8)}`;
}

function tempPath(): string {
  const t = tmpdir();
  return t.endsWith(platform.separator) ? t : t + platform.separator;
}

export const PathType: TypeInfoInit = {
  fullName: 'System.IO.Path',
  staticProperties: [
    constant('DirectorySeparatorChar', 'char', PSChar.of(platform.separator)),
    constant('AltDirectorySeparatorChar', 'char', PSChar.of('/')),
    constant('PathSeparator', 'char', PSChar.of(process.platform === 'win32' ? ';' : ':')),
    constant('VolumeSeparatorChar', 'char', PSChar.of(process.platform === 'win32' ? ':' : '/')),
  ],
  staticMethods: [
    method<null>('Combine', [
      'static string Combine(params string[] paths)',
      (_t, a) => {
        const parts = a[0] as (string | null)[];
        if (parts.some((p) => p === null))
          throw dotNetError('System.ArgumentNullException', "Value cannot be null. (Parameter 'paths')");
        return combine(parts as string[]);
      },
    ]),
    method<null>('Join', [
      'static string Join(params string[] paths)',
      (_t, a) => {
        const parts = (a[0] as (string | null)[]).filter((p): p is string => !!p);
        return parts.reduce(
          (acc, p) =>
            acc === ''
              ? p
              : platform.isSeparator(acc[acc.length - 1]!) || platform.isSeparator(p[0]!)
                ? acc + p
                : acc + platform.separator + p,
          '',
        );
      },
    ]),
    method<null>('GetFileName', [
      'static string GetFileName(string path)',
      (_t, a) => getFileName(a[0] as string | null),
    ]),
    method<null>('GetExtension', [
      'static string GetExtension(string path)',
      (_t, a) => getExtension(a[0] as string | null),
    ]),
    method<null>('GetFileNameWithoutExtension', [
      'static string GetFileNameWithoutExtension(string path)',
      (_t, a) => getFileNameWithoutExtension(a[0] as string | null),
    ]),
    method<null>('GetDirectoryName', [
      'static string GetDirectoryName(string path)',
      (_t, a) => getDirectoryName(a[0] as string | null),
    ]),
    method<null>('ChangeExtension', [
      'static string ChangeExtension(string path, string extension)',
      (_t, a) => changeExtension(a[0] as string | null, a[1] as string | null),
    ]),
    method<null>('HasExtension', [
      'static bool HasExtension(string path)',
      (_t, a) => (getExtension(a[0] as string | null) ?? '') !== '',
    ]),
    method<null>('IsPathRooted', [
      'static bool IsPathRooted(string path)',
      (_t, a) => platform.isRooted(str(a[0])),
    ]),
    method<null>('IsPathFullyQualified', [
      'static bool IsPathFullyQualified(string path)',
      (_t, a) => platform.isRooted(str(a[0])),
    ]),
    method<null>('GetPathRoot', [
      'static string GetPathRoot(string path)',
      (_t, a) => {
        const p = str(a[0]);
        if (platform === WindowsPaths)
          return /^[a-zA-Z]:[\\/]?/.exec(p)?.[0] ?? (/^[\\/]/.test(p) ? '\\' : '');
        return p.startsWith('/') ? '/' : '';
      },
    ]),
    method<null>('GetFullPath', ['static string GetFullPath(string path)', (_t, a) => resolve(str(a[0]))]),
    method<null>('GetTempPath', ['static string GetTempPath()', tempPath]),
    method<null>('GetRandomFileName', ['static string GetRandomFileName()', randomFileName]),
    method<null>('GetTempFileName', [
      'static string GetTempFileName()',
      () => {
        // Like .NET, the file is created (empty) so the name is reserved.
        const name = `${tempPath()}tmp${randomBytes(3).toString('hex').toUpperCase()}.tmp`;
        closeSync(openSync(name, 'w'));
        return name;
      },
    ]),
    method<null>('GetInvalidFileNameChars', [
      'static char[] GetInvalidFileNameChars()',
      () => chars(process.platform === 'win32' ? `"<>|${CONTROL}:*?\\/` : '\0/'),
    ]),
    method<null>('GetInvalidPathChars', [
      'static char[] GetInvalidPathChars()',
      () => chars(process.platform === 'win32' ? `|${CONTROL}` : '\0'),
    ]),
  ],
};
