// Get-ChildItem's views (pwsh's FileSystem.format.ps1xml): the tables (childrenWithUnixStat first on Unix, children,
// childrenWithHardlink), the list Format-List picks and the wide view Format-Wide picks, all by their pwsh names.
import {
  noteValue as note,
  type FormatView,
  type ListView,
  type TableView,
  type ViewRendering,
  type WideView,
} from '../../format/index.js';
import { compositeFormat } from '../../text/index.js';
import { PSDateTime } from '../../values/ps-datetime.js';
import { FILE_SYSTEM_PROVIDER_PREFIX } from './items.js';

/** UnixMode's execute bits (owner, group, others; `s`/`t` include one): pwsh's NonWindowsIsExecutable. */
function isExecutable(row: unknown): boolean {
  const mode = note(row, 'UnixMode');
  return typeof mode === 'string' && mode.startsWith('-') && /^.{3}[xs]|^.{6}[xs]|^.{9}[xt]/.test(mode);
}

/**
 * NameString: the name, and where a symbolic link points. On a VT host, in $PSStyle.FileInfo's style: a link's name,
 * else a directory, else by extension, else an executable (FileSystemProvider.NameString).
 */
function nameString(row: unknown, rendering?: ViewRendering): unknown {
  const target = note(row, 'Target');
  const name = String(note(row, 'Name') ?? '');
  const link = typeof target === 'string' && note(row, 'LinkType') === 'SymbolicLink';
  if (!rendering?.ansi) return link ? `${name} -> ${target}` : name;
  const { fileInfo, reset } = rendering.style;
  const styled = (style: string) => `${style}${name}${reset}`;
  if (link) return `${styled(fileInfo.symbolicLink)} -> ${target}`;
  if (note(row, 'PSIsContainer') === true) return styled(fileInfo.directory);
  const byExtension = fileInfo.extension.get(String(note(row, 'Extension') ?? '').toLowerCase());
  if (byExtension !== undefined) return styled(byExtension);
  return isExecutable(row) ? styled(fileInfo.executable) : name;
}

/** `    Directory: <path>` above each directory's table (FileSystemProviderStrings.DirectoryDisplayGrouping). */
const directoryGroup = {
  property: 'PSParentPath',
  header: (first: unknown) =>
    `    Directory: ${String(note(first, 'PSParentPath') ?? '').replace(FILE_SYSTEM_PROVIDER_PREFIX, '')}`,
};

const unixTime = (value: unknown): string => compositeFormat('{0:d} {0:HH}:{0:mm}', [value]);

/** childrenWithUnixStat: the LastWriteTime column is as wide as the latest date the calendar supports. */
export const unixChildrenView: TableView = {
  kind: 'table',
  name: 'childrenWithUnixStat',
  wrap: true,
  groupBy: directoryGroup,
  columns: [
    { label: 'UnixMode', property: 'UnixMode', width: 10, alignment: 'Left' },
    { label: 'User', property: 'User', width: 10, alignment: 'Right' },
    { label: 'Group', property: 'Group', width: 10, alignment: 'Left' },
    {
      label: 'LastWriteTime',
      property: 'LastWriteTime',
      value: (row) => unixTime(note(row, 'LastWriteTime')),
      width: unixTime(PSDateTime.fromParts(9999, 12, 31, 23, 59, 59)).length,
      alignment: 'Right',
    },
    { label: 'Size', property: 'Size', width: 12, alignment: 'Right' },
    { label: 'Name', property: 'NameString', value: nameString, alignment: 'Left' },
  ],
};

/** children: ModeWithoutHardLink, LastWriteTimeString (`{0,10:d} {0,8:t}`), LengthString, NameString. */
export const windowsChildrenView: TableView = {
  kind: 'table',
  name: 'children',
  wrap: true,
  groupBy: directoryGroup,
  columns: [
    { label: 'Mode', property: 'Mode', width: 7, alignment: 'Left' },
    {
      label: 'LastWriteTime',
      property: 'LastWriteTimeString',
      value: (row) => compositeFormat('{0,10:d} {0,8:t}', [note(row, 'LastWriteTime')]),
      width: 26,
      alignment: 'Right',
    },
    {
      label: 'Length',
      property: 'LengthString',
      value: lengthString,
      width: 14,
      alignment: 'Right',
    },
    { label: 'Name', property: 'NameString', value: nameString, alignment: 'Left' },
  ],
};

/** LengthString: a file's length; nothing for a directory. */
function lengthString(row: unknown): unknown {
  const length = note(row, 'Length');
  return length === undefined || length === null ? '' : String(length);
}

const times = ['CreationTime', 'LastWriteTime', 'LastAccessTime'].map((p) => ({ label: p, property: p }));
const linkItems = ['Mode', 'LinkType', 'Target'].map((p) => ({ label: p, property: p }));

/** The `children` list view: a file's Name, Length, times, Mode, link and VersionInfo; a directory's without. */
export const childrenListView: ListView = {
  kind: 'list',
  name: 'children',
  groupBy: directoryGroup,
  entries: [
    {
      typeName: 'System.IO.FileInfo',
      items: [
        { label: 'Name', property: 'Name' },
        { label: 'Length', property: 'LengthString', value: lengthString },
        ...times,
        ...linkItems,
        { label: 'VersionInfo', property: 'VersionInfo' },
      ],
    },
    { items: [{ label: 'Name', property: 'Name' }, ...times, ...linkItems] },
  ],
};

/** The `children` wide view: a file's Name, a directory's as `[Name]`. */
export const childrenWideView: WideView = {
  kind: 'wide',
  name: 'children',
  groupBy: directoryGroup,
  text: (obj) => {
    const name = String(note(obj, 'Name') ?? '');
    return note(obj, 'PSIsContainer') === true ? `[${name}]` : name;
  },
};

/**
 * FileInfo's and DirectoryInfo's views in pwsh's order for the platform: the first table is the default (Unix adds
 * childrenWithUnixStat before the others); exosh's Mode serves both `children` (ModeWithoutHardLink) and
 * `childrenWithHardlink`.
 */
export function fileSystemViews(platform: NodeJS.Platform): readonly FormatView[] {
  return [
    ...(platform === 'win32' ? [] : [unixChildrenView]),
    windowsChildrenView,
    { ...windowsChildrenView, name: 'childrenWithHardlink' },
    childrenListView,
    childrenWideView,
  ];
}
