// Parameter sets, positional passes, switches and automatic positions.
import * as c from '../support/commands.js';
import { messages as m, type BindCase } from '../support/cases.js';

export const setCases: readonly BindCase[] = [
  {
    name: 'f 5 binds Number (default set, exact type)',
    command: c.numberOrText,
    line: '5',
    expect: { set: 'A', bound: { Number: 5 } },
  },
  {
    name: "f '5' binds Text (set B wins before coercion)",
    command: c.numberOrText,
    line: "'5'",
    expect: { set: 'B', bound: { Text: '5' } },
  },
  {
    name: 'f abc binds Text',
    command: c.numberOrText,
    line: 'abc',
    expect: { set: 'B', bound: { Text: 'abc' } },
  },
  {
    name: 'f 5.5 coerces into Number (default set first)',
    command: c.numberOrText,
    line: '5.5',
    expect: { set: 'A', bound: { Number: 6 } },
  },
  { name: 'no arguments: default set A', command: c.numberOrText, line: '', expect: { set: 'A', bound: {} } },
  {
    name: 'named Text selects B',
    command: c.numberOrText,
    line: '-Text x',
    expect: { set: 'B', bound: { Text: 'x' } },
  },
  {
    name: 'Number and Text together: AmbiguousParameterSet',
    command: c.numberOrText,
    line: '-Number 1 -Text x',
    expect: { errorId: 'AmbiguousParameterSet', message: m.ambiguousSet },
  },
  {
    name: 'Write-Error hello binds Message',
    command: c.writeError,
    line: 'hello',
    expect: { set: 'NoException', bound: { Message: 'hello' } },
  },
  {
    name: 'Write-Error -Msg alias',
    command: c.writeError,
    line: '-Msg hi',
    expect: { set: 'NoException', bound: { Message: 'hi' } },
  },
  {
    name: 'Write-Error -Exception x -Message m: WithException',
    command: c.writeError,
    line: '-Exception x -Message m',
    expect: { set: 'WithException', bound: { Exception: 'x', Message: 'm' } },
  },
  {
    name: 'Write-Error -Category only: NoException, Message missing',
    command: c.writeError,
    line: '-Category x',
    expect: { errorId: 'MissingMandatoryParameter', message: m.missingMandatory(' Message') },
  },
  {
    name: 'Write-Error -Exception and -ErrorRecord: AmbiguousParameterSet',
    command: c.writeError,
    line: '-Exception x -ErrorRecord y',
    expect: { errorId: 'AmbiguousParameterSet' },
  },
  {
    name: 'Measure-Lines -LiteralPath x resolves to LiteralPath by mandatory parameters',
    command: c.measureLines,
    line: '-LiteralPath x',
    expect: { set: 'LiteralPath', bound: { LiteralPath: ['x'] } },
  },
  {
    name: 'Measure-Lines -All without input: AmbiguousParameterSet, not a prompt',
    command: c.measureLines,
    line: '-All',
    expect: { errorId: 'AmbiguousParameterSet', message: m.ambiguousSet },
  },
  {
    name: 'Measure-Lines x -All: PathAll',
    command: c.measureLines,
    line: 'x -All',
    expect: { set: 'PathAll', bound: { All: true, Path: ['x'] } },
  },
  {
    name: 'Measure-Lines -All with pipeline input pending: no error yet',
    command: c.measureLines,
    line: '-All',
    expectingInput: true,
    expect: { bound: { All: true } },
  },
  {
    name: 'two optional sets without a default: AmbiguousParameterSet',
    command: c.twoOptionalSets,
    line: '',
    expect: { errorId: 'AmbiguousParameterSet', message: m.ambiguousSet },
  },
  {
    name: 'two optional sets: -First picks One',
    command: c.twoOptionalSets,
    line: '-First x',
    expect: { set: 'One', bound: { First: 'x' } },
  },
  {
    name: 'automatic positions skip switches',
    command: c.autoPositions,
    line: 'n 3',
    expect: { bound: { Name: 'n', Count: 3 } },
  },
  {
    name: 'automatic positions: switch then positionals',
    command: c.autoPositions,
    line: '-Force n 3',
    expect: { bound: { Force: true, Name: 'n', Count: 3 } },
  },
  {
    name: 'automatic positions: too many arguments',
    command: c.autoPositions,
    line: 'n 3 extra',
    expect: { errorId: 'PositionalParameterNotFound', message: m.positional('extra') },
  },
  {
    name: 'PositionalBinding=$false: no positions',
    command: c.autoPositionsOff,
    line: 'n',
    expect: { errorId: 'PositionalParameterNotFound', message: m.positional('n') },
  },
  {
    name: 'switch never consumes the next argument: -s $false',
    command: c.parserTestSwitchCmdlet,
    line: '-switchParam $false',
    expect: { errorId: 'PositionalParameterNotFound', message: m.positional('False') },
  },
  {
    name: 'switch prefix',
    command: c.parserTestSwitchCmdlet,
    line: '-sw',
    expect: { bound: { switchParam: true } },
  },
  {
    name: 'Set-Thing positional Identity',
    command: c.setThing,
    line: 'box',
    expect: { bound: { Identity: 'box' } },
  },
  {
    name: 'Set-Thing enum by prefix',
    command: c.setThing,
    line: 'box -Mode man',
    expect: { bound: { Mode: 'Manual', Identity: 'box' } },
  },
  {
    name: 'Set-Thing ambiguous enum prefix',
    command: c.setThing,
    line: 'box -Mode M',
    expect: {
      errorId: 'CannotConvertArgumentNoMessage',
      message:
        'Cannot bind parameter \'Mode\'. Cannot convert value "M" to type "ThingMode". Error: "The identifier name M cannot be processed because it is either too similar or identical to the following enumerator names: Manual, Mixed. Use a more specific identifier name."',
    },
  },
  {
    name: 'Set-Thing missing mandatory Identity',
    command: c.setThing,
    line: '-Mode Automatic',
    expect: { errorId: 'MissingMandatoryParameter', message: m.missingMandatory(' Identity') },
  },
  {
    name: 'Set-Thing -Enabled $true',
    command: c.setThing,
    line: 'box -Enabled $true',
    expect: { bound: { Enabled: true, Identity: 'box' } },
  },
  {
    name: "Set-Thing -Enabled 'yes' on a cmdlet: CannotConvertArgument",
    command: c.setThing,
    line: "box -Enabled 'yes'",
    expect: {
      errorId: 'CannotConvertArgument',
      message:
        "Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'Enabled'. ",
    },
  },
  {
    name: 'Set-Thing -Tags a,b,c with -Count',
    command: c.setThing,
    line: 'box -Tags a,b,c -Count 3',
    expect: { bound: { Tags: ['a', 'b', 'c'], Count: 3, Identity: 'box' } },
  },
  {
    name: 'simple function: foo a b binds by automatic positions',
    command: c.simpleAB,
    line: 'a b',
    expect: { bound: { a: 'a', b: 'b' }, args: [] },
  },
  {
    name: 'simple function: extra values go to $args',
    command: c.simpleAB,
    line: '1 2 3 4',
    expect: { bound: { a: 1, b: 2 }, args: [3, 4] },
  },
  {
    name: 'simple function: unknown -names go to $args as typed',
    command: c.simpleNoParams,
    line: '4 -5 6 -blah foo -bar',
    expect: { bound: {}, args: [4, -5, 6, '-blah', 'foo', '-bar'] },
  },
  {
    name: 'simple function: no common parameters (-Verbose is $args)',
    command: c.simpleNoParams,
    line: '-Verbose',
    expect: { bound: {}, args: ['-Verbose'] },
  },
  {
    name: 'simple function: a list to [string] is joined with $OFS',
    command: c.simpleString,
    line: 'a,b,c',
    expect: { bound: { Text: 'a b c' } },
  },
  {
    name: 'simple function: named parameter still needs its argument',
    command: c.simpleAB,
    line: '-a',
    expect: { errorId: 'MissingArgument', message: m.missingArgument('a', 'System.Object') },
  },
  {
    name: 'positional conversion failure on a cmdlet is rethrown when nothing else takes it',
    command: {
      name: 'Get-Number',
      commandType: 'Cmdlet',
      parameters: [{ name: 'N', type: 'int', parameterSets: { __AllParameterSets: { position: 0 } } }],
    },
    line: 'abc',
    expect: { errorId: 'CannotConvertArgumentNoMessage' },
  },
  {
    name: 'a later successful positional bind clears the remembered conversion failure',
    command: {
      name: 'Get-Numbers',
      commandType: 'Cmdlet',
      parameters: [
        { name: 'N', type: 'int', parameterSets: { __AllParameterSets: { position: 0 } } },
        { name: 'M', type: 'int', parameterSets: { __AllParameterSets: { position: 1 } } },
      ],
    },
    line: 'abc 5',
    expect: { errorId: 'PositionalParameterNotFound', message: m.positional('abc') },
  },
  {
    name: 'the value after an unknown colon-form -q:1 is skipped by positional binding',
    command: c.remainingArguments,
    line: '-q:1 d',
    expect: { bound: { foo: ['-q:', 1, 'd'] } },
  },
  {
    name: 'commandKind Function turns a cmdlet conversion failure into ParameterArgumentTransformationError',
    command: c.outString,
    line: '-Width abc',
    commandKind: 'Function',
    expect: {
      errorId: 'ParameterArgumentTransformationError',
      source: 'Microsoft.PowerShell.Commands.OutStringCommand',
      message:
        'Cannot process argument transformation on parameter \'Width\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."',
    },
  },
  {
    name: 'commandKind Cmdlet on a function: CannotConvertArgumentNoMessage',
    command: c.testSingleIntParameter,
    line: "-Parameter1 'dookie'",
    commandKind: 'Cmdlet',
    expect: { errorId: 'CannotConvertArgumentNoMessage' },
  },
];
