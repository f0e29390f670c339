// PowerShell's common parameters, in the order PowerShell declares them, with their aliases.
import type { ValidationAttribute } from '../metadata/types.js';

export interface CommonParameterInfo {
  readonly name: string;
  readonly aliases: readonly string[];
  /** PowerShell type name, as CommandMetadata spells parameter types. */
  readonly type: string;
  /** Only present on commands that declare SupportsShouldProcess. */
  readonly shouldProcess?: true;
  /** Attributes PowerShell declares on the parameter (OutBuffer's ValidateRange). */
  readonly validation?: readonly ValidationAttribute[];
}

/** ActionPreference names by value (SilentlyContinue = 0 ... Break = 6). */
export const actionPreferenceValues: readonly string[] = [
  'SilentlyContinue',
  'Stop',
  'Continue',
  'Inquire',
  'Ignore',
  'Suspend',
  'Break',
];

const actionPreference = { type: 'ActionPreference' } as const;

export const commonParameters: readonly CommonParameterInfo[] = [
  { name: 'Verbose', aliases: ['vb'], type: 'switch' },
  { name: 'Debug', aliases: ['db'], type: 'switch' },
  { name: 'ErrorAction', aliases: ['ea'], ...actionPreference },
  { name: 'WarningAction', aliases: ['wa'], ...actionPreference },
  { name: 'InformationAction', aliases: ['infa'], ...actionPreference },
  { name: 'ProgressAction', aliases: ['proga'], ...actionPreference },
  { name: 'ErrorVariable', aliases: ['ev'], type: 'string' },
  { name: 'WarningVariable', aliases: ['wv'], type: 'string' },
  { name: 'InformationVariable', aliases: ['iv'], type: 'string' },
  { name: 'OutVariable', aliases: ['ov'], type: 'string' },
  {
    name: 'OutBuffer',
    aliases: ['ob'],
    type: 'int',
    validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }],
  },
  { name: 'PipelineVariable', aliases: ['pv'], type: 'string' },
  { name: 'WhatIf', aliases: ['wi'], type: 'switch', shouldProcess: true },
  { name: 'Confirm', aliases: ['cf'], type: 'switch', shouldProcess: true },
];

/** The common parameters a command gets, given whether it supports ShouldProcess. */
export function commonParametersFor(supportsShouldProcess: boolean): readonly CommonParameterInfo[] {
  return supportsShouldProcess ? commonParameters : commonParameters.filter((p) => !p.shouldProcess);
}
