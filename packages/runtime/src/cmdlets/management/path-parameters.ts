// The -Path / -LiteralPath pair most provider cmdlets declare: two parameter sets, Path positional and from the
// pipeline (wildcards), LiteralPath by property name (PSPath), as pwsh's provider cmdlets define them.
import type { ParameterMetadata } from '@exosh/cmdlet-binding';

export const pathParameters: readonly ParameterMetadata[] = [
  {
    name: 'Path',
    type: 'string[]',
    parameterSets: {
      Path: { mandatory: true, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    },
  },
  {
    name: 'LiteralPath',
    type: 'string[]',
    aliases: ['PSPath', 'LP'],
    parameterSets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } },
  },
];
