// Get-Help, the `help` function and the HelpInfoShort list view.
import type { Runspace } from '../../runspace/runspace.js';
import { getHelp, getHelpMetadata } from './get-help.js';
import { defineHelpFunction } from './help-function.js';

export function registerHelp(runspace: Runspace): void {
  runspace.addCmdlet(getHelpMetadata, getHelp, 'Microsoft.PowerShell.Core');
  defineHelpFunction(runspace);
  runspace.formatViews.register('HelpInfoShort', {
    kind: 'table',
    columns: [
      { label: 'Name', property: 'Name', width: 33 },
      { label: 'Category', property: 'Category', width: 9 },
      { label: 'Module', property: 'ModuleName', width: 25 },
      { label: 'Synopsis', property: 'Synopsis' },
    ],
  });
}
