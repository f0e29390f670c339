// Number, string and variable literals: values, .NET kinds, escapes and expansion, as PowerShell evaluates them.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { ExpressionAst } from '../src/index.js';

/** The expression of a one-expression script. */
function expr(source: string): ExpressionAst {
  const r = parse(source);
  expect(r.errors).toEqual([]);
  const statement = r.ast.endBlock?.statements[0];
  if (statement?.type !== 'PipelineAst') throw new Error(`not a pipeline: ${source}`);
  const element = statement.pipelineElements[0];
  if (element?.type !== 'CommandExpressionAst') throw new Error(`not an expression: ${source}`);
  return element.expression;
}

describe('numbers', () => {
  it.each([
    ['42', 42, 'Int32'],
    ['0x1F', 31, 'Int32'],
    ['0xFFFFFFFF', -1, 'Int32'],
    ['0x100000000', 4294967296, 'Int64'],
    ['0b1010', 10, 'Int32'],
    ['2147483647', 2147483647, 'Int32'],
    ['2147483648', 2147483648, 'Int64'],
    ['1e3', 1000, 'Double'],
    ['1.5', 1.5, 'Double'],
    ['.5', 0.5, 'Double'],
    ['1.5e-2', 0.015, 'Double'],
    ['10l', 10, 'Int64'],
    ['10L', 10, 'Int64'],
    ['2.5d', 2.5, 'Decimal'],
    ['3u', 3, 'UInt32'],
    ['3ul', 3, 'UInt64'],
    ['4y', 4, 'SByte'],
    ['4uy', 4, 'Byte'],
    ['5s', 5, 'Int16'],
    ['5us', 5, 'UInt16'],
    ['1KB', 1024, 'Int32'],
    ['1kb', 1024, 'Int32'],
    ['5MB', 5242880, 'Int32'],
    ['1.5MB', 1572864, 'Double'],
    ['2GB', 2147483648, 'Int64'],
    ['1TB', 1099511627776, 'Int64'],
    ['1PB', 1125899906842624, 'Int64'],
    ['10lKB', 10240, 'Int64'],
    ['-5', -5, 'Int32'],
  ])('%s is %s (%s)', (source, value, kind) => {
    const e = expr(source);
    expect(e.type).toBe('ConstantExpressionAst');
    if (e.type !== 'ConstantExpressionAst') return;
    expect(Number(e.value)).toBe(value);
    expect(e.numberKind).toBe(kind);
  });

  it('keeps big integers exact as bigint', () => {
    const e = expr('12345678901234567890n');
    expect(e.type === 'ConstantExpressionAst' && e.value).toBe(12345678901234567890n);
  });

  it('keeps the exact text of decimals', () => {
    const e = expr('0.10d');
    expect(e.type === 'ConstantExpressionAst' && e.decimalText).toBe('0.10');
  });

  it.each([['1ss'], ['1KX'], ['0x']])('%s in a command argument is a bare word', (literal) => {
    const r = parse(`Write-Output ${literal}`);
    expect(r.tokens[1]?.kind).toBe('Generic');
  });

  it('reports an out-of-range literal in expression mode', () => {
    const r = parse('$n = 300y');
    expect(r.errors.map((e) => [e.errorId, e.extent.text])).toEqual([['BadNumericConstant', '300y']]);
  });
});

describe('strings', () => {
  it.each([
    ["'it''s'", "it's", 'SingleQuoted'],
    ["'no $expansion `n here'", 'no $expansion `n here', 'SingleQuoted'],
    ['"tab`there"', 'tab\there', 'DoubleQuoted'],
    ['"say ""hi"""', 'say "hi"', 'DoubleQuoted'],
    ['"`$notvar `e[0m `u{1F600}"', '$notvar \x1b[0m \u{1F600}', 'DoubleQuoted'],
    ["@'\nline1\n  'line2'\n'@", "line1\n  'line2'", 'SingleQuotedHereString'],
    ['@"\nplain\n"@', 'plain', 'DoubleQuotedHereString'],
    ['@"\n"@', '', 'DoubleQuotedHereString'],
  ])('%s', (source, value, type) => {
    const e = expr(source);
    expect(e.type).toBe('StringConstantExpressionAst');
    if (e.type !== 'StringConstantExpressionAst') return;
    expect(e.value).toBe(value);
    expect(e.stringConstantType).toBe(type);
  });

  it('"$var.Prop" expands only $var; "$($x.Prop)" expands the member access', () => {
    const e = expr('"$var.Prop $($x.Prop)"');
    if (e.type !== 'ExpandableStringExpressionAst') throw new Error(e.type);
    expect(e.nestedExpressions.map((n) => n.type)).toEqual(['VariableExpressionAst', 'SubExpressionAst']);
    expect(e.nestedExpressions.map((n) => n.extent.text)).toEqual(['$var', '$($x.Prop)']);
    expect(e.literalParts).toEqual(['', '.Prop ', '']);
  });

  it('expands drive and scope qualified variables and braced names inside strings', () => {
    const e = expr('"$env:TEMP\\x ${a b} $script:n"');
    if (e.type !== 'ExpandableStringExpressionAst') throw new Error(e.type);
    expect(e.nestedExpressions.map((n) => n.extent.text)).toEqual(['$env:TEMP', '${a b}', '$script:n']);
    expect(e.literalParts).toEqual(['', '\\x ', ' ', '']);
  });

  it('allows quotes inside a sub-expression of a string', () => {
    const e = expr('"a $("b" + \'c\') d"');
    if (e.type !== 'ExpandableStringExpressionAst') throw new Error(e.type);
    expect(e.nestedExpressions[0]?.type).toBe('SubExpressionAst');
  });

  it('reads "" inside a sub-expression of a double-quoted string as one quote, extents in the source', () => {
    const source = '"Name: $($u.""Display Name"")"';
    const e = expr(source);
    if (e.type !== 'ExpandableStringExpressionAst') throw new Error(e.type);
    const sub = e.nestedExpressions[0];
    expect(sub?.extent.text).toBe('$($u.""Display Name"")');
    const text = JSON.stringify(sub, (k, v: unknown) => (k === 'parent' ? undefined : v));
    expect(text).toContain('"value":"Display Name"');
  });

  it('a lone $ and $ before a non-name character stay literal', () => {
    const e = expr('"cost: 5$ and $-"');
    expect(e.type).toBe('StringConstantExpressionAst');
  });
});

describe('variables', () => {
  it.each([
    ['$x', 'x', null, null],
    ['$script:x', 'x', 'Script', null],
    ['$global:y', 'y', 'Global', null],
    ['$private:z', 'z', 'Private', null],
    ['$env:PATH', 'PATH', null, 'env'],
    ['$function:prompt', 'prompt', null, 'function'],
    ['${a b}', 'a b', null, null],
    ['${c:\\temp\\x.txt}', '\\temp\\x.txt', null, 'c'],
    ['$_', '_', null, null],
    ['$?', '?', null, null],
    ['$$', '$', null, null],
    // pwsh 7.4 has no workflow scope: `workflow:` is a drive.
    ['$workflow:x', 'x', null, 'workflow'],
    // A leading colon is not a drive (VariablePath: a colon at index 0): the name is what follows.
    ['${:x}', 'x', null, null],
  ])('%s', (source, name, scope, drive) => {
    const e = expr(source);
    if (e.type !== 'VariableExpressionAst') throw new Error(e.type);
    expect(e.variablePath.unqualifiedPath).toBe(name);
    expect(e.variablePath.scope).toBe(scope);
    expect(e.variablePath.driveName).toBe(drive);
    expect(e.variablePath.isUnqualified).toBe(scope === null && drive === null);
  });

  it('variable: names the variable drive, and pwsh finds no scope after it', () => {
    // VariablePath.cs means to scan for a scope after `variable:` but switches on path[0] again ('v'), so
    // `variable:local:x` is the variable named `local:x`, with no scope.
    for (const [source, name] of [
      ['$variable:x', 'x'],
      ['$variable:local:x', 'local:x'],
    ] as const) {
      const e = expr(source);
      if (e.type !== 'VariableExpressionAst') throw new Error(e.type);
      expect(e.variablePath).toMatchObject({
        unqualifiedPath: name,
        scope: null,
        driveName: null,
        isUnqualified: false,
        isDriveQualified: false,
      });
    }
  });

  it('$using:x is a UsingExpressionAst around the plain variable', () => {
    const r = parse('Invoke-Command { $using:x.Name }');
    const text = JSON.stringify(r.ast.endBlock?.statements[0], (k, v: unknown) =>
      k === 'parent' ? undefined : v,
    );
    expect(text).toContain('"UsingExpressionAst"');
    expect(r.errors).toEqual([]);
  });

  it('splatting is allowed as a command argument only', () => {
    expect(parse('Get-Mailbox @params').errors).toEqual([]);
    expect(parse('$x = @params').errors.map((e) => e.errorId)).toEqual(['SplattingNotPermitted']);
  });
});
