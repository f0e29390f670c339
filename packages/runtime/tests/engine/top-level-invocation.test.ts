// $MyInvocation at the top level of a command line (exosh -Command, a prompt line): pwsh's ScriptInfo("", block).
import { describe, expect, it } from 'vitest';
import { createRunspace, toStringForDisplay } from '../../src/index.js';

const lines = (script: string, hostOutputter = false) => {
  const rs = createRunspace();
  const result = rs.invokeSync(script, { hostOutputter });
  expect(result.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([]);
  return result.output.map((o) => toStringForDisplay(o));
};

describe('$MyInvocation at the top level', () => {
  it('is an InvocationInfo over a ScriptInfo named "" whose text is the command line', () => {
    const script = [
      '$MyInvocation.GetType().FullName',
      '$MyInvocation.MyCommand.CommandType',
      '"[$($MyInvocation.MyCommand.Name)]"',
      '"[$($MyInvocation.InvocationName)]"',
      '$MyInvocation.ScriptLineNumber',
      '$null -eq $MyInvocation.PSCommandPath',
      '$MyInvocation.MyCommand.Definition -eq $MyInvocation.MyCommand.ToString()',
      "$MyInvocation.MyCommand.ToString().StartsWith('$MyInvocation.GetType()')",
    ].join('\n');
    expect(lines(script)).toEqual([
      'System.Management.Automation.InvocationInfo',
      'Script',
      '[]',
      '[]',
      '0',
      'True',
      'True',
      'True',
    ]);
  });

  it('is the first of two commands when the host adds Out-Default', () => {
    const script = '"$($MyInvocation.PipelinePosition)/$($MyInvocation.PipelineLength)"';
    expect(lines(script, true)).toEqual(['1/2']);
    expect(lines(script)).toEqual(['1/1']);
  });

  it('gives way to the function’s own inside a function, and comes back after it', () => {
    expect(
      lines('function f { $MyInvocation.MyCommand.Name }; f; "[$($MyInvocation.MyCommand.Name)]"'),
    ).toEqual(['f', '[]']);
  });
});
