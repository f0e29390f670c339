// User and group names by id (pwsh's UnixStat.GetUserName/GetGroupName), read from /etc/passwd and /etc/group once.
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';

type Names = ReadonlyMap<number, string>;

function readIds(file: string): Names {
  const names = new Map<number, string>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return names;
  }
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const [name, , id] = line.split(':');
    const n = Number(id);
    // The first entry for an id wins, as getpwuid/getgrgid return it.
    if (name && id !== undefined && id !== '' && Number.isInteger(n) && !names.has(n)) names.set(n, name);
  }
  return names;
}

let users: Names | undefined;
let groups: Names | undefined;

/** The account name of a uid; undefined when it has none (pwsh then shows an empty User). */
export function userName(uid: number): string | undefined {
  const name = (users ??= readIds('/etc/passwd')).get(uid);
  if (name !== undefined || uid !== process.getuid?.()) return name;
  // The current user may come from a directory service rather than /etc/passwd.
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

/** The group name of a gid; undefined when it has none. */
export function groupName(gid: number): string | undefined {
  return (groups ??= readIds('/etc/group')).get(gid);
}
