// The common parameters as ParameterMetadata rows (appended to every advanced command's table).
import { commonParametersFor, commonParameters } from '../common-parameters/index.js';
import type { ParameterMetadata } from '../metadata/types.js';

const pagingParameters: readonly ParameterMetadata[] = [
  { name: 'IncludeTotalCount', type: 'switch' },
  { name: 'Skip', type: 'long' },
  { name: 'First', type: 'long' },
];

function toMetadata(name: string): ParameterMetadata {
  const info = commonParameters.find((p) => p.name === name);
  if (!info) throw new Error(`unknown common parameter ${name}`);
  const base = { name: info.name, type: info.type, aliases: info.aliases };
  if (info.name === 'OutBuffer') {
    return { ...base, validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }] };
  }
  return base;
}

export function commonParameterRows(
  supportsShouldProcess: boolean,
  supportsPaging: boolean,
): ParameterMetadata[] {
  const rows = commonParametersFor(supportsShouldProcess).map((p) => toMetadata(p.name));
  return supportsPaging ? [...rows, ...pagingParameters] : rows;
}
