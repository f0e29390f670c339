import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/index.js';

describe('diagnostics table', () => {
  it('fills holes as PowerShell formats its ParserStrings', () => {
    expect(formatDiagnostic('MissingExpressionAfterOperator', '+')).toBe(
      "You must provide a value expression following the '+' operator.",
    );
    expect(formatDiagnostic('TerminatorExpectedAtEndOfString', '"')).toBe(
      'The string is missing the terminator: ".',
    );
  });
});
