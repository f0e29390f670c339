// pwsh's CommandInfo table view (Get-Command, Get-Alias): CommandType (15), Name (50; an alias as
// `gci -> Get-ChildItem`), Version (10), Source.
import type { FormatView } from '../../format/view-registry.js';
import { PSObject } from '../../values/ps-object.js';

export const commandInfoTypeName = 'System.Management.Automation.CommandInfo';

export const commandInfoView: FormatView = {
  kind: 'table',
  name: 'CommandInfo',
  columns: [
    { label: 'CommandType', property: 'CommandType', width: 15, alignment: 'Left' },
    {
      label: 'Name',
      property: 'Name',
      width: 50,
      alignment: 'Left',
      // The view's script column: `if ($_.CommandType -eq 'Alias') { $_.DisplayName } else { $_.Name }`.
      value: (row) =>
        row instanceof PSObject
          ? row.getNote('CommandType') === 'Alias'
            ? row.getNote('DisplayName')
            : row.getNote('Name')
          : undefined,
    },
    { label: 'Version', property: 'Version', width: 10, alignment: 'Left' },
    { label: 'Source', property: 'Source', alignment: 'Left' },
  ],
};
