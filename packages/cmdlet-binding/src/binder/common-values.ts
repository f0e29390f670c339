// Reads the bound common parameters into the shape the runtime applies (ActionPreference, +var append).
import type { ActionPreferenceName, BindState, CommonParameterValues, VariableTarget } from './types.js';

function variable(value: unknown): VariableTarget | undefined {
  if (typeof value !== 'string') return undefined;
  return value.startsWith('+') ? { name: value.slice(1), append: true } : { name: value, append: false };
}

/** Walks only what was bound: most command lines carry no common parameter at all. */
export function readCommonParameters(state: BindState): CommonParameterValues {
  const out: CommonParameterValues = {};
  const byName = state.command.byName;
  for (const [name, value] of state.boundParameters) {
    if (byName.get(name)?.isCommon !== true) continue;
    switch (name) {
      case 'Verbose':
        out.verbose = value === true;
        break;
      case 'Debug':
        out.debug = value === true;
        break;
      case 'WhatIf':
        out.whatIf = value === true;
        break;
      case 'Confirm':
        out.confirm = value === true;
        break;
      case 'ErrorAction':
        out.errorAction = value as ActionPreferenceName;
        break;
      case 'WarningAction':
        out.warningAction = value as ActionPreferenceName;
        break;
      case 'InformationAction':
        out.informationAction = value as ActionPreferenceName;
        break;
      case 'ProgressAction':
        out.progressAction = value as ActionPreferenceName;
        break;
      case 'ErrorVariable':
        out.errorVariable = variable(value);
        break;
      case 'WarningVariable':
        out.warningVariable = variable(value);
        break;
      case 'InformationVariable':
        out.informationVariable = variable(value);
        break;
      case 'OutVariable':
        out.outVariable = variable(value);
        break;
      case 'OutBuffer':
        out.outBuffer = value as number;
        break;
      case 'PipelineVariable':
        out.pipelineVariable = value as string;
        break;
    }
  }
  return out;
}
