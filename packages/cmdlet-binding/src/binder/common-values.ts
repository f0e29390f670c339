// Reads the bound common parameters into the shape the runtime applies (ActionPreference, +var append).
import type { ActionPreferenceName, BindState, CommonParameterValues, VariableTarget } from './types.js';

function variable(value: unknown): VariableTarget | undefined {
  if (typeof value !== 'string') return undefined;
  return value.startsWith('+') ? { name: value.slice(1), append: true } : { name: value, append: false };
}

export function readCommonParameters(state: BindState): CommonParameterValues {
  const b = state.boundParameters;
  const out: CommonParameterValues = {};
  if (b.size === 0) return out;
  const bool = (name: string): boolean | undefined => (b.has(name) ? b.get(name) === true : undefined);
  const action = (name: string): ActionPreferenceName | undefined =>
    b.get(name) as ActionPreferenceName | undefined;
  const set = <K extends keyof CommonParameterValues>(
    key: K,
    value: CommonParameterValues[K] | undefined,
  ): void => {
    if (value !== undefined) out[key] = value;
  };
  set('verbose', bool('Verbose'));
  set('debug', bool('Debug'));
  set('errorAction', action('ErrorAction'));
  set('warningAction', action('WarningAction'));
  set('informationAction', action('InformationAction'));
  set('progressAction', action('ProgressAction'));
  set('errorVariable', variable(b.get('ErrorVariable')));
  set('warningVariable', variable(b.get('WarningVariable')));
  set('informationVariable', variable(b.get('InformationVariable')));
  set('outVariable', variable(b.get('OutVariable')));
  set('outBuffer', b.get('OutBuffer') as number | undefined);
  set('pipelineVariable', b.get('PipelineVariable') as string | undefined);
  if (state.command.metadata.supportsShouldProcess) {
    set('whatIf', bool('WhatIf'));
    set('confirm', bool('Confirm'));
  }
  return out;
}
