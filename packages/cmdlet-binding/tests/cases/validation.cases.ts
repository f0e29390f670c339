// Validation attributes: ids and English texts from Metadata.resx (ValidateAttributes.Tests.ps1 shapes).
import { validated as v } from '../support/commands.js';
import { messages as m, type BindCase } from '../support/cases.js';

const ok = (name: string, line: string, bound: Record<string, unknown>): BindCase => ({
  name,
  command: v,
  line,
  expect: { bound },
});
const bad = (name: string, line: string, parameter: string, inner: string): BindCase => ({
  name,
  command: v,
  line,
  expect: {
    errorId: 'ParameterArgumentValidationError',
    message: m.validation(parameter, inner),
    category: 'InvalidData',
    parameterName: parameter,
  },
});

const setText = (value: string, set: string) =>
  `The argument "${value}" does not belong to the set "${set}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`;
const patternText = (value: string, pattern: string) =>
  `The argument "${value}" does not match the "${pattern}" pattern. Supply an argument that matches "${pattern}" and try the command again.`;

export const validationCases: readonly BindCase[] = [
  ok('ValidateSet member', '-Color Red', { Color: 'Red' }),
  ok('ValidateSet ignores case by default and keeps the user casing', '-Color rED', { Color: 'rED' }),
  bad('ValidateSet non-member', '-Color Purple', 'Color', setText('Purple', 'Red,Green,Blue')),
  ok('ValidateSet IgnoreCase=$false exact', '-Exact Green', { Exact: 'Green' }),
  bad('ValidateSet IgnoreCase=$false other casing', '-Exact green', 'Exact', setText('green', 'Red,Green')),
  ok('ValidateSet on each element', '-Names a,B', { Names: ['a', 'B'] }),
  bad(
    'ValidateSet on each element: first failing one reported',
    '-Names a,c,d',
    'Names',
    setText('c', 'a,b'),
  ),
  bad(
    'ValidateSet with a regex character is literal',
    '-Color R.d',
    'Color',
    setText('R.d', 'Red,Green,Blue'),
  ),
  ok('ValidateRange inside', '-Count 10', { Count: 10 }),
  ok('ValidateRange lower bound', '-Count 1', { Count: 1 }),
  bad(
    'ValidateRange too small',
    '-Count 0',
    'Count',
    'The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.',
  ),
  bad(
    'ValidateRange too big',
    '-Count 11',
    'Count',
    'The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again.',
  ),
  ok('ValidateRange after conversion from a string', "-Count '7'", { Count: 7 }),
  ok('ValidateRange Positive', '-Positive 1', { Positive: 1 }),
  bad(
    'ValidateRange Positive with 0',
    '-Positive 0',
    'Positive',
    'The argument "0" cannot be validated because its value is not greater than zero.',
  ),
  ok('ValidateRange NonNegative with 0', '-NonNegative 0', { NonNegative: 0 }),
  bad(
    'ValidateRange NonNegative with -1',
    '-NonNegative -1',
    'NonNegative',
    'The argument "-1" cannot be validated because its value is not greater than or equal to zero.',
  ),
  ok('ValidatePattern match', '-Code abc1', { Code: 'abc1' }),
  ok('ValidatePattern ignores case by default', '-Code ABC1', { Code: 'ABC1' }),
  bad('ValidatePattern mismatch', '-Code ab12', 'Code', patternText('ab12', '^[a-z]{3}\\d$')),
  bad('ValidatePattern case-sensitive option', '-CaseCode ABC', 'CaseCode', patternText('ABC', '^[a-z]+$')),
  ok('ValidateLength inside', '-Short abc', { Short: 'abc' }),
  bad(
    'ValidateLength too short',
    '-Short a',
    'Short',
    'The character length (1) of the argument is too short. Specify an argument with a length that is greater than or equal to "2", and then try the command again.',
  ),
  bad(
    'ValidateLength too long',
    '-Short abcdef',
    'Short',
    'The character length (6) of the argument is too long. Specify an argument with a length that is shorter than or equal to "5", and then try the command again.',
  ),
  bad(
    'ValidateLength on a non-string (foo 123)',
    '-Untyped 123',
    'Untyped',
    'The ValidateLength attribute cannot be applied to a parameter that is not a string or string[] parameter. Make the parameter a string or string[] parameter.',
  ),
  ok('ValidateCount exact', '-Pair a,b', { Pair: ['a', 'b'] }),
  bad(
    'ValidateCount exact with one',
    '-Pair a',
    'Pair',
    'The parameter requires exactly 2 value(s) - 1 value(s) were provided.',
  ),
  bad(
    'ValidateCount range with four',
    '-Some a,b,c,d',
    'Some',
    'The parameter requires at least 1 value(s) and no more than 3 value(s) - 4 value(s) were provided.',
  ),
  bad(
    'ValidateCount range with none',
    '-Some @()',
    'Some',
    'The parameter requires at least 1 value(s) and no more than 3 value(s) - 0 value(s) were provided.',
  ),
  ok('ValidateNotNull with a value', '-NotNull 0', { NotNull: 0 }),
  bad(
    'ValidateNotNull with $null',
    '-NotNull $null',
    'NotNull',
    'The argument is null. Provide a valid value for the argument, and then try running the command again.',
  ),
  bad(
    'ValidateNotNull with a null element',
    '-NotNull 1,$null',
    'NotNull',
    'The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again.',
  ),
  bad(
    'ValidateNotNullOrEmpty with an empty string',
    "-NotEmpty ''",
    'NotEmpty',
    'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.',
  ),
  bad(
    'ValidateNotNullOrEmpty with $null',
    '-NotEmpty $null',
    'NotEmpty',
    'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.',
  ),
  bad(
    'ValidateNotNullOrEmpty with an empty array',
    '-NotEmpty @()',
    'NotEmpty',
    'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.',
  ),
  ok('ValidateNotNullOrEmpty with text', '-NotEmpty x', { NotEmpty: 'x' }),
  bad(
    "ValidateSet on a script [string]: $null arrives as ''",
    '-Color $null',
    'Color',
    setText('', 'Red,Green,Blue'),
  ),
  bad(
    'ValidateSet fails on $null (string[] keeps $null)',
    '-Names $null',
    'Names',
    'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.',
  ),
  bad(
    'ValidateNotNullOrEmpty with an empty string element',
    "-NotEmpty a,''",
    'NotEmpty',
    'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.',
  ),
  bad(
    'ValidateNotNullOrWhiteSpace with blanks',
    "-NotBlank '   '",
    'NotBlank',
    'The argument is null, empty, or consists of only white-space characters. Provide an argument that contains non white-space characters, and then try the command again.',
  ),
  bad(
    'ValidateNotNullOrWhiteSpace with a blank element',
    "-NotBlank a,' '",
    'NotBlank',
    'An element of the argument collection is null, empty, or consists of only white-space characters. Supply a collection that does not contain any those values and then try the command again.',
  ),
  bad(
    'ValidateNotNullOrWhiteSpace with $null',
    '-NotBlank $null',
    'NotBlank',
    'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.',
  ),
  ok('ValidateNotNullOrWhiteSpace with text', "-NotBlank ' x '", { NotBlank: ' x ' }),
  bad(
    'ValidateCount on a non-enumerable value',
    '-CountAny 5',
    'CountAny',
    'The ValidateCount attribute cannot be applied to a non-array parameter. Either remove the attribute from the parameter or make the parameter an array parameter.',
  ),
  bad(
    'ValidateCount counts the characters of a string (it is IEnumerable)',
    '-CountAny abc',
    'CountAny',
    'The parameter requires at least 1 value(s) and no more than 2 value(s) - 3 value(s) were provided.',
  ),
  ok('ValidateCount with a two-element list', '-CountAny 1,2', { CountAny: [1, 2] }),
];
