// Class member errors PowerShell 7.4 reports while parsing (Parser.cs ClassMemberRule, MethodDeclarationRule).
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

function errorsOf(source: string): [string, string, number][] {
  return parse(source).errors.map((e) => [e.errorId, e.message, e.extent.startOffset]);
}

describe('class member errors', () => {
  it('accepts static and hidden in any order, once each', () => {
    expect(errorsOf('class C { static hidden [int] $a; hidden static [void] M() { } }')).toEqual([]);
  });

  it('reports a repeated qualifier on the repeat', () => {
    expect(errorsOf('class C { static static $a }')).toEqual([
      ['DuplicateQualifier', "Duplicate 'static' qualifier", 17],
    ]);
    expect(errorsOf('class C { Hidden [int] hidden $a }')).toEqual([
      ['DuplicateQualifier', "Duplicate 'hidden' qualifier", 23],
    ]);
  });

  it('allows one type per member', () => {
    expect(errorsOf('class C { [int] [string] $a }')).toEqual([
      ['TooManyTypes', 'Only one type may be specified on class members.', 16],
    ]);
  });

  it('wants a member after modifiers or attributes', () => {
    expect(errorsOf('class C { static }')).toEqual([
      ['IncompleteMemberDefinition', 'Missing a property name or method definition.', 16],
    ]);
    expect(errorsOf('class C {\n  [int]\n}')).toEqual([
      ['IncompleteMemberDefinition', 'Missing a property name or method definition.', 17],
    ]);
  });

  it('wants a property to end at a newline, a semicolon or the closing brace', () => {
    expect(errorsOf('class C { $a = 1; $b\n $c }')).toEqual([]);
    expect(errorsOf('class C { [int] $a b() { } }')).toEqual([
      ['MissingPropertyTerminator', "Missing ';' or end-of-line in property definition.", 18],
    ]);
  });

  it("reads a method without '(' as one without parameters", () => {
    const { ast, errors } = parse('class C { M { 1 } }');
    expect(errors.map((e) => [e.errorId, e.message, e.extent.startOffset])).toEqual([
      ['MissingMethodParameterList', "Missing '(' in class method parameter list.", 11],
    ]);
    const type = ast.endBlock?.statements[0];
    expect(type?.type === 'TypeDefinitionAst' && type.members[0]?.type).toBe('FunctionMemberAst');
  });

  it('has no public or private modifiers (pwsh 7.4 is built without them): they name a method', () => {
    expect(errorsOf('class C { public [int] $a }')[0]).toEqual([
      'MissingMethodParameterList',
      "Missing '(' in class method parameter list.",
      16,
    ]);
  });

  // PowerShell's own parse-time cases (test/powershell/Language/Classes: BasicParsing and enums tests, the ones not
  // marked -SkipAndCheckRuntimeError): every error id and start offset, in order.
  const table: [string, string[], number[]][] = [
    ['class', ['MissingNameAfterKeyword'], [5]],
    ['class foo', ['MissingTypeBody'], [9]],
    ['class foo {', ['MissingEndCurlyBrace'], [11]],
    ['class foo { [int] }', ['IncompleteMemberDefinition'], [17]],
    ['class foo { $private: }', ['InvalidVariableReference'], [12]],
    ['class foo { [int]$global: }', ['InvalidVariableReference'], [17]],
    ['class foo { [Attr()] }', ['IncompleteMemberDefinition'], [20]],
    ['class foo { [int][string]$x; }', ['TooManyTypes'], [17]],
    ['class foo { static static $x; }', ['DuplicateQualifier'], [19]],
    ['class C : B', ['MissingTypeBody'], [11]],
    ['Class foo { q(){} w(){}', ['MissingEndCurlyBrace'], [11]],
    ['enum', ['MissingNameAfterKeyword'], [4]],
    ['enum foo', ['MissingTypeBody'], [8]],
    ['enum foo {', ['MissingEndCurlyBrace'], [10]],
    ['enum foo { x = }', ['ExpectedValueExpression'], [14]],
    ['enum foo { x =', ['ExpectedValueExpression', 'MissingEndCurlyBrace'], [14, 10]],
    ['enum foo { a;b;c;', ['MissingEndCurlyBrace'], [10]],
    ['enum foo : string { a }', ['InvalidUnderlyingType'], [11]],
  ];
  for (const [source, ids, offsets] of table) {
    it(`${JSON.stringify(source)} -> ${ids.join(',')} at ${offsets.join(',')}`, () => {
      const errors = parse(source).errors;
      expect(errors.map((e) => e.errorId)).toEqual(ids);
      expect(errors.map((e) => e.extent.startOffset)).toEqual(offsets);
    });
  }

  it('wants each enum member on its own line or after a semicolon, its value on the same line', () => {
    expect(errorsOf('enum E { A B }')).toEqual([
      ['MissingPropertyTerminator', "Missing ';' or end-of-line in property definition.", 10],
    ]);
    expect(errorsOf('enum E : long {\n  A = 1; B = 2\n  C\n}')).toEqual([]);
    expect(errorsOf('enum E {\n  A =\n  1\n}')[0]?.[0]).toBe('ExpectedValueExpression');
    expect(parse('enum E : System.String { A }').errors[0]?.message).toBe(
      "'System.String' is not a valid underlying type for enums. Expected a builtin integral type (one of byte," +
        ' sbyte, short, ushort, int, uint, long or ulong)',
    );
  });

  it('ends the enum at the first thing that is not a member name: members take no attributes', () => {
    expect(errorsOf('enum E { A; 1 }').map((e) => [e[0], e[2]])).toEqual([
      ['MissingEndCurlyBrace', 8],
      ['UnexpectedToken', 14],
    ]);
    expect(errorsOf('enum E { [Flags()] A }')[0]?.slice(0, 1)).toEqual(['MissingEndCurlyBrace']);
    const { ast, errors } = parse('enum Status { Active = 1; Disabled\n Unknown }');
    expect(errors).toEqual([]);
    const type = ast.endBlock?.statements[0];
    expect(type?.type === 'TypeDefinitionAst' && type.members.map((m) => [m.name, m.extent.text])).toEqual([
      ['Active', 'Active = 1;'],
      ['Disabled', 'Disabled'],
      ['Unknown', 'Unknown'],
    ]);
  });

  it('takes no semicolon after a method (PowerShell issue #2779, with the positions it shows)', () => {
    expect(errorsOf('class Foo {a() {}; b() {}}').map((e) => [e[0], e[2]])).toEqual([
      ['MissingEndCurlyBrace', 11],
      ['ExpectedExpression', 21],
      ['UnexpectedToken', 25],
    ]);
    expect(errorsOf('class Foo { $a; $b = 1;; a() {}\n b() {} }')).toEqual([]);
  });

  it('skips to the closing brace after a method it cannot read', () => {
    expect(errorsOf('class C { M }').map((e) => e[0])).toEqual([
      'MissingMethodParameterList',
      'MissingFunctionBody',
    ]);
  });
});
