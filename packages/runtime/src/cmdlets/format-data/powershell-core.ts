// pwsh's PowerShellCore.format.ps1xml views: type objects, Get-Member's MemberDefinition, Group-Object's GroupInfo, PathInfo.
import type { FormatView } from '../../format/index.js';

/** `[int]` prints IsPublic, IsSerial (IsSerializable), Name (40 wide) and BaseType. */
const runtimeTypeView: FormatView = {
  kind: 'table',
  name: 'System.RuntimeType',
  columns: [
    { label: 'IsPublic', property: 'IsPublic', width: 8 },
    { label: 'IsSerial', property: 'IsSerializable', width: 8 },
    { label: 'Name', property: 'Name', width: 40 },
    { label: 'BaseType', property: 'BaseType' },
  ],
};

/** Get-Member's table: sized to its content, one group (`   TypeName: <name>`) per type. */
const memberDefinitionView: FormatView = {
  kind: 'table',
  name: 'Microsoft.PowerShell.Commands.MemberDefinition',
  groupBy: { property: 'TypeName' },
  columns: [
    { label: 'Name', property: 'Name' },
    { label: 'MemberType', property: 'MemberType' },
    { label: 'Definition', property: 'Definition' },
  ],
};

/** Group-Object's table: Count (5, right), Name (25), Group. */
const groupInfoView: FormatView = {
  kind: 'table',
  name: 'Microsoft.PowerShell.Commands.GroupInfo',
  columns: [
    { label: 'Count', property: 'Count', width: 5, alignment: 'Right' },
    { label: 'Name', property: 'Name', width: 25 },
    { label: 'Group', property: 'Group' },
  ],
};

/** Get-Location's PathInfo: a table with one Path column. */
const pathInfoView: FormatView = {
  kind: 'table',
  name: 'PathInfo',
  columns: [{ label: 'Path', property: 'Path' }],
};

export const powerShellCoreViews: ReadonlyArray<readonly [string, FormatView]> = [
  ['System.RuntimeType', runtimeTypeView],
  ['Microsoft.PowerShell.Commands.MemberDefinition', memberDefinitionView],
  ['Microsoft.PowerShell.Commands.GroupInfo', groupInfoView],
  ['System.Management.Automation.PathInfo', pathInfoView],
];
