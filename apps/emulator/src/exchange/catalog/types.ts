// CmdletDeclaration: the one description of a cmdlet (sets, parameters, types) that drives both validation and the psm1.
import type { ExchangeEndpoint } from '../types.js';

/** How a parameter's value is checked on the wire and typed in the generated proxy. */
export type ParameterType =
  | 'String'
  | 'String[]'
  | 'SwitchParameter'
  | 'Boolean'
  | 'Int32'
  | 'Unlimited'
  | 'DateTime'
  | 'ByteQuantifiedSize'
  | 'MultiValuedProperty'
  | 'Hashtable'
  | 'Object';

export interface ParameterSetMembership {
  readonly set: string;
  readonly mandatory?: boolean;
  readonly position?: number;
  readonly valueFromPipeline?: boolean;
  readonly valueFromPipelineByPropertyName?: boolean;
}

export interface ParameterDeclaration {
  readonly name: string;
  readonly type: ParameterType;
  /** Sets the parameter belongs to; omitted means every set, optional, not positional. */
  readonly sets?: readonly ParameterSetMembership[];
  readonly validateSet?: readonly string[];
  readonly aliases?: readonly string[];
}

export type ConfirmImpact = 'None' | 'Low' | 'Medium' | 'High';

export interface CmdletDeclaration {
  readonly name: string;
  /** Which admin API serves it: Exchange Online or Security & Compliance. */
  readonly endpoint: ExchangeEndpoint;
  readonly defaultParameterSet?: string;
  readonly supportsShouldProcess: boolean;
  readonly confirmImpact: ConfirmImpact;
  readonly parameters: readonly ParameterDeclaration[];
  /** ShouldProcess text for -Confirm/-WhatIf; `{Identity}`-style placeholders take bound parameter values. */
  readonly confirmationMessage?: string;
  /** Compiled into the client module (the Get-EXO* cmdlets), hence absent from the generated psm1. */
  readonly builtIn?: boolean;
}

/** Parameters every cmdlet accepts (PowerShell's common parameters), sent by the client as strings. */
export const COMMON_PARAMETERS: readonly string[] = [
  'Verbose',
  'Debug',
  'ErrorAction',
  'WarningAction',
  'InformationAction',
  'ProgressAction',
  'ErrorVariable',
  'WarningVariable',
  'InformationVariable',
  'OutVariable',
  'OutBuffer',
  'PipelineVariable',
];

export const SHOULD_PROCESS_PARAMETERS: readonly string[] = ['WhatIf', 'Confirm'];
