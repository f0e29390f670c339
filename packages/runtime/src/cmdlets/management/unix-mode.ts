// UnixMode: an lstat mode as `ls -l` spells it (pwsh's CommonStat.GetModeString), e.g. `-rw-r--r--`, `drwxr-xr-x`.
import { constants } from 'node:fs';

const TYPE_CHARS: readonly (readonly [number, string])[] = [
  [constants.S_IFDIR, 'd'],
  [constants.S_IFLNK, 'l'],
  [constants.S_IFBLK, 'b'],
  [constants.S_IFCHR, 'c'],
  [constants.S_IFIFO, 'p'],
  [constants.S_IFSOCK, 's'],
];

function permission(
  mode: number,
  read: number,
  write: number,
  exec: number,
  special: number,
  set: string,
): string {
  const x = mode & exec;
  const s = mode & special;
  return (
    (mode & read ? 'r' : '-') +
    (mode & write ? 'w' : '-') +
    (s ? (x ? set : set.toUpperCase()) : x ? 'x' : '-')
  );
}

export function unixModeString(mode: number): string {
  const type = mode & constants.S_IFMT;
  const typeChar = TYPE_CHARS.find(([t]) => t === type)?.[1] ?? '-';
  return (
    typeChar +
    permission(mode, 0o400, 0o200, 0o100, 0o4000, 's') +
    permission(mode, 0o40, 0o20, 0o10, 0o2000, 's') +
    permission(mode, 0o4, 0o2, 0o1, 0o1000, 't')
  );
}
