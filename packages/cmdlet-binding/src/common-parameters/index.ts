// PowerShell's common parameters, in the order PowerShell declares them, with their aliases.
export interface CommonParameterInfo {
  readonly name: string;
  readonly aliases: readonly string[];
  /** PowerShell type name, as CommandMetadata spells parameter types. */
  readonly type: string;
  /** Only present on commands that declare SupportsShouldProcess. */
  readonly shouldProcess?: true;
}

export const commonParameters: readonly CommonParameterInfo[] = [
  { name: 'Verbose', aliases: ['vb'], type: 'switch' },
  { name: 'Debug', aliases: ['db'], type: 'switch' },
  { name: 'ErrorAction', aliases: ['ea'], type: 'ActionPreference' },
  { name: 'WarningAction', aliases: ['wa'], type: 'ActionPreference' },
  { name: 'InformationAction', aliases: ['infa'], type: 'ActionPreference' },
  { name: 'ProgressAction', aliases: ['proga'], type: 'ActionPreference' },
  { name: 'ErrorVariable', aliases: ['ev'], type: 'string' },
  { name: 'WarningVariable', aliases: ['wv'], type: 'string' },
  { name: 'InformationVariable', aliases: ['iv'], type: 'string' },
  { name: 'OutVariable', aliases: ['ov'], type: 'string' },
  { name: 'OutBuffer', aliases: ['ob'], type: 'int' },
  { name: 'PipelineVariable', aliases: ['pv'], type: 'string' },
  { name: 'WhatIf', aliases: ['wi'], type: 'switch', shouldProcess: true },
  { name: 'Confirm', aliases: ['cf'], type: 'switch', shouldProcess: true },
];

/** The common parameters a command gets, given whether it supports ShouldProcess. */
export function commonParametersFor(supportsShouldProcess: boolean): readonly CommonParameterInfo[] {
  return supportsShouldProcess ? commonParameters : commonParameters.filter((p) => !p.shouldProcess);
}
