// Cases transcribed from PowerShell's test/powershell/engine/ParameterBinding and Language/Scripting tests.
import * as c from '../support/commands.js';
import { messages as m, type BindCase } from '../support/cases.js';

export const engineCases: readonly BindCase[] = [
  // engine/ParameterBinding/ParameterBinding.Tests.ps1
  {
    name: 'two parameters with the same position: AmbiguousPositionalParameterNoName',
    command: c.testPositionalBinding1,
    line: '1',
    expect: {
      errorId: 'AmbiguousPositionalParameterNoName',
      message: 'Cannot bind positional parameters because no names were given.',
    },
  },
  {
    name: 'same position is only an error when positional arguments exist',
    command: c.testPositionalBinding1,
    line: '-Parameter1 1',
    expect: { set: '__AllParameterSets', bound: { Parameter1: 1 } },
  },
  {
    name: '$null to a mandatory [string] in a script is an empty string',
    command: c.testAllowNullAttributes,
    line: '-Parameter2 1 -Parameter3 $null -ShowMe 1',
    expect: {
      errorId: 'ParameterArgumentValidationErrorEmptyStringNotAllowed',
      message: m.emptyString('Parameter3'),
      category: 'InvalidData',
    },
  },
  {
    name: 'a [bool] parameter after a string parameter: MissingArgument',
    command: c.testNamedWithBoolishArgument,
    line: '-Parameter2 -Parameter1',
    expect: { errorId: 'MissingArgument', message: m.missingArgument('Parameter2', 'System.String') },
  },
  {
    name: 'unspecified switch is absent',
    command: c.testSingleSwitchParameter,
    line: '',
    expect: { bound: {} },
  },
  {
    name: 'bool -Parameter1:1 is true',
    command: c.testSingleBoolParameter,
    line: '-Parameter1:1',
    expect: { bound: { Parameter1: true } },
  },
  {
    name: "'dookie' to [int] in a function: ParameterArgumentTransformationError",
    command: c.testSingleIntParameter,
    line: "-Parameter1 'dookie'",
    expect: {
      errorId: 'ParameterArgumentTransformationError',
      category: 'InvalidData',
      message:
        'Cannot process argument transformation on parameter \'Parameter1\'. Cannot convert value "dookie" to type "System.Int32". Error: "The input string \'dookie\' was not in a correct format."',
    },
  },
  {
    name: 'WhatIf is available with SupportsShouldProcess',
    command: c.testSupportsShouldProcess2,
    line: '-Whatif',
    expect: { bound: { WhatIf: true }, common: { whatIf: true } },
  },
  {
    name: 'a parameter named WhatIf is fine without SupportsShouldProcess',
    command: c.testDynamicParameters3,
    line: '-Parameter1 1',
    expect: { set: 'one', bound: { Parameter1: 1 } },
  },
  {
    name: 'an int binds to [array] as a one-element array',
    command: c.testCollectionBinding1,
    line: '-Parameter1 1',
    expect: { bound: { Parameter1: [1] } },
  },
  {
    name: 'an int list to [int[]]',
    command: c.testCollectionBinding1,
    line: '-Parameter2 1,2,3',
    expect: { bound: { Parameter2: [1, 2, 3] } },
  },
  {
    name: 'strings to [int[]] are converted element by element',
    command: c.testCollectionBinding1,
    line: "-Parameter2 '1','2'",
    expect: { bound: { Parameter2: [1, 2] } },
  },
  // Language/Scripting/ParameterBinding.Tests.ps1
  {
    name: 'positional parameter of an advanced function',
    command: c.cmdletBindingA,
    line: 'a',
    expect: { bound: { a: 'a' } },
  },
  {
    name: 'named parameter of an advanced function',
    command: c.cmdletBindingA,
    line: '-a b',
    expect: { bound: { a: 'b' } },
  },
  {
    name: 'only one position specified: position = 1',
    command: c.position1,
    line: 'b',
    expect: { bound: { a: 'b' } },
  },
  {
    name: 'only one position specified: position = 2',
    command: c.position2,
    line: 'b',
    expect: { bound: { a: 'b' } },
  },
  {
    name: 'multiple positional: c d',
    command: c.positionsAB,
    line: 'c d',
    expect: { bound: { a: 'c', b: 'd' } },
  },
  {
    name: 'multiple positional: -a c d',
    command: c.positionsAB,
    line: '-a c d',
    expect: { bound: { a: 'c', b: 'd' } },
  },
  {
    name: 'multiple positional: -a c -b d',
    command: c.positionsAB,
    line: '-a c -b d',
    expect: { bound: { a: 'c', b: 'd' } },
  },
  {
    name: 'multiple positional: -b d c',
    command: c.positionsAB,
    line: '-b d c',
    expect: { bound: { b: 'd', a: 'c' } },
  },
  {
    name: 'multiple positional: c -b d',
    command: c.positionsAB,
    line: 'c -b d',
    expect: { bound: { b: 'd', a: 'c' } },
  },
  {
    name: 'positions out of declaration order',
    command: c.positionsBA,
    line: 'c d',
    expect: { bound: { b: 'c', a: 'd' } },
  },
  {
    name: 'value from remaining arguments: a b c d',
    command: c.remainingArguments,
    line: 'a b c d',
    expect: { bound: { a: 'a', foo: ['b', 'c', 'd'] } },
  },
  {
    name: 'value from remaining arguments: a b -a c d',
    command: c.remainingArguments,
    line: 'a b -a c d',
    expect: { bound: { a: 'c', foo: ['a', 'b', 'd'] } },
  },
  {
    name: 'value from remaining arguments keeps unknown -q',
    command: c.remainingArguments,
    line: 'a b -a c -q d',
    expect: { bound: { a: 'c', foo: ['a', 'b', '-q', 'd'] } },
  },
  {
    name: 'remaining arguments with one list argument binds the list',
    command: c.remainingArguments,
    line: '-a x 1,2,3',
    expect: { bound: { a: 'x', foo: [1, 2, 3] } },
  },
  {
    name: 'sets with remaining arguments: -a a -b b c d is AmbiguousParameterSet',
    command: c.setsRemainingNoDefault,
    line: '-a a -b b c d',
    expect: { errorId: 'AmbiguousParameterSet', message: m.ambiguousSet },
  },
  {
    name: 'sets with remaining arguments: -a a b c d',
    command: c.setsRemainingNoDefault,
    line: '-a a b c d',
    expect: { set: 'set1', bound: { a: 'a', foo: ['b', 'c', 'd'] } },
  },
  {
    name: 'sets with remaining arguments: -b b a c d',
    command: c.setsRemainingNoDefault,
    line: '-b b a c d',
    expect: { set: 'set2', bound: { b: 'b', foo: ['a', 'c', 'd'] } },
  },
  {
    name: 'default set1 with remaining arguments: a b c d',
    command: c.setsRemainingDefault1,
    line: 'a b c d',
    expect: { set: 'set1', bound: { a: 'a', foo: ['b', 'c', 'd'] } },
  },
  {
    name: 'default set2 with remaining arguments: a b c d',
    command: c.setsRemainingDefault2,
    line: 'a b c d',
    expect: { set: 'set2', bound: { b: 'a', foo: ['b', 'c', 'd'] } },
  },
  { name: 'alias -foo', command: c.aliasFooBar, line: '-foo b', expect: { bound: { a: 'b' } } },
  { name: 'alias -bar', command: c.aliasFooBar, line: '-bar b', expect: { bound: { a: 'b' } } },
  {
    name: 'null is not allowed without AllowNull',
    command: c.mandatoryA,
    line: '-a $null',
    expect: { errorId: 'ParameterArgumentValidationErrorNullNotAllowed', message: m.isNull('a') },
  },
  {
    name: 'null is allowed with AllowNull',
    command: c.mandatoryAllowNull,
    line: '-a $null',
    expect: { bound: { a: null } },
  },
  {
    name: 'empty string is not allowed without AllowEmptyString',
    command: c.mandatoryString,
    line: "-a ''",
    expect: { errorId: 'ParameterArgumentValidationErrorEmptyStringNotAllowed', message: m.emptyString('a') },
  },
  {
    name: 'empty string is allowed with AllowEmptyString',
    command: c.mandatoryStringAllowEmpty,
    line: "-a ''",
    expect: { bound: { a: '' } },
  },
  {
    name: 'empty collection is not allowed without AllowEmptyCollection',
    command: c.mandatoryStringArray,
    line: '-a @()',
    expect: { errorId: 'ParameterArgumentValidationErrorEmptyArrayNotAllowed', message: m.emptyArray('a') },
  },
  {
    name: 'empty collection is allowed with AllowEmptyCollection',
    command: c.mandatoryStringArrayAllowEmpty,
    line: '-a @()',
    expect: { bound: { a: [] } },
  },
  {
    name: 'mandatory parameter missing in a non-interactive host',
    command: c.mandatoryA,
    line: '',
    expect: { errorId: 'MissingMandatoryParameter', message: m.missingMandatory(' a') },
  },
  {
    name: 'strings to [bool[]] in an advanced function: ParameterArgumentTransformationError',
    command: c.boolArray,
    line: "'a','b'",
    expect: { errorId: 'ParameterArgumentTransformationError' },
  },
  {
    name: 'validation does not run on unbound parameters',
    command: c.validateRangeP,
    line: '',
    expect: { bound: {} },
  },
  {
    name: 'ValidateScript custom ErrorMessage',
    command: c.validateScriptCustom,
    line: '-p 2',
    expect: {
      errorId: 'ParameterArgumentValidationError',
      message: "Cannot validate argument on parameter 'p'. Item '2' failed '$_ -gt 2' validation",
    },
  },
  {
    name: 'ValidateScript passing',
    command: c.validateScriptCustom,
    line: '-p 3',
    expect: { bound: { p: 3 } },
  },
  {
    name: 'ValidatePattern custom ErrorMessage',
    command: c.validatePatternCustom,
    line: '-p 2',
    expect: {
      errorId: 'ParameterArgumentValidationError',
      message: "Cannot validate argument on parameter 'p'. Item '2' failed '\\s+' regex",
    },
  },
  {
    name: 'ValidateSet custom ErrorMessage (list separator ,)',
    command: c.validateSetCustom,
    line: '-p 2',
    expect: {
      errorId: 'ParameterArgumentValidationError',
      message: "Cannot validate argument on parameter 'p'. Item '2' is not in 'A,B,C'",
    },
  },
  {
    name: 'ValidateSet IgnoreCase=$false rejects other casing',
    command: c.validateSetCustom,
    line: '-p a',
    expect: {
      errorId: 'ParameterArgumentValidationError',
      message: "Cannot validate argument on parameter 'p'. Item 'a' is not in 'A,B,C'",
    },
  },
  // BooleanParameterDCR.Tests.ps1
  {
    name: 'switch:0 is false',
    command: c.parserTestSwitchCmdlet,
    line: '-switchParam:0',
    expect: { bound: { switchParam: false } },
  },
  {
    name: 'switch:0.00 is false',
    command: c.parserTestSwitchCmdlet,
    line: '-switchParam:0.0',
    expect: { bound: { switchParam: false } },
  },
  {
    name: 'switch:$true is true',
    command: c.parserTestSwitchCmdlet,
    line: '-switchParam:$true',
    expect: { bound: { switchParam: true } },
  },
  {
    name: 'switch:$false is false',
    command: c.parserTestSwitchCmdlet,
    line: '-switchParam:$false',
    expect: { bound: { switchParam: false } },
  },
  {
    name: 'bool positional 0',
    command: c.parserTestBoolCmdlet2,
    line: '0',
    expect: { bound: { First: false } },
  },
  {
    name: 'bool -First:0',
    command: c.parserTestBoolCmdlet2,
    line: '-First:0',
    expect: { bound: { First: false } },
  },
  {
    name: 'bool -First 0',
    command: c.parserTestBoolCmdlet2,
    line: '-First 0',
    expect: { bound: { First: false } },
  },
  {
    name: 'bool positional 1.28',
    command: c.parserTestBoolCmdlet2,
    line: '1.28',
    expect: { bound: { First: true } },
  },
  {
    name: 'bool positional -2.32',
    command: c.parserTestBoolCmdlet2,
    line: '-2.32',
    expect: { bound: { First: true } },
  },
  {
    name: 'bool alone at the end: MissingArgument',
    command: c.parserTestBoolCmdlet2,
    line: '-First',
    expect: { errorId: 'MissingArgument', message: m.missingArgument('First', 'System.Boolean') },
  },
  {
    name: "switch:'yes' in a function: transformation error",
    command: c.parserTestSwitchCmdlet,
    line: "-switchParam:'yes'",
    expect: {
      errorId: 'ParameterArgumentTransformationError',
      message:
        'Cannot process argument transformation on parameter \'switchParam\'. Cannot convert value "System.String" to type "System.Management.Automation.SwitchParameter". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
    },
  },
];
