// A file's VersionInfo (System.Diagnostics.FileVersionInfo, pwsh's FileInfo.VersionInfo script property): outside
// Windows .NET reads no version resource, so every field is empty and every flag false; its text is .NET's ToString.
import { PSObject } from '../../values/ps-object.js';

const STRING_FIELDS = [
  'Comments',
  'CompanyName',
  'FileDescription',
  'FileVersion',
  'InternalName',
  'Language',
  'LegalCopyright',
  'LegalTrademarks',
  'OriginalFilename',
  'PrivateBuild',
  'ProductName',
  'ProductVersion',
  'SpecialBuild',
] as const;
const NUMBER_FIELDS = [
  'FileBuildPart',
  'FileMajorPart',
  'FileMinorPart',
  'FilePrivatePart',
  'ProductBuildPart',
  'ProductMajorPart',
  'ProductMinorPart',
  'ProductPrivatePart',
] as const;
const FLAGS = ['IsDebug', 'IsPatched', 'IsPrivateBuild', 'IsPreRelease', 'IsSpecialBuild'] as const;

/** FileVersionInfo.ToString(): one `Label: value` line per field, labels padded to 18 columns, each line ended. */
function versionInfoText(fileName: string): string {
  const lines: [string, string][] = [
    ['File', fileName],
    ['InternalName', ''],
    ['OriginalFilename', ''],
    ['FileVersion', ''],
    ['FileDescription', ''],
    ['Product', ''],
    ['ProductVersion', ''],
    ['Debug', 'False'],
    ['Patched', 'False'],
    ['PreRelease', 'False'],
    ['PrivateBuild', 'False'],
    ['SpecialBuild', 'False'],
    ['Language', ''],
  ];
  return lines.map(([label, value]) => `${`${label}:`.padEnd(18)}${value}\n`).join('');
}

export function fileVersionInfo(fileName: string): PSObject {
  const fields: [string, unknown][] = [
    ...STRING_FIELDS.map((n) => [n, null] as [string, unknown]),
    ...NUMBER_FIELDS.map((n) => [n, 0] as [string, unknown]),
    ...FLAGS.map((n) => [n, false] as [string, unknown]),
    ['FileName', fileName],
  ];
  fields.sort(([a], [b]) => (a < b ? -1 : 1));
  return new PSObject({
    typeNames: ['System.Diagnostics.FileVersionInfo', 'System.Object'],
    properties: fields,
    toText: () => versionInfoText(fileName),
  });
}
