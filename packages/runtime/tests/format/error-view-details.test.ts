// ConciseView of Write-Error's records (pwsh 7.4's ErrorRecord view script): ErrorDetails' message stands for the
// exception's, and a RecommendedAction adds `  Recommendation: <action>` on its own line.
import { describe, expect, it } from 'vitest';
import { createRunspace, formatErrorConcise } from '../../src/index.js';

function concise(script: string): string[] {
  const rs = createRunspace({ workingDirectory: process.cwd() });
  try {
    return rs.invokeSync(script).errors.map((e) => formatErrorConcise(e));
  } finally {
    rs.dispose();
  }
}

describe('ConciseView with ErrorDetails', () => {
  it('shows -Category errors as `Write-Error: <message>` and the caller as the label inside a function', () => {
    expect(concise('Write-Error -Message m -Category InvalidData')).toEqual(['Write-Error: m']);
    expect(concise('function Get-Thing { Write-Error -Message m -Category InvalidData }; Get-Thing')).toEqual(
      ['Get-Thing: m'],
    );
  });

  it("shows -Message over -Exception's own message, and the recommendation under it", () => {
    expect(
      concise("Write-Error -Exception ([System.ArgumentException]::new('inner')) -Message outer"),
    ).toEqual(['Write-Error: outer']);
    expect(concise("Write-Error -Message 'Mailbox not found.' -RecommendedAction 'Check the name.'")).toEqual(
      ['Write-Error: Mailbox not found.\n  Recommendation: Check the name.'],
    );
    // A blank action adds nothing (IsNullOrWhiteSpace).
    expect(concise("Write-Error -Message m -RecommendedAction ' '")).toEqual(['Write-Error: m']);
  });
});
