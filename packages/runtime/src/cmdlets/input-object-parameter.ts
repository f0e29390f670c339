// The pipeline's InputObject parameter as most cmdlets declare it: any object (or $null) from the pipeline.
export const inputObjectParameter = {
  name: 'InputObject',
  type: 'psobject',
  parameterSets: { __AllParameterSets: { valueFromPipeline: true } },
  allowNull: true,
} as const;
