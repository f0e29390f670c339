// Get/New/Set/Remove/Clear-Variable's parameters, as pwsh 7.4 declares them (Var.cs).
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';

const notNullOrEmpty = [{ kind: 'ValidateNotNullOrEmpty' as const }];
const scope: ParameterMetadata = { name: 'Scope', type: 'string', validation: notNullOrEmpty };
const include: ParameterMetadata = { name: 'Include', type: 'string[]' };
const exclude: ParameterMetadata = { name: 'Exclude', type: 'string[]' };
const force: ParameterMetadata = { name: 'Force', type: 'switch' };
const passThru: ParameterMetadata = { name: 'PassThru', type: 'switch' };
const description: ParameterMetadata = { name: 'Description', type: 'string' };
const option: ParameterMetadata = { name: 'Option', type: 'System.Management.Automation.ScopedItemOptions' };
const visibility: ParameterMetadata = {
  name: 'Visibility',
  type: 'System.Management.Automation.SessionStateEntryVisibility',
};
const names = (mandatory: boolean, fromPipeline: boolean): ParameterMetadata => ({
  name: 'Name',
  type: 'string[]',
  parameterSets: {
    __AllParameterSets: {
      position: 0,
      ...(mandatory ? { mandatory: true } : {}),
      ...(fromPipeline ? { valueFromPipeline: true } : {}),
      valueFromPipelineByPropertyName: true,
    },
  },
});
const value: ParameterMetadata = {
  name: 'Value',
  type: 'object',
  parameterSets: {
    __AllParameterSets: { position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
  },
  allowNull: true,
};

const cmdlet = (name: string, parameters: ParameterMetadata[], shouldProcess: boolean): CommandMetadata => ({
  name,
  commandType: 'Cmdlet',
  implementingType: `Microsoft.PowerShell.Commands.${name.replace('-', '')}Command`,
  ...(shouldProcess ? { supportsShouldProcess: true } : {}),
  parameters,
});

export const getVariableMetadata = cmdlet(
  'Get-Variable',
  [
    { ...names(false, true), validation: notNullOrEmpty },
    { name: 'ValueOnly', type: 'switch' },
    include,
    exclude,
    scope,
  ],
  false,
);

export const newVariableMetadata: CommandMetadata = {
  ...cmdlet(
    'New-Variable',
    [
      {
        name: 'Name',
        type: 'string',
        parameterSets: {
          __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
        },
      },
      value,
      description,
      option,
      visibility,
      force,
      passThru,
      scope,
    ],
    true,
  ),
  confirmImpact: 'Low',
};

export const setVariableMetadata = cmdlet(
  'Set-Variable',
  [
    names(true, false),
    value,
    include,
    exclude,
    description,
    option,
    force,
    visibility,
    passThru,
    scope,
    { name: 'Append', type: 'switch' },
  ],
  true,
);

export const removeVariableMetadata = cmdlet(
  'Remove-Variable',
  [names(true, false), include, exclude, force, scope],
  true,
);

export const clearVariableMetadata = cmdlet(
  'Clear-Variable',
  [names(true, false), include, exclude, force, passThru, scope],
  true,
);
