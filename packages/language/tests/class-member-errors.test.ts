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
});
