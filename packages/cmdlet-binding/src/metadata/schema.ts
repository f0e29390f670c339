// The JSON Schema of CommandMetadata (draft-07 as Ajv's default): metadata from the network is untrusted.

const identifier = { type: 'string', minLength: 1, maxLength: 256 } as const;

const parameterSet = {
  type: 'object',
  additionalProperties: false,
  properties: {
    mandatory: { type: 'boolean' },
    position: { type: 'integer', minimum: 0, maximum: 2147483647 },
    valueFromPipeline: { type: 'boolean' },
    valueFromPipelineByPropertyName: { type: 'boolean' },
    valueFromRemainingArguments: { type: 'boolean' },
    helpMessage: { type: 'string' },
  },
} as const;

const validation = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: {
      enum: [
        'ValidateSet',
        'ValidateRange',
        'ValidatePattern',
        'ValidateLength',
        'ValidateCount',
        'ValidateNotNull',
        'ValidateNotNullOrEmpty',
        'ValidateNotNullOrWhiteSpace',
        'ValidateScript',
      ],
    },
  },
  allOf: [
    {
      if: { properties: { kind: { const: 'ValidateSet' } } },
      then: {
        required: ['values'],
        properties: {
          values: { type: 'array', items: { type: 'string' }, minItems: 1 },
          ignoreCase: { type: 'boolean' },
          errorMessage: { type: 'string' },
        },
      },
    },
    {
      if: { properties: { kind: { const: 'ValidateRange' } } },
      then: {
        properties: {
          min: { type: 'number' },
          max: { type: 'number' },
          rangeKind: { enum: ['Positive', 'NonNegative', 'Negative', 'NonPositive'] },
        },
      },
    },
    {
      if: { properties: { kind: { const: 'ValidatePattern' } } },
      then: {
        required: ['pattern'],
        properties: {
          pattern: { type: 'string' },
          ignoreCase: { type: 'boolean' },
          errorMessage: { type: 'string' },
        },
      },
    },
    {
      if: { properties: { kind: { enum: ['ValidateLength', 'ValidateCount'] } } },
      then: {
        required: ['min', 'max'],
        properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
      },
    },
    {
      if: { properties: { kind: { const: 'ValidateScript' } } },
      then: {
        required: ['id'],
        properties: { id: identifier, scriptText: { type: 'string' }, errorMessage: { type: 'string' } },
      },
    },
  ],
} as const;

const parameter = {
  type: 'object',
  required: ['name', 'type'],
  additionalProperties: false,
  properties: {
    name: { ...identifier, pattern: '^[^\\s:\\-][^\\s:]*$' },
    type: identifier,
    enumValues: { type: 'array', items: identifier, minItems: 1 },
    aliases: { type: 'array', items: identifier },
    parameterSets: { type: 'object', additionalProperties: parameterSet, propertyNames: identifier },
    validation: { type: 'array', items: validation },
    allowNull: { type: 'boolean' },
    allowEmptyString: { type: 'boolean' },
    allowEmptyCollection: { type: 'boolean' },
  },
} as const;

/** JSON Schema for `CommandMetadata`. */
export const commandMetadataSchema = {
  $id: 'https://exosh.dev/schemas/command-metadata.json',
  title: 'CommandMetadata',
  type: 'object',
  required: ['name', 'commandType', 'parameters'],
  additionalProperties: false,
  properties: {
    name: identifier,
    commandType: { enum: ['Cmdlet', 'Function', 'Filter', 'ExternalScript'] },
    implementingType: identifier,
    defaultParameterSetName: identifier,
    supportsShouldProcess: { type: 'boolean' },
    confirmImpact: { enum: ['None', 'Low', 'Medium', 'High'] },
    supportsPaging: { type: 'boolean' },
    positionalBinding: { type: 'boolean' },
    cmdletBinding: { type: 'boolean' },
    parameters: { type: 'array', items: parameter, maxItems: 1024 },
  },
} as const;
