// Common parameters (CommonParameters.Tests.ps1, about_CommonParameters): aliases, prefixes, values, errors.
import {
  getConnectionInformation as gci,
  getVerb,
  getAlias,
  setThing,
  outString,
} from '../support/commands.js';
import type { CommandMetadata } from '../../src/index.js';
import { messages as m, type BindCase } from '../support/cases.js';

const aliasCases: BindCase[] = [
  ['vb', 'Verbose', true],
  ['db', 'Debug', true],
  ['ea Stop', 'ErrorAction', 'Stop'],
  ['wa Ignore', 'WarningAction', 'Ignore'],
  ['infa Continue', 'InformationAction', 'Continue'],
  ['proga SilentlyContinue', 'ProgressAction', 'SilentlyContinue'],
  ['ev errs', 'ErrorVariable', 'errs'],
  ['wv warns', 'WarningVariable', 'warns'],
  ['iv infos', 'InformationVariable', 'infos'],
  ['ov outs', 'OutVariable', 'outs'],
  ['ob 5', 'OutBuffer', 5],
  ['pv item', 'PipelineVariable', 'item'],
].map(([line, name, value]) => ({
  name: `alias -${String(line).split(' ')[0]} is ${String(name)}`,
  command: gci,
  line: `-${String(line)}`,
  expect: { set: 'Default', bound: { [String(name)]: value } },
}));

/** CommonParameters.Tests.ps1: `function get-foo { [CmdletBinding()] param() ... }` and friends. */
const getFoo: CommandMetadata = { name: 'get-foo', commandType: 'Function', parameters: [] };
const getFooShouldProcess: CommandMetadata = { ...getFoo, supportsShouldProcess: true };
const testFunctionWithPath: CommandMetadata = {
  name: 'test-function',
  commandType: 'Function',
  parameters: [{ name: 'path', type: 'string' }],
};

const writeOutput: CommandMetadata = {
  name: 'Write-Output',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.WriteOutputCommand',
  parameters: [
    {
      name: 'InputObject',
      type: 'psobject[]',
      allowNull: true,
      allowEmptyCollection: true,
      parameterSets: {
        __AllParameterSets: {
          mandatory: true,
          position: 0,
          valueFromPipeline: true,
          valueFromRemainingArguments: true,
        },
      },
    },
    { name: 'NoEnumerate', type: 'switch' },
  ],
};
const myHelperFunction: CommandMetadata = {
  name: 'MyHelperFunction',
  commandType: 'Function',
  parameters: [],
};
const testPath: CommandMetadata = {
  name: 'Test-Path',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.TestPathCommand',
  defaultParameterSetName: 'Path',
  parameters: [
    {
      name: 'Path',
      type: 'string[]',
      parameterSets: {
        Path: {
          mandatory: true,
          position: 0,
          valueFromPipeline: true,
          valueFromPipelineByPropertyName: true,
        },
      },
    },
    {
      name: 'LiteralPath',
      type: 'string[]',
      aliases: ['PSPath', 'LP'],
      parameterSets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } },
    },
  ],
};

const scriptCmdletCases: BindCase[] = [
  { name: 'get-foo (no common parameters)', command: getFoo, line: '', expect: { bound: {}, common: {} } },
  {
    name: 'get-foo -debug',
    command: getFoo,
    line: '-debug',
    expect: { bound: { Debug: true }, common: { debug: true } },
  },
  {
    name: 'get-foo -verbose',
    command: getFoo,
    line: '-verbose',
    expect: { bound: { Verbose: true }, common: { verbose: true } },
  },
  {
    name: 'get-foo -erroraction Continue',
    command: getFoo,
    line: '-erroraction Continue',
    expect: { common: { errorAction: 'Continue' } },
  },
  {
    name: 'get-foo -erroraction SilentlyContinue',
    command: getFoo,
    line: '-erroraction SilentlyContinue',
    expect: { common: { errorAction: 'SilentlyContinue' } },
  },
  {
    name: 'get-foo -erroraction Stop',
    command: getFoo,
    line: '-erroraction Stop',
    expect: { common: { errorAction: 'Stop' } },
  },
  {
    name: 'test-function -ProgressAction Ignore',
    command: getFoo,
    line: '-ProgressAction Ignore',
    expect: { common: { progressAction: 'Ignore' } },
  },
  {
    name: 'test-function with $path -ProgressAction Ignore',
    command: testFunctionWithPath,
    line: '-ProgressAction Ignore',
    expect: { bound: { ProgressAction: 'Ignore' }, common: { progressAction: 'Ignore' } },
  },
  {
    name: 'test-function with $path: -p prefers the formal path over ProgressAction/PipelineVariable',
    command: testFunctionWithPath,
    line: '-p x',
    expect: { bound: { path: 'x' } },
  },
  {
    name: 'SupportsShouldProcess get-foo -whatif',
    command: getFooShouldProcess,
    line: '-whatif',
    expect: { common: { whatIf: true } },
  },
  {
    name: 'SupportsShouldProcess get-foo -confirm',
    command: getFooShouldProcess,
    line: '-confirm',
    expect: { common: { confirm: true } },
  },
  {
    name: '-confirm without SupportsShouldProcess is unknown',
    command: getFoo,
    line: '-confirm',
    expect: { errorId: 'NamedParameterNotFound', message: m.notFound('confirm') },
  },
];

export const commonCases: readonly BindCase[] = [
  ...aliasCases,
  ...scriptCmdletCases,
  {
    name: 'ActionPreference accepts a unique prefix (-ErrorAction Ig)',
    command: gci,
    line: '-ErrorAction Ig',
    expect: { bound: { ErrorAction: 'Ignore' }, common: { errorAction: 'Ignore' } },
  },
  {
    name: 'ActionPreference is case-insensitive',
    command: gci,
    line: '-ErrorAction sTOP',
    expect: { bound: { ErrorAction: 'Stop' } },
  },
  {
    name: 'ActionPreference accepts numbers (2 = Continue)',
    command: gci,
    line: '-ErrorAction 2',
    expect: { bound: { ErrorAction: 'Continue' } },
  },
  {
    name: 'ActionPreference Break',
    command: gci,
    line: '-ea Break',
    expect: { common: { errorAction: 'Break' } },
  },
  {
    name: 'ActionPreference Inquire',
    command: gci,
    line: '-wa Inquire',
    expect: { common: { warningAction: 'Inquire' } },
  },
  {
    name: '-ErrorAction S is ambiguous (SilentlyContinue, Stop, Suspend)',
    command: gci,
    line: '-ErrorAction S',
    expect: {
      errorId: 'CannotConvertArgumentNoMessage',
      message:
        'Cannot bind parameter \'ErrorAction\'. Cannot convert value "S" to type "System.Management.Automation.ActionPreference". Error: "The identifier name S cannot be processed because it is either too similar or identical to the following enumerator names: SilentlyContinue, Stop, Suspend. Use a more specific identifier name."',
    },
  },
  {
    name: 'unknown ActionPreference value',
    command: gci,
    line: '-ErrorAction Foo',
    expect: {
      errorId: 'CannotConvertArgumentNoMessage',
      message:
        'Cannot bind parameter \'ErrorAction\'. Cannot convert value "Foo" to type "System.Management.Automation.ActionPreference". Error: "Unable to match the identifier name Foo to a valid enumerator name. Specify one of the following enumerator names and try again:\nSilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend, Break"',
    },
  },
  {
    name: 'enum typo in a common parameter of a function is still CannotConvertArgumentNoMessage',
    command: { name: 'f', commandType: 'Function', parameters: [] },
    line: '-ea Foo',
    expect: { errorId: 'CannotConvertArgumentNoMessage' },
  },
  ...['ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction'].flatMap((name): BindCase[] => [
    {
      name: `-${name} Suspend is refused by the setter (cmdlet, ActionPreference.Tests.ps1)`,
      command: writeOutput,
      line: `-InputObject Test -${name} Suspend`,
      expect: {
        errorId: 'ParameterBindingFailed',
        category: 'WriteError',
        message: `Cannot bind parameter '${name}' to the target. Exception setting "${name}": "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables.""`,
      },
    },
    {
      name: `-${name} Suspend is refused on a function too`,
      command: myHelperFunction,
      line: `-${name} Suspend`,
      expect: { errorId: 'ParameterBindingFailed' },
    },
    {
      name: `-${name} $null throws ParameterBindingFailed (no NRE)`,
      command: testPath,
      line: `.\\noexistfile.ps1 -${name} $null`,
      expect: {
        errorId: 'ParameterBindingFailed',
        message: `Cannot bind parameter '${name}' to the target. Exception setting "${name}": "Cannot convert null to type "System.Management.Automation.ActionPreference"."`,
      },
    },
  ]),
  {
    name: '+name appends (ErrorVariable)',
    command: gci,
    line: '-ErrorVariable +errs',
    expect: { bound: { ErrorVariable: '+errs' }, common: { errorVariable: { name: 'errs', append: true } } },
  },
  {
    name: '+name appends (OutVariable)',
    command: gci,
    line: '-ov +o -wv w',
    expect: {
      common: { outVariable: { name: 'o', append: true }, warningVariable: { name: 'w', append: false } },
    },
  },
  {
    name: 'scope-qualified variable name',
    command: gci,
    line: '-ev global:errs',
    expect: { common: { errorVariable: { name: 'global:errs', append: false } } },
  },
  {
    name: 'drive-qualified variable name is refused',
    command: gci,
    line: '-ErrorVariable env:x',
    expect: {
      errorId: 'ParameterArgumentValidationError',
      message:
        "Cannot validate argument on parameter 'ErrorVariable'. Cannot validate argument 'env:x' because it is not a valid variable name.",
    },
  },
  {
    name: 'OutBuffer is ValidateRange(0, Int32.MaxValue)',
    command: gci,
    line: '-OutBuffer -1',
    expect: {
      errorId: 'ParameterArgumentValidationError',
      message:
        "Cannot validate argument on parameter 'OutBuffer'. The -1 argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.",
    },
  },
  {
    name: 'OutBuffer abc',
    command: gci,
    line: '-OutBuffer abc',
    expect: { errorId: 'CannotConvertArgumentNoMessage' },
  },
  {
    name: '-Verbose:$false is bound with False',
    command: gci,
    line: '-Verbose:$false',
    expect: { bound: { Verbose: false }, common: { verbose: false } },
  },
  {
    name: 'common parameter given twice',
    command: gci,
    line: '-Verbose -vb',
    expect: { errorId: 'ParameterAlreadyBound', message: m.alreadyBound('vb') },
  },
  {
    name: 'formal parameter beats common on a prefix (Get-Verb -Ver)',
    command: getVerb,
    line: '-Ver Get',
    expect: { bound: { Verb: ['Get'] } },
  },
  { name: 'Get-Alias -E is Exclude', command: getAlias, line: '-E x', expect: { bound: { Exclude: ['x'] } } },
  {
    name: 'Get-Alias -D is Definition',
    command: getAlias,
    line: '-D x',
    expect: { set: 'Definition', bound: { Definition: ['x'] } },
  },
  {
    name: 'Get-Verb -Verbose $false: $false lands in Verb',
    command: getVerb,
    line: '-Verbose $false',
    expect: { bound: { Verbose: true, Verb: ['False'] } },
  },
  {
    name: 'WhatIf/Confirm with SupportsShouldProcess',
    command: setThing,
    line: 'x -WhatIf -Confirm:$false',
    expect: {
      bound: { WhatIf: true, Confirm: false, Identity: 'x' },
      common: { whatIf: true, confirm: false },
    },
  },
  {
    name: '-wi and -cf aliases',
    command: setThing,
    line: '-wi -cf x',
    expect: { common: { whatIf: true, confirm: true } },
  },
  {
    name: '-W is ambiguous with WhatIf',
    command: setThing,
    line: '-W x',
    expect: {
      errorId: 'AmbiguousParameter',
      message: m.ambiguous('W', ' -WarningAction -WarningVariable -WhatIf'),
    },
  },
  {
    name: '-Conf prefers the formal Confirmed over the common Confirm',
    command: setThing,
    line: 'x -Conf',
    expect: { bound: { Confirmed: true, Identity: 'x' } },
  },
  {
    name: '-WhatIf does not exist without SupportsShouldProcess',
    command: gci,
    line: '-WhatIf',
    expect: { errorId: 'NamedParameterNotFound', message: m.notFound('WhatIf') },
  },
  {
    name: '-Width abc on a compiled cmdlet: CannotConvertArgumentNoMessage',
    command: outString,
    line: '-Width abc',
    expect: {
      errorId: 'CannotConvertArgumentNoMessage',
      message:
        'Cannot bind parameter \'Width\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."',
    },
  },
  {
    name: "-Stream:'yes' on a compiled cmdlet: CannotConvertArgument",
    command: outString,
    line: "-Stream:'yes'",
    expect: {
      errorId: 'CannotConvertArgument',
      message:
        "Cannot convert 'System.String' to the type 'System.Management.Automation.SwitchParameter' required by parameter 'Stream'. ",
    },
  },
  {
    name: 'a list to a scalar int on a compiled cmdlet: CannotConvertArgument',
    command: outString,
    line: '-Width 1,2',
    expect: {
      errorId: 'CannotConvertArgument',
      message:
        "Cannot convert 'System.Object[]' to the type 'System.Int32' required by parameter 'Width'. Specified method is not supported.",
    },
  },
];
