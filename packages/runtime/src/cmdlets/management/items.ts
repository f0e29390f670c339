// Get-ChildItem, Get-Item, New-Item, Remove-Item, Copy-Item, Move-Item, Rename-Item on the FileSystem provider.
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { ExecutionContext } from '../../engine/execution-context.js';
import { convertTo, matchesWildcard, toStr } from '../../engine/semantics/index.js';
import { lazyCollator } from '../../text/lazy-collator.js';
import { memberError } from '../../types/errors.js';
import { PSDateTime } from '../../values/ps-datetime.js';
import { PSObject } from '../../values/ps-object.js';
import { BUILTIN_ENUM_TYPES } from '../../values/enum-registry.js';
import { PSEnumValue, enumMemberValue } from '../../values/ps-enum.js';
import { FlagsExpression } from '../../types/builtin/flags-expression.js';
import { resolveFsPath } from './test-path.js';
import { groupName, userName } from './unix-accounts.js';
import { unixModeString } from './unix-mode.js';
import { pathNotFound } from './path-not-found.js';
import { fileVersionInfo } from './file-version-info.js';
import { fileSystemTypeNames } from './file-system-types.js';
import { pathParameters } from './path-parameters.js';
import { credentialsNotSupported } from './credentials-not-supported.js';

/** The provider-qualified path pwsh puts in PSPath and PSParentPath. */
export const FILE_SYSTEM_PROVIDER_PREFIX = 'Microsoft.PowerShell.Core\\FileSystem::';

/**
 * .NET's FileAttributes.ReadOnly (FileStatus.IsModeReadOnlyCore on Unix): from the item's own mode (a link's is
 * rwx, so a link never is), a triple is read-only when it can read but not write; the owner's triple applies to the
 * owner, the group's to a member of the file's group, else the others'. On Windows, no owner write bit.
 */
function readOnly(lst: Stats): boolean {
  if (process.platform === 'win32') return (lst.mode & 0o200) === 0;
  const triple = (shift: number) => (lst.mode & (0o4 << shift)) !== 0 && (lst.mode & (0o2 << shift)) === 0;
  const [user, group, other] = [triple(6), triple(3), triple(0)];
  if (user === group && group === other) return user;
  if (lst.uid === process.getuid?.()) return user;
  if (group === user) return group;
  const groups = process.getgroups?.() ?? [];
  return lst.gid === process.getegid?.() || groups.includes(lst.gid) ? group : other;
}

const fileAttributesType = BUILTIN_ENUM_TYPES.find((t) => t.fullName === 'System.IO.FileAttributes')!;
const attributeValue = (name: string) => enumMemberValue(fileAttributesType, name) ?? 0;
const READONLY = attributeValue('ReadOnly');
const HIDDEN = attributeValue('Hidden');
const DIRECTORY = attributeValue('Directory');
const REPARSE_POINT = attributeValue('ReparsePoint');
const NORMAL = attributeValue('Normal');

/**
 * FileSystemInfo.Attributes as .NET computes it on Unix (FileStatus.Unix): Directory when the item (a link's target)
 * is a directory, ReadOnly as readOnly() tells, Hidden for a leading dot, ReparsePoint for a symbolic
 * link, and Normal when none of these apply. On Windows the same bits from the mode (no Archive/System).
 */
export function fileAttributes(name: string, st: Stats, lst: Stats): number {
  let flags = 0;
  if (st.isDirectory()) flags |= DIRECTORY;
  if (readOnly(lst)) flags |= READONLY;
  if (name.startsWith('.')) flags |= HIDDEN;
  if (lst.isSymbolicLink()) flags |= REPARSE_POINT;
  return flags === 0 ? NORMAL : flags;
}

/** Mode: d (directory) or l (link), a (archive, Windows only), r (read-only), h (hidden), s (system). */
function modeString(name: string, st: Stats, lst: Stats): string {
  const dir = st.isDirectory();
  const link = lst.isSymbolicLink() || (!dir && st.nlink > 1);
  return `${link ? 'l' : dir ? 'd' : '-'}-${readOnly(lst) ? 'r' : '-'}${name.startsWith('.') ? 'h' : '-'}-`;
}

/**
 * A FileInfo/DirectoryInfo-shaped object with the properties scripts read, the provider's PS* notes and, on
 * Unix, pwsh's UnixStat properties (UnixMode, User, Group, Size, from lstat: a link describes itself).
 * Setting LastWriteTime changes the file's modification time.
 */
export function fileSystemInfo(full: string, st: Stats, ctx?: ExecutionContext): PSObject {
  const dir = st.isDirectory();
  const name = path.basename(full) || full;
  const ext = dir ? '' : path.extname(name);
  let lst = st;
  try {
    lst = lstatSync(full);
  } catch {
    // the item went away: describe what stat saw
  }
  let target: string | null = null;
  if (lst.isSymbolicLink()) {
    try {
      target = readlinkSync(full);
    } catch {
      target = null;
    }
  }
  let lastWriteTime = PSDateTime.fromDate(lst.mtime);
  const parent = path.dirname(full);
  const obj = new PSObject({
    typeNames: fileSystemTypeNames(dir),
    properties: [['Mode', modeString(name, st, lst)]],
    // FileInfo/DirectoryInfo.ToString(): the path they were made from (the full path here), so "$file" is a path.
    toText: () => full,
    // A .NET object's stand-in: GetType() is FileInfo/DirectoryInfo, not PSCustomObject.
    isTypeView: true,
  });
  obj.addMember({
    memberType: 'CodeProperty',
    name: 'LastWriteTime',
    get: () => lastWriteTime,
    set: (_self, value) => {
      try {
        const when = value instanceof PSDateTime || !ctx ? value : convertTo(ctx, value, 'datetime');
        if (!(when instanceof PSDateTime)) throw new Error(`Cannot convert value to type "System.DateTime".`);
        utimesSync(full, lstatSync(full).atime, when.toJSDate());
        lastWriteTime = PSDateTime.fromDate(when.toJSDate());
      } catch (err) {
        const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
        throw memberError(
          'ExceptionWhenSetting',
          'LastWriteTime',
          missing ? `Could not find file '${full}'.` : (err as Error).message,
        );
      }
    },
  });
  const notes: [string, unknown][] = [
    ...(dir ? [] : ([['Length', lst.size]] as [string, unknown][])),
    ['Name', name],
    ['FullName', full],
    ['Extension', ext],
    ['BaseName', ext ? name.slice(0, -ext.length) : name],
    ['DirectoryName', parent],
    ['PSIsContainer', dir],
    ['CreationTime', PSDateTime.fromDate(lst.birthtime)],
    ['LastAccessTime', PSDateTime.fromDate(lst.atime)],
    ['LinkType', target === null ? null : 'SymbolicLink'],
    ['Target', target],
    ['PSPath', FILE_SYSTEM_PROVIDER_PREFIX + full],
    ['PSParentPath', parent === full ? '' : FILE_SYSTEM_PROVIDER_PREFIX + parent],
    ['PSChildName', name],
    ['Attributes', new PSEnumValue(fileAttributesType, fileAttributes(name, st, lst))],
  ];
  if (process.platform !== 'win32')
    notes.push(
      ['UnixMode', unixModeString(lst.mode)],
      ['User', userName(lst.uid) ?? null],
      ['Group', groupName(lst.gid) ?? null],
      ['Size', lst.size],
    );
  for (const [n, v] of notes) obj.setNote(n, v);
  // pwsh's types.ps1xml script property: read when shown (Format-List's file entry), not for every item listed.
  if (!dir)
    obj.addMember({ memberType: 'CodeProperty', name: 'VersionInfo', get: () => fileVersionInfo(full) });
  return obj;
}

/** StringComparer.CurrentCultureIgnoreCase in en-US. */
const nameOrder = lazyCollator('en-US', { sensitivity: 'accent' });

function statOrSelf(full: string, lst: Stats): Stats {
  try {
    return statSync(full);
  } catch {
    return lst;
  }
}

const pathParam = (mandatory: boolean): ParameterMetadata => ({
  name: 'Path',
  type: 'string[]',
  parameterSets: {
    __AllParameterSets: {
      mandatory,
      position: 0,
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
    },
  },
});
const literal: ParameterMetadata = {
  name: 'LiteralPath',
  type: 'string[]',
  aliases: ['PSPath', 'LP', 'FullName'],
};

function notFound(rt: CommandRuntime, target: string, command: string): void {
  rt.writeError(pathNotFound(target, `Microsoft.PowerShell.Commands.${command}`));
}

/** Paths with wildcards in their last segment expand to the matching entries. */
function expand(rt: CommandRuntime, raw: string): string[] {
  return expandFsPath(rt.context.currentLocation, raw);
}

/**
 * `raw` resolved against `base`, its last segment's wildcards expanded to the matching entries (dot-files only
 * with `includeHidden`, as pwsh's globbing skips hidden items without -Force).
 */
export function expandFsPath(base: string, raw: string, includeHidden = true): string[] {
  const full = resolveFsPath(base, raw);
  const leaf = path.basename(full);
  if (!/[*?[]/.test(leaf)) return [full];
  const dir = path.dirname(full);
  try {
    return readdirSync(dir)
      .filter((n) => (includeHidden || !n.startsWith('.')) && matchesWildcard(n, leaf))
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

function pathsOf(rt: CommandRuntime): string[] {
  return ((rt.parameters['Path'] ?? rt.parameters['LiteralPath'] ?? ['.']) as string[]).map((p) =>
    toStr(rt.context, p),
  );
}

/**
 * pwsh's GetChildItemCommand: the Items (Path, default) and LiteralItems sets, then the FileSystem provider's
 * dynamic parameters (GetChildDynamicParameters) in its order.
 */
export const getChildItemMetadata: CommandMetadata = {
  name: 'Get-ChildItem',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetChildItemCommand',
  defaultParameterSetName: 'Items',
  parameters: [
    {
      name: 'Path',
      type: 'string[]',
      parameterSets: {
        Items: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      },
    },
    {
      name: 'LiteralPath',
      type: 'string[]',
      aliases: ['PSPath', 'LP'],
      parameterSets: { LiteralItems: { mandatory: true, valueFromPipelineByPropertyName: true } },
    },
    { name: 'Filter', type: 'string', parameterSets: { __AllParameterSets: { position: 1 } } },
    { name: 'Include', type: 'string[]' },
    { name: 'Exclude', type: 'string[]' },
    { name: 'Recurse', type: 'switch', aliases: ['s', 'r'] },
    { name: 'Depth', type: 'uint' },
    { name: 'Force', type: 'switch' },
    { name: 'Name', type: 'switch' },
    { name: 'Attributes', type: 'System.Management.Automation.FlagsExpression[System.IO.FileAttributes]' },
    { name: 'FollowSymlink', type: 'switch' },
    { name: 'Directory', type: 'switch', aliases: ['ad'] },
    { name: 'File', type: 'switch', aliases: ['af'] },
    { name: 'Hidden', type: 'switch', aliases: ['ah', 'h'] },
    { name: 'ReadOnly', type: 'switch', aliases: ['ar'] },
    { name: 'System', type: 'switch', aliases: ['as'] },
  ],
};

export const getChildItem: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    const filter = (p['Filter'] as string | undefined) ?? '*';
    const include = p['Include'] as string[] | undefined;
    const exclude = p['Exclude'] as string[] | undefined;
    const attributes = p['Attributes'] instanceof FlagsExpression ? p['Attributes'] : undefined;
    const maxDepth = p['Depth'] !== undefined ? Number(p['Depth']) : p['Recurse'] === true ? Infinity : 0;
    // pwsh lists a directory's subdirectories, then its files, each sorted by name ignoring case, and only
    // then recurses into the subdirectories (so each directory's items stay together under one header).
    const walk = (dir: string, depth: number, base: string) => {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      const entries: { name: string; full: string; st: Stats; lst: Stats; link: boolean }[] = [];
      for (const name of names) {
        // -Hidden, or Hidden anywhere in -Attributes, asks for hidden items (a leading dot on Unix), so it shows
        // them without -Force.
        if (!p['Force'] && !p['Hidden'] && !attributes?.existsInExpression(HIDDEN) && name.startsWith('.'))
          continue;
        const full = path.join(dir, name);
        try {
          const lst = lstatSync(full);
          const link = lst.isSymbolicLink();
          // A link whose target is gone is still listed, as the link itself.
          entries.push({ name, full, st: link ? statOrSelf(full, lst) : lst, lst, link });
        } catch {
          continue;
        }
      }
      const byName = (a: { name: string }, b: { name: string }) => nameOrder().compare(a.name, b.name);
      const dirs = entries.filter((e) => e.st.isDirectory()).sort(byName);
      const files = entries.filter((e) => !e.st.isDirectory()).sort(byName);
      for (const { name, full, st, lst } of [...dirs, ...files]) {
        const keep =
          matchesWildcard(name, filter) &&
          (!include || include.some((i) => matchesWildcard(name, i))) &&
          !exclude?.some((x) => matchesWildcard(name, x)) &&
          !(p['File'] === true && st.isDirectory()) &&
          !(p['Directory'] === true && !st.isDirectory()) &&
          attributesMatch(p, attributes, fileAttributes(name, st, lst));
        if (keep)
          rt.writeObject(
            p['Name'] === true ? path.relative(base, full) : fileSystemInfo(full, st, rt.context),
          );
      }
      // -Recurse enters links to directories only with -FollowSymlink, and each real directory once (a link loop
      // gets pwsh's warning instead of endless recursion).
      if (depth >= maxDepth) return;
      for (const d of dirs) {
        if (d.link && p['FollowSymlink'] !== true) continue;
        const real = realOrSelf(d.full);
        if (visited.has(real)) {
          rt.writeWarning(`Skip already-visited directory ${d.full}.`);
          continue;
        }
        visited.add(real);
        walk(d.full, depth + 1, base);
      }
    };
    const visited = new Set<string>();
    for (const raw of pathsOf(rt)) {
      const targets = expand(rt, raw);
      if (targets.length === 0)
        notFound(rt, resolveFsPath(rt.context.currentLocation, raw), 'GetChildItemCommand');
      for (const t of targets) {
        let st: Stats;
        try {
          st = statSync(t);
        } catch {
          notFound(rt, t, 'GetChildItemCommand');
          continue;
        }
        if (st.isDirectory()) {
          visited.add(realOrSelf(t));
          walk(t, 0, t);
        } else if (fileTargetMatches(p, attributes, t, st))
          rt.writeObject(p['Name'] === true ? path.basename(t) : fileSystemInfo(t, st, rt.context));
      }
    }
  },
};

/**
 * -Attributes, and -Hidden, -ReadOnly, -System (each ANDed, as pwsh's FormatAttributeSwitchParameters builds them):
 * only items whose FileAttributes satisfy them. On Unix .NET never sets System.
 */
function attributesMatch(
  p: Record<string, unknown>,
  attributes: FlagsExpression | undefined,
  flags: number,
): boolean {
  if (attributes && !attributes.evaluate(flags)) return false;
  for (const name of ['Hidden', 'ReadOnly', 'System'])
    if (p[name] === true && (flags & attributeValue(name)) === 0) return false;
  return true;
}

/**
 * A file named by the path itself passes the same attribute filters as a directory's items (-Directory asks for
 * Directory, so it drops it). pwsh's "Could not find item" for a hidden file named without -Force is not emulated.
 */
function fileTargetMatches(
  p: Record<string, unknown>,
  attributes: FlagsExpression | undefined,
  full: string,
  st: Stats,
): boolean {
  let lst = st;
  try {
    lst = lstatSync(full);
  } catch {
    // gone since stat: judge what stat saw
  }
  return (
    p['Directory'] !== true && attributesMatch(p, attributes, fileAttributes(path.basename(full), st, lst))
  );
}

/** A directory's real path (links resolved), or the path itself when it cannot be resolved. */
function realOrSelf(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/** pwsh's GetItemCommand: the Path (default) and LiteralPath sets, with the provider filters and -Credential. */
export const getItemMetadata: CommandMetadata = {
  name: 'Get-Item',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetItemCommand',
  defaultParameterSetName: 'Path',
  parameters: [
    ...pathParameters,
    { name: 'Filter', type: 'string' },
    { name: 'Include', type: 'string[]' },
    { name: 'Exclude', type: 'string[]' },
    { name: 'Force', type: 'switch' },
    {
      name: 'Credential',
      type: 'pscredential',
      parameterSets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
    },
  ],
};

export const getItem: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    if (p['Credential'] !== undefined && p['Credential'] !== null)
      rt.throwTerminatingError(credentialsNotSupported());
    const literal = p['LiteralPath'] !== undefined;
    // -Filter, -Include and -Exclude keep the items whose names match (pwsh's provider filters).
    const filter = p['Filter'] as string | undefined;
    const include = p['Include'] as string[] | undefined;
    const exclude = p['Exclude'] as string[] | undefined;
    const keep = (t: string) => {
      const name = path.basename(t);
      return (
        (filter === undefined || matchesWildcard(name, filter)) &&
        (!include || include.some((i) => matchesWildcard(name, i))) &&
        !exclude?.some((x) => matchesWildcard(name, x))
      );
    };
    for (const raw of pathsOf(rt)) {
      const targets = literal ? [resolveFsPath(rt.context.currentLocation, raw)] : expand(rt, raw);
      if (targets.length === 0)
        notFound(rt, resolveFsPath(rt.context.currentLocation, raw), 'GetItemCommand');
      for (const t of targets.filter(keep)) {
        try {
          rt.writeObject(fileSystemInfo(t, statSync(t), rt.context));
        } catch {
          notFound(rt, t, 'GetItemCommand');
        }
      }
    }
  },
};

export const newItemMetadata: CommandMetadata = {
  name: 'New-Item',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.NewItemCommand',
  supportsShouldProcess: true,
  parameters: [
    pathParam(true),
    { name: 'Name', type: 'string' },
    { name: 'ItemType', type: 'string', aliases: ['Type'] },
    { name: 'Value', type: 'object', parameterSets: { __AllParameterSets: { valueFromPipeline: true } } },
    { name: 'Force', type: 'switch' },
  ],
};

export const newItem: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    const type = String(p['ItemType'] ?? 'File').toLowerCase();
    for (const raw of pathsOf(rt)) {
      const full = resolveFsPath(
        rt.context.currentLocation,
        p['Name'] ? path.join(raw, p['Name'] as string) : raw,
      );
      if (
        !rt.shouldProcess(`Destination: ${full}`, type === 'directory' ? 'Create Directory' : 'Create File')
      )
        continue;
      if (type === 'directory' && p['Force'] !== true && existsSync(full)) {
        // FileSystemProvider.CreateDirectory: an existing item is an error unless -Force.
        rt.writeError(
          new ErrorRecord({
            message: `An item with the specified name ${full} already exists.`,
            errorId: 'DirectoryExist',
            category: 'ResourceExists',
            exceptionType: 'System.IO.IOException',
            targetObject: full,
            implementingType: 'Microsoft.PowerShell.Commands.NewItemCommand',
          }),
        );
        continue;
      }
      try {
        // Directory.CreateDirectory makes the missing parents too.
        if (type === 'directory') mkdirSync(full, { recursive: true });
        else {
          if (p['Force'] === true) mkdirSync(path.dirname(full), { recursive: true });
          writeFileSync(
            full,
            p['Value'] === undefined || p['Value'] === null ? '' : toStr(rt.context, p['Value']),
            { flag: p['Force'] === true ? 'w' : 'wx' },
          );
        }
        rt.writeObject(fileSystemInfo(full, statSync(full), rt.context));
      } catch (err) {
        const exists = (err as NodeJS.ErrnoException).code === 'EEXIST';
        rt.writeError(
          new ErrorRecord({
            message: exists
              ? `The file '${full}' already exists.`
              : `Could not create '${full}': ${(err as Error).message.replace(/^\w+: /, '')}`,
            errorId: exists ? 'NewItemIOError' : 'NewItemError',
            category: exists ? 'WriteError' : 'InvalidOperation',
            exceptionType: 'System.IO.IOException',
            targetObject: full,
            implementingType: 'Microsoft.PowerShell.Commands.NewItemCommand',
          }),
        );
      }
    }
  },
};

export const removeItemMetadata: CommandMetadata = {
  name: 'Remove-Item',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveItemCommand',
  supportsShouldProcess: true,
  parameters: [
    pathParam(true),
    literal,
    { name: 'Recurse', type: 'switch', aliases: ['r'] },
    { name: 'Force', type: 'switch' },
  ],
};

export const removeItem: CmdletImplementation = {
  process(rt) {
    for (const raw of pathsOf(rt)) {
      const targets = expand(rt, raw);
      if (targets.length === 0)
        notFound(rt, resolveFsPath(rt.context.currentLocation, raw), 'RemoveItemCommand');
      for (const t of targets) {
        let st: Stats;
        try {
          st = statSync(t);
        } catch {
          notFound(rt, t, 'RemoveItemCommand');
          continue;
        }
        if (st.isDirectory() && rt.parameters['Recurse'] !== true && readdirSync(t).length > 0) {
          rt.writeError(
            new ErrorRecord({
              message: `The item at ${t} has children and the Recurse parameter was not specified.`,
              errorId: 'DirectoryNotEmpty',
              category: 'WriteError',
              exceptionType: 'System.IO.IOException',
              targetObject: t,
              implementingType: 'Microsoft.PowerShell.Commands.RemoveItemCommand',
            }),
          );
          continue;
        }
        if (rt.shouldProcess(t, st.isDirectory() ? 'Remove Directory' : 'Remove File'))
          rmSync(t, { recursive: true, force: true });
      }
    }
  },
};

function moveOrCopy(copy: boolean): CmdletImplementation {
  return {
    process(rt) {
      const destination = resolveFsPath(
        rt.context.currentLocation,
        toStr(rt.context, rt.parameters['Destination']),
      );
      for (const raw of pathsOf(rt)) {
        for (const t of expand(rt, raw)) {
          let target = destination;
          try {
            if (statSync(destination).isDirectory()) target = path.join(destination, path.basename(t));
          } catch {
            // the destination is a new name
          }
          try {
            if (copy)
              cpSync(t, target, {
                recursive: rt.parameters['Recurse'] === true || statSync(t).isDirectory(),
              });
            else renameSync(t, target);
          } catch {
            notFound(rt, t, copy ? 'CopyItemCommand' : 'MoveItemCommand');
          }
        }
      }
    },
  };
}

const destinationMetadata = (name: string, type: string): CommandMetadata => ({
  name,
  commandType: 'Cmdlet',
  implementingType: `Microsoft.PowerShell.Commands.${type}`,
  supportsShouldProcess: true,
  parameters: [
    pathParam(true),
    literal,
    { name: 'Destination', type: 'string', parameterSets: { __AllParameterSets: { position: 1 } } },
    { name: 'Recurse', type: 'switch' },
    { name: 'Force', type: 'switch' },
  ],
});

export const copyItemMetadata = destinationMetadata('Copy-Item', 'CopyItemCommand');
export const moveItemMetadata = destinationMetadata('Move-Item', 'MoveItemCommand');
export const copyItem = moveOrCopy(true);
export const moveItem = moveOrCopy(false);

export const renameItemMetadata: CommandMetadata = {
  name: 'Rename-Item',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.RenameItemCommand',
  supportsShouldProcess: true,
  parameters: [
    {
      name: 'Path',
      type: 'string',
      parameterSets: {
        __AllParameterSets: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
      },
    },
    {
      name: 'NewName',
      type: 'string',
      parameterSets: { __AllParameterSets: { mandatory: true, position: 1 } },
    },
    { name: 'Force', type: 'switch' },
  ],
};

export const renameItem: CmdletImplementation = {
  process(rt) {
    const from = resolveFsPath(rt.context.currentLocation, rt.parameters['Path'] as string);
    const to = path.join(path.dirname(from), rt.parameters['NewName'] as string);
    try {
      renameSync(from, to);
    } catch {
      notFound(rt, from, 'RenameItemCommand');
    }
  },
};
