// Short constructors for the parameter shapes Exchange cmdlets share (Identity, ResultSize, Filter...).
import type { ParameterDeclaration, ParameterSetMembership, ParameterType } from './types.js';

export function param(
  name: string,
  type: ParameterType,
  extra: Omit<ParameterDeclaration, 'name' | 'type'> = {},
): ParameterDeclaration {
  return { name, type, ...extra };
}

/** `-Identity` at position 0, taking pipeline input; mandatory for Set/Remove/Add cmdlets. */
export function identity(sets: readonly string[], mandatory: boolean): ParameterDeclaration {
  return {
    name: 'Identity',
    type: 'String',
    sets: sets.map((set): ParameterSetMembership => ({
      set,
      mandatory,
      position: 0,
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
    })),
  };
}

export function inSets(sets: readonly string[], mandatory = false): readonly ParameterSetMembership[] {
  return sets.map((set) => ({ set, mandatory }));
}

export const resultSize = param('ResultSize', 'Unlimited');
/** The module's client-side switch on its mailbox-routed proxies: the client removes it before sending. */
export const useCustomRouting = param('UseCustomRouting', 'SwitchParameter');
export const filter = param('Filter', 'String');
