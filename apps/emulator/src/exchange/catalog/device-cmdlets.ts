// Declarations of the mobile device cmdlets (data only).
import { identity, param, resultSize } from './builders.js';
import type { CmdletDeclaration } from './types.js';

export const deviceCmdlets: readonly CmdletDeclaration[] = [
  {
    name: 'Get-MobileDevice',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      identity(['__AllParameterSets'], false),
      param('Mailbox', 'String'),
      param('ActiveSync', 'SwitchParameter'),
      param('OWAforDevices', 'SwitchParameter'),
      resultSize,
    ],
  },
  {
    name: 'Get-EXOMobileDeviceStatistics',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    builtIn: true,
    parameters: [
      identity(['__AllParameterSets'], false),
      param('Mailbox', 'String'),
      param('ActiveSync', 'SwitchParameter'),
      param('OWAforDevices', 'SwitchParameter'),
    ],
  },
];
