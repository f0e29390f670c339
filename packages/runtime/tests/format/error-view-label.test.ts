// The label before a ConciseView message: pwsh 7.4's ErrorRecord view script picks its `$reason` as `Exception`
// for what a `throw` statement threw, else the command, the category's activity, the invocation name, the category
// (NotSpecified is 0, so false, and skipped), else CategoryInfo.Reason (the exception's type).
import { describe, expect, it } from 'vitest';
import { createRunspace, formatErrorConcise } from '../../src/index.js';

function firstLabel(script: string): string {
  const rs = createRunspace({ workingDirectory: process.cwd() });
  try {
    const [error] = rs.invokeSync(script).errors;
    if (!error) throw new Error(`no error from ${script}`);
    return formatErrorConcise(error).split(':')[0] as string;
  } finally {
    rs.dispose();
  }
}

describe('ConciseView label', () => {
  it.each([
    ["throw 'x'", 'Exception'],
    ['function f { throw "in f" }; f', 'Exception'],
    ['$null.Foo()', 'InvalidOperation'],
    ['$x = [int]"abc"', 'InvalidArgument'],
    ['1/0', 'RuntimeException'],
    ["[int]::Parse('x')", 'MethodInvocationException'],
    ['Get-Item /no/such/path/here', 'Get-Item'],
    ['Write-Error boom', 'Write-Error'],
    ['no-such-command-here', 'no-such-command-here'],
  ])('%s -> %s', (script, label) => {
    expect(firstLabel(script)).toBe(label);
  });

  it('a script that does not parse: ParserError', () => {
    const rs = createRunspace({ workingDirectory: process.cwd() });
    try {
      const [error] = rs.invokeSync('if ($x { 1 }').errors;
      expect(error && formatErrorConcise(error).startsWith('ParserError: ')).toBe(true);
    } finally {
      rs.dispose();
    }
  });
});
