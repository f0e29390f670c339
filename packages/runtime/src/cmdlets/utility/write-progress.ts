// Write-Progress: a progress record for the host (a bar on a terminal, nothing otherwise).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';

export const writeProgressMetadata: CommandMetadata = {
  name: 'Write-Progress',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.WriteProgressCommand',
  parameters: [
    { name: 'Activity', type: 'string', parameterSets: { __AllParameterSets: { position: 0 } } },
    { name: 'Status', type: 'string', parameterSets: { __AllParameterSets: { position: 1 } } },
    { name: 'Id', type: 'int', parameterSets: { __AllParameterSets: { position: 2 } } },
    { name: 'PercentComplete', type: 'int', validation: [{ kind: 'ValidateRange', min: -1, max: 100 }] },
    { name: 'SecondsRemaining', type: 'int' },
    { name: 'CurrentOperation', type: 'string' },
    { name: 'ParentId', type: 'int' },
    { name: 'Completed', type: 'switch' },
    { name: 'SourceId', type: 'int' },
  ],
};

export const writeProgress: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    rt.writeProgress({
      activity: (p['Activity'] as string | undefined) ?? '',
      statusDescription: (p['Status'] as string | undefined) ?? 'Processing',
      activityId: (p['Id'] as number | undefined) ?? 0,
      parentActivityId: (p['ParentId'] as number | undefined) ?? -1,
      percentComplete: (p['PercentComplete'] as number | undefined) ?? -1,
      secondsRemaining: (p['SecondsRemaining'] as number | undefined) ?? -1,
      currentOperation: (p['CurrentOperation'] as string | undefined) ?? '',
      recordType: p['Completed'] === true ? 'Completed' : 'Processing',
    });
  },
};
