// Command metadata used by the case tables: the seed cmdlet and functions transcribed from PowerShell's tests.
import type { CommandMetadata } from '../../src/index.js';

/** The seed page: three sets, Default has no parameters, both filters mandatory and named. */
export const getConnectionInformation: CommandMetadata = {
  name: 'Get-ConnectionInformation',
  commandType: 'Cmdlet',
  defaultParameterSetName: 'Default',
  parameters: [
    { name: 'ConnectionId', type: 'string[]', parameterSets: { ConnectionId: { mandatory: true } } },
    { name: 'ModulePrefix', type: 'string[]', parameterSets: { ModulePrefix: { mandatory: true } } },
  ],
};

/** The seed cmdlet as if it declared no DefaultParameterSetName (ps-binding.md §9). */
export const getConnectionInformationNoDefault: CommandMetadata = {
  ...getConnectionInformation,
  defaultParameterSetName: undefined,
};

/** Get-Verb: a compiled cmdlet with positional string[] Verb and Group. */
export const getVerb: CommandMetadata = {
  name: 'Get-Verb',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetVerbCommand',
  parameters: [
    {
      name: 'Verb',
      type: 'string[]',
      parameterSets: { __AllParameterSets: { position: 0, valueFromPipeline: true } },
    },
    {
      name: 'Group',
      type: 'string[]',
      parameterSets: { __AllParameterSets: { position: 1 } },
      validation: [
        {
          kind: 'ValidateSet',
          values: ['Common', 'Communications', 'Data', 'Diagnostic', 'Lifecycle', 'Other', 'Security'],
        },
      ],
    },
  ],
};

/** Get-Alias (for -E/-D prefix preference over common parameters). */
export const getAlias: CommandMetadata = {
  name: 'Get-Alias',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetAliasCommand',
  defaultParameterSetName: 'Default',
  parameters: [
    {
      name: 'Name',
      type: 'string[]',
      parameterSets: { Default: { position: 0, valueFromPipelineByPropertyName: true } },
    },
    { name: 'Exclude', type: 'string[]' },
    { name: 'Scope', type: 'string', parameterSets: { __AllParameterSets: {} } },
    { name: 'Definition', type: 'string[]', parameterSets: { Definition: {} } },
  ],
};

/** Write-Error-like: default set NoException with positional Message. */
export const writeError: CommandMetadata = {
  name: 'Write-Error',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.WriteErrorCommand',
  defaultParameterSetName: 'NoException',
  parameters: [
    { name: 'Exception', type: 'object', parameterSets: { WithException: { mandatory: true } } },
    { name: 'ErrorRecord', type: 'object', parameterSets: { ErrorRecord: { mandatory: true } } },
    {
      name: 'Message',
      type: 'string',
      aliases: ['Msg'],
      allowNull: true,
      allowEmptyString: true,
      parameterSets: {
        NoException: { mandatory: true, position: 0, valueFromPipeline: true },
        WithException: {},
      },
    },
    { name: 'Category', type: 'string', parameterSets: { NoException: {}, WithException: {} } },
  ],
};

/** A compiled cmdlet with an int parameter, for CannotConvertArgumentNoMessage. */
export const outString: CommandMetadata = {
  name: 'Out-String',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.OutStringCommand',
  parameters: [
    { name: 'Width', type: 'int' },
    { name: 'Stream', type: 'switch' },
    {
      name: 'InputObject',
      type: 'psobject',
      parameterSets: { __AllParameterSets: { valueFromPipeline: true } },
    },
  ],
};

const fn = (
  name: string,
  parameters: CommandMetadata['parameters'],
  extra: Partial<CommandMetadata> = {},
): CommandMetadata => ({
  name,
  commandType: 'Function',
  parameters,
  ...extra,
});

// engine/ParameterBinding/ParameterBinding.Tests.ps1
export const testPositionalBinding1 = fn('test-PositionalBinding1', [
  { name: 'Parameter1', type: 'int', parameterSets: { __AllParameterSets: { position: 0 } } },
  { name: 'Parameter2', type: 'int', parameterSets: { __AllParameterSets: { position: 0 } } },
]);
export const testAllowNullAttributes = fn('test-allownullattributes', [
  { name: 'Parameter1', type: 'string' },
  { name: 'Parameter2', type: 'string', parameterSets: { __AllParameterSets: { mandatory: true } } },
  { name: 'Parameter3', type: 'string', parameterSets: { __AllParameterSets: { mandatory: true } } },
  { name: 'Parameter4', type: 'int', allowNull: true },
  { name: 'Parameter5', type: 'int', allowEmptyString: true },
  { name: 'ShowMe', type: 'int', parameterSets: { __AllParameterSets: { mandatory: true } } },
]);
export const testNamedWithBoolishArgument = fn('test-namedwithboolishargument', [
  { name: 'Parameter1', type: 'bool' },
  { name: 'Parameter2', type: 'string', parameterSets: { __AllParameterSets: { position: 0 } } },
]);
export const testSingleSwitchParameter = fn('test-singleswitchparameter', [
  { name: 'Parameter1', type: 'switch' },
]);
export const testSingleBoolParameter = fn('test-singleboolparameter', [{ name: 'Parameter1', type: 'bool' }]);
export const testSingleIntParameter = fn('test-singleintparameter', [{ name: 'Parameter1', type: 'int' }]);
export const testSupportsShouldProcess2 = fn('test-supportsshouldprocess2', [], {
  supportsShouldProcess: true,
});
export const testBindingOrder2 = fn('test-bindingorder2', [
  { name: 'Parameter1', type: 'string', parameterSets: { one: { valueFromPipeline: true } } },
  { name: 'Length', type: 'int', parameterSets: { two: { valueFromPipelineByPropertyName: true } } },
]);
export const testDynamicParameters3 = fn('test-dynamicparameters3', [
  { name: 'Parameter1', type: 'int', parameterSets: { one: {} } },
  { name: 'Parameter2', type: 'int', parameterSets: { two: {} } },
  { name: 'WhatIf', type: 'int' },
]);
export const testCollectionBinding1 = fn('test-collectionbinding1', [
  { name: 'Parameter1', type: 'array' },
  { name: 'Parameter2', type: 'int[]' },
]);
export const testNameConflicts6 = fn('test-nameconflicts6', [
  { name: 'Parameter1', type: 'int', aliases: ['Parameter2'] },
  { name: 'Parameter2', type: 'int' },
]);

// Language/Scripting/ParameterBinding.Tests.ps1
export const mandatoryA = fn('get-foo', [
  { name: 'a', type: 'object', parameterSets: { __AllParameterSets: { mandatory: true } } },
]);
export const cmdletBindingA = fn('get-foo', [{ name: 'a', type: 'object' }]);
export const position1 = fn('get-foo', [
  { name: 'a', type: 'object', parameterSets: { __AllParameterSets: { position: 1 } } },
]);
export const position2 = fn('get-foo', [
  { name: 'a', type: 'object', parameterSets: { __AllParameterSets: { position: 2 } } },
]);
export const positionsAB = fn('get-foo', [
  { name: 'a', type: 'object', parameterSets: { __AllParameterSets: { position: 1 } } },
  { name: 'b', type: 'object', parameterSets: { __AllParameterSets: { position: 2 } } },
]);
export const positionsBA = fn('get-foo', [
  { name: 'a', type: 'object', parameterSets: { __AllParameterSets: { position: 2 } } },
  { name: 'b', type: 'object', parameterSets: { __AllParameterSets: { position: 1 } } },
]);
export const valueFromPipeline = fn('get-foo', [
  { name: 'a', type: 'object', parameterSets: { __AllParameterSets: { valueFromPipeline: true } } },
]);
export const valueFromPipelineByPropertyName = fn('get-foo', [
  {
    name: 'foo',
    type: 'object',
    parameterSets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
  },
]);
export const remainingArguments = fn('get-foo', [
  { name: 'a', type: 'object', parameterSets: { __AllParameterSets: { position: 1 } } },
  {
    name: 'foo',
    type: 'object',
    parameterSets: { __AllParameterSets: { valueFromRemainingArguments: true } },
  },
]);
const setsWithRemaining = (defaultParameterSetName?: string): CommandMetadata =>
  fn(
    'get-foo',
    [
      { name: 'a', type: 'object', parameterSets: { set1: { position: 1 } } },
      { name: 'b', type: 'object', parameterSets: { set2: { position: 1 } } },
      {
        name: 'foo',
        type: 'object',
        parameterSets: { __AllParameterSets: { valueFromRemainingArguments: true } },
      },
    ],
    defaultParameterSetName ? { defaultParameterSetName } : {},
  );
export const setsRemainingNoDefault = setsWithRemaining();
export const setsRemainingDefault1 = setsWithRemaining('set1');
export const setsRemainingDefault2 = setsWithRemaining('set2');
export const aliasFooBar = fn('get-foo', [
  {
    name: 'a',
    type: 'object',
    aliases: ['foo', 'bar'],
    parameterSets: { __AllParameterSets: { mandatory: true } },
  },
]);
export const mandatoryAllowNull = fn('get-foo', [
  { name: 'a', type: 'object', allowNull: true, parameterSets: { __AllParameterSets: { mandatory: true } } },
]);
export const mandatoryString = fn('get-foo', [
  { name: 'a', type: 'string', parameterSets: { __AllParameterSets: { mandatory: true } } },
]);
export const mandatoryStringAllowEmpty = fn('get-foo', [
  {
    name: 'a',
    type: 'string',
    allowEmptyString: true,
    parameterSets: { __AllParameterSets: { mandatory: true } },
  },
]);
export const mandatoryStringArray = fn('get-foo', [
  { name: 'a', type: 'string[]', parameterSets: { __AllParameterSets: { mandatory: true } } },
]);
export const mandatoryStringArrayAllowEmpty = fn('get-foo', [
  {
    name: 'a',
    type: 'string[]',
    allowEmptyCollection: true,
    parameterSets: { __AllParameterSets: { mandatory: true } },
  },
]);
export const pipelineIntAndLength = fn('get-foo', [
  { name: 'Parameter1', type: 'int', parameterSets: { __AllParameterSets: { valueFromPipeline: true } } },
  {
    name: 'Length',
    type: 'int',
    parameterSets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
  },
]);
export const mandatoryPipelineWithBool = fn('get-foo', [
  {
    name: 'a',
    type: 'object',
    parameterSets: { __AllParameterSets: { mandatory: true, position: 0, valueFromPipeline: true } },
  },
  { name: 'b', type: 'bool' },
]);
export const boolArray = fn('get-foo', [{ name: 'Parameter', type: 'bool[]' }]);
export const validateRangeP = fn('get-foo', [
  { name: 'p', type: 'object', validation: [{ kind: 'ValidateRange', min: 1, max: 42 }] },
]);
export const validateScriptCustom = fn('get-fooi', [
  {
    name: 'p',
    type: 'object',
    validation: [
      {
        kind: 'ValidateScript',
        id: 'gt2',
        scriptText: '$_ -gt 2',
        errorMessage: "Item '{0}' failed '{1}' validation",
      },
    ],
  },
]);
export const validatePatternCustom = fn('get-fooj', [
  {
    name: 'p',
    type: 'object',
    validation: [{ kind: 'ValidatePattern', pattern: '\\s+', errorMessage: "Item '{0}' failed '{1}' regex" }],
  },
]);
export const validateSetCustom = fn('get-fook', [
  {
    name: 'p',
    type: 'object',
    validation: [
      {
        kind: 'ValidateSet',
        values: ['A', 'B', 'C'],
        ignoreCase: false,
        errorMessage: "Item '{0}' is not in '{1}'",
      },
    ],
  },
]);

// BooleanParameterDCR.Tests.ps1
export const parserTestSwitchCmdlet = fn('ParserTestSwitchCmdlet', [{ name: 'switchParam', type: 'switch' }]);
export const parserTestBoolCmdlet2 = fn('ParserTestBoolCmdlet2', [{ name: 'First', type: 'bool' }]);

// Validation attribute tables (test/powershell/Language/Scripting/ValidateAttributes.Tests.ps1 shapes)
export const validated = fn('Test-Validate', [
  { name: 'Color', type: 'string', validation: [{ kind: 'ValidateSet', values: ['Red', 'Green', 'Blue'] }] },
  {
    name: 'Exact',
    type: 'string',
    validation: [{ kind: 'ValidateSet', values: ['Red', 'Green'], ignoreCase: false }],
  },
  { name: 'Count', type: 'int', validation: [{ kind: 'ValidateRange', min: 1, max: 10 }] },
  { name: 'Positive', type: 'int', validation: [{ kind: 'ValidateRange', rangeKind: 'Positive' }] },
  { name: 'NonNegative', type: 'int', validation: [{ kind: 'ValidateRange', rangeKind: 'NonNegative' }] },
  { name: 'Code', type: 'string', validation: [{ kind: 'ValidatePattern', pattern: '^[a-z]{3}\\d$' }] },
  {
    name: 'CaseCode',
    type: 'string',
    validation: [{ kind: 'ValidatePattern', pattern: '^[a-z]+$', ignoreCase: false }],
  },
  { name: 'Short', type: 'string', validation: [{ kind: 'ValidateLength', min: 2, max: 5 }] },
  { name: 'Untyped', type: 'object', validation: [{ kind: 'ValidateLength', min: 2, max: 5 }] },
  { name: 'Pair', type: 'string[]', validation: [{ kind: 'ValidateCount', min: 2, max: 2 }] },
  { name: 'Some', type: 'string[]', validation: [{ kind: 'ValidateCount', min: 1, max: 3 }] },
  { name: 'NotNull', type: 'object', validation: [{ kind: 'ValidateNotNull' }] },
  { name: 'NotEmpty', type: 'object', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
  { name: 'Names', type: 'string[]', validation: [{ kind: 'ValidateSet', values: ['a', 'b'] }] },
  { name: 'NotBlank', type: 'object', validation: [{ kind: 'ValidateNotNullOrWhiteSpace' }] },
  { name: 'CountAny', type: 'object', validation: [{ kind: 'ValidateCount', min: 1, max: 2 }] },
]);

/** A cmdlet with positional parameters in two sets (positional passes, set resolution). */
export const numberOrText = fn(
  'Test-NumberOrText',
  [
    { name: 'Number', type: 'int', parameterSets: { A: { position: 0 } } },
    { name: 'Text', type: 'string', parameterSets: { B: { position: 0 } } },
  ],
  { defaultParameterSetName: 'A' },
);

/** Measure-Lines-like: LiteralPath in two sets, -All mandatory in one (resolution by mandatory parameters). */
export const measureLines = fn('Measure-Lines', [
  {
    name: 'Path',
    type: 'string[]',
    parameterSets: {
      Path: { mandatory: true, position: 0, valueFromPipeline: true },
      PathAll: { mandatory: true, position: 0, valueFromPipeline: true },
    },
  },
  {
    name: 'LiteralPath',
    type: 'string[]',
    parameterSets: {
      LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true },
      LiteralPathAll: { mandatory: true, valueFromPipelineByPropertyName: true },
    },
  },
  {
    name: 'All',
    type: 'switch',
    parameterSets: { PathAll: { mandatory: true }, LiteralPathAll: { mandatory: true } },
  },
]);

/** Two sets with only optional parameters and no default set. */
export const twoOptionalSets = fn('Test-TwoSets', [
  { name: 'First', type: 'string', parameterSets: { One: {} } },
  { name: 'Second', type: 'string', parameterSets: { Two: {} } },
]);

/** Automatic positions (no Position anywhere): non-switch parameters get 0, 1, ... */
export const autoPositions = fn('Test-Auto', [
  { name: 'Name', type: 'string' },
  { name: 'Force', type: 'switch' },
  { name: 'Count', type: 'int' },
]);
export const autoPositionsOff = fn(
  'Test-AutoOff',
  [
    { name: 'Name', type: 'string' },
    { name: 'Count', type: 'int' },
  ],
  {
    positionalBinding: false,
  },
);

// Simple (non-advanced) functions: `function foo ($a, $b)` and a script without parameters.
export const simpleAB = fn(
  'foo',
  [
    { name: 'a', type: 'object' },
    { name: 'b', type: 'object' },
  ],
  { cmdletBinding: false },
);
export const simpleNoParams = fn('script', [], { cmdletBinding: false });
export const simpleString = fn('Join-It', [{ name: 'Text', type: 'string' }], { cmdletBinding: false });

/** A SupportsShouldProcess cmdlet with an enum parameter. */
export const setThing = {
  name: 'Set-Thing',
  commandType: 'Cmdlet',
  supportsShouldProcess: true,
  parameters: [
    {
      name: 'Identity',
      type: 'string',
      parameterSets: { __AllParameterSets: { mandatory: true, position: 0 } },
    },
    { name: 'Mode', type: 'ThingMode', enumValues: ['Automatic', 'Manual', 'Mixed'] },
    { name: 'Enabled', type: 'bool' },
    { name: 'Count', type: 'int' },
    { name: 'Tags', type: 'string[]' },
    { name: 'Confirmed', type: 'switch' },
  ],
} as const satisfies CommandMetadata;
