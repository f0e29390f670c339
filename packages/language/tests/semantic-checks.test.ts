// Semantic checks outside classes (SemanticChecks.cs): catch clauses, attribute arguments. Tables in
// fixtures/semantic/semantic-check-errors.json; messages and extents here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type TypeResolutionRequest } from '../src/index.js';
import { resolveDotNetType } from './dotnet-types.js';

interface Case {
  source: string;
  errorIds: string[];
  offsets: number[];
  withoutTypes?: boolean;
  from: string;
}

const table = JSON.parse(
  readFileSync(new URL('./fixtures/semantic/semantic-check-errors.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

const errorsOf = (source: string, withoutTypes = false): [string, number][] =>
  parse(source, withoutTypes ? {} : { resolveType: resolveDotNetType }).errors.map((e) => [
    e.errorId,
    e.extent.startOffset,
  ]);

const first = (source: string): { id: string; text: string; message: string } => {
  const e = parse(source, { resolveType: resolveDotNetType }).errors[0];
  return { id: e?.errorId ?? '', text: e?.extent.text ?? '', message: e?.message ?? '' };
};

describe('semantic-check error table', () => {
  for (const c of table.cases) {
    it(`${c.from}: ${c.source}`, () => {
      expect(errorsOf(c.source, c.withoutTypes)).toEqual(c.errorIds.map((id, i) => [id, c.offsets[i]]));
    });
  }
});

describe('AssignmentStatementToAutomaticNotSupported', () => {
  it('is on the whole target, naming the variable as written and its type', () => {
    expect(first('[int][ValidateNotNull()]$PSScriptRoot = 1')).toEqual({
      id: 'AssignmentStatementToAutomaticNotSupported',
      text: '[int][ValidateNotNull()]$PSScriptRoot',
      message: "Cannot assign automatic variable 'PSScriptRoot' with type 'System.String'",
    });
  });

  it('asks the resolver with the using namespaces for other names, and reports nothing it cannot answer', () => {
    const requests: TypeResolutionRequest[] = [];
    const resolveType = (r: TypeResolutionRequest) => {
      requests.push(r);
      return resolveDotNetType(r);
    };
    const source = 'using namespace System.Management.Automation\n[InvocationInfo]$MyInvocation = $null';
    expect(parse(source, { resolveType }).errors).toEqual([]);
    expect(requests).toEqual([
      {
        name: 'InvocationInfo',
        genericArgumentCount: 0,
        isAttribute: false,
        namespaces: ['System.Management.Automation'],
      },
    ]);
    expect(parse('[int]$_ = 1', { resolveType: () => 'unknown' }).errors).toEqual([]);
    const notFound = { resolveType: (): 'notFound' => 'notFound' };
    expect(parse('[Int32]$_ = 1', notFound).errors.map((e) => e.errorId)).toEqual([
      'AssignmentStatementToAutomaticNotSupported',
    ]);
    // The spellings of the automatic variables' own types are known without asking.
    expect(
      parse('[Object]$_ = 1; [System.Management.Automation.InvocationInfo]$MyInvocation = $null', notFound)
        .errors,
    ).toEqual([]);
  });
});

describe('ExceptionTypeAlreadyCaught', () => {
  it('is on the later catch type, naming it by its full name', () => {
    expect(first('try {} catch [Exception] {} catch [IO.FileNotFoundException] {}')).toEqual({
      id: 'ExceptionTypeAlreadyCaught',
      text: '[IO.FileNotFoundException]',
      message: 'Exception type System.IO.FileNotFoundException is already handled by a previous handler.',
    });
    expect(parse('try {} catch [Foo] {} catch [FOO] {}').errors.map((e) => e.message)).toEqual([
      'Exception type FOO is already handled by a previous handler.',
    ]);
  });

  it('asks the resolver once per name, with the using namespaces, only for a try with several catches', () => {
    const requests: TypeResolutionRequest[] = [];
    const resolveType = (r: TypeResolutionRequest) => {
      requests.push(r);
      return resolveDotNetType(r);
    };
    parse(
      'using namespace System.IO\ntry {} catch [IOException] {}\ntry {} catch [IOException] {} catch [IOException] {}',
      {
        resolveType,
      },
    );
    expect(requests).toEqual([
      { name: 'IOException', genericArgumentCount: 0, isAttribute: false, namespaces: ['System.IO'] },
    ]);
  });

  it('compares nothing the resolver cannot answer, or when it throws', () => {
    const source = 'try {} catch [Exception] {} catch [Exception] {}';
    expect(parse(source, { resolveType: () => 'unknown' }).errors).toEqual([]);
    expect(parse(source, { resolveType: () => 'notFound' }).errors).toEqual([]);
    const throwing = (): never => {
      throw new Error('no');
    };
    expect(parse(source, { resolveType: throwing }).errors).toEqual([]);
  });
});

describe('attribute arguments outside classes', () => {
  it('must be constants or script blocks, reported on the argument', () => {
    expect(first('function f { param([ValidateSet($x)]$p) }')).toEqual({
      id: 'ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock',
      text: '$x',
      message: 'Attribute argument must be a constant or a script block.',
    });
    expect(
      parse('function f { param([ValidateScript({ $_ -gt 0 })][ArgumentCompleter({ "a" })]$p) }').errors,
    ).toEqual([]);
  });

  it('keep the class message on and in classes', () => {
    expect(first('class C { [ValidateScript({ 1 })]$p }')).toEqual({
      id: 'ParameterAttributeArgumentNeedsToBeConstant',
      text: '{ 1 }',
      message: 'Attribute argument must be a constant.',
    });
  });
});

describe('the order of semantic errors (PerformPostParseChecks: SymbolResolver, then SemanticChecks, each a visit)', () => {
  const idsOf = (source: string): string[] =>
    parse(source, { resolveType: resolveDotNetType }).errors.map((e) => e.errorId);

  it("lists the symbol resolver's errors first", () => {
    expect(idsOf('1 = 2; class C { [zz]$p }')).toEqual(['TypeNotFound', 'InvalidLeftHandSide']);
    expect(idsOf('class C { [int]$i; [void] foo() { 1 = 2; $i = 10 } }')).toEqual([
      'MissingThis',
      'InvalidLeftHandSide',
    ]);
  });

  it('then each error where the visit finds it: a node before its children', () => {
    // VisitTryStatement checks the catch types before the body is visited.
    expect(idsOf('try { 1 = 2 } catch [Exception] {} catch [Exception] {}')).toEqual([
      'ExceptionTypeAlreadyCaught',
      'InvalidLeftHandSide',
    ]);
    // VisitParamBlock finds the repeated name before VisitAttribute sees the first parameter's attribute.
    expect(idsOf('function f { param([ValidateSet($x)]$a, $a) }')).toEqual([
      'DuplicateFormalParameter',
      'ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock',
    ]);
    // VisitParameter before VisitAttribute.
    expect(idsOf('function f { param([ValidateSet($x)][ordered]$h) }')).toEqual([
      'OrderedAttributeOnlyOnHashLiteralNode',
      'ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock',
    ]);
  });

  it('after the parse errors and the #requires errors', () => {
    expect(idsOf('#requires -Version x\n1 = 2; class C { [zz]$p }; $a = (')).toEqual([
      'ExpectedExpression',
      'MissingEndParenthesisInExpression',
      'RequiresVersionInvalid',
      'TypeNotFound',
      'InvalidLeftHandSide',
    ]);
  });
});
