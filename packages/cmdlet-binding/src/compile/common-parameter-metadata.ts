// The common parameters as ParameterMetadata rows (appended to every advanced command's table).
import { actionPreferenceValues, commonParametersFor } from '../common-parameters/index.js';
import type { ParameterMetadata } from '../metadata/types.js';

const pagingParameters: readonly ParameterMetadata[] = [
  { name: 'IncludeTotalCount', type: 'switch' },
  { name: 'Skip', type: 'long' },
  { name: 'First', type: 'long' },
];

export function commonParameterRows(
  supportsShouldProcess: boolean,
  supportsPaging: boolean,
): ParameterMetadata[] {
  const rows: ParameterMetadata[] = commonParametersFor(supportsShouldProcess).map((info) => ({
    name: info.name,
    type: info.type,
    aliases: info.aliases,
    ...(info.type === 'ActionPreference' ? { enumValues: actionPreferenceValues } : {}),
    ...(info.validation ? { validation: info.validation } : {}),
  }));
  return supportsPaging ? [...rows, ...pagingParameters] : rows;
}
