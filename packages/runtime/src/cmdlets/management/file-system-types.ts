// System.IO.FileSystemInfo, FileInfo and DirectoryInfo as types: `-is`, `[System.IO.FileInfo]$path` and ::new(path)
// know them, and an existing item converts to the same value Get-Item gives.
import { statSync } from 'node:fs';
import path from 'node:path';
import { method } from '../../types/method-def.js';
import type { TypeInfoInit } from '../../types/type-info.js';
import type { TypeRegistry } from '../../types/type-registry.js';
import { toStringForDisplay } from '../../conversion/index.js';
import { PSObject } from '../../values/ps-object.js';
import { fileSystemInfo } from './items.js';

const fileSystemInfoName = 'System.IO.FileSystemInfo';

/** FileInfo/DirectoryInfo's type names, as pwsh's PSTypeNames list them. */
export function fileSystemTypeNames(directory: boolean): string[] {
  return [
    directory ? 'System.IO.DirectoryInfo' : 'System.IO.FileInfo',
    fileSystemInfoName,
    'System.MarshalByRefObject',
    'System.Object',
  ];
}

/**
 * new FileInfo(path) / new DirectoryInfo(path): the path is resolved against the process directory, as .NET does.
 * An item of that kind gives Get-Item's value; otherwise (nothing there, or the other kind) an info whose Exists is
 * false, as .NET makes one without touching the disk.
 */
function construct(directory: boolean, value: unknown): PSObject {
  const full = path.resolve(toStringForDisplay(value));
  let st;
  try {
    st = statSync(full);
  } catch {
    st = undefined;
  }
  if (st && st.isDirectory() === directory) return fileSystemInfo(full, st);
  const name = path.basename(full) || full;
  const ext = directory ? '' : path.extname(name);
  return new PSObject({
    typeNames: fileSystemTypeNames(directory),
    properties: [
      ['Name', name],
      ['FullName', full],
      ['Extension', ext],
      ['BaseName', ext ? name.slice(0, -ext.length) : name],
      ['Exists', false],
    ],
    toText: () => full,
    isTypeView: true,
  });
}

const infoType = (directory: boolean): TypeInfoInit => {
  const fullName = directory ? 'System.IO.DirectoryInfo' : 'System.IO.FileInfo';
  const parameter = directory ? 'path' : 'fileName';
  return {
    fullName,
    baseType: fileSystemInfoName,
    constructors: method<null>('new', [
      `${fullName} new(string ${parameter})`,
      (_t, a) => construct(directory, a[0]),
    ]),
  };
};

export function registerFileSystemTypes(types: TypeRegistry): void {
  if (!types.get('System.MarshalByRefObject'))
    types.register({ fullName: 'System.MarshalByRefObject', baseType: 'System.Object' });
  types.register({ fullName: fileSystemInfoName, baseType: 'System.MarshalByRefObject' });
  types.register(infoType(false));
  types.register(infoType(true));
}
