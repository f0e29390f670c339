import { describe, expect, it } from 'vitest';
import { diagnostics, formatDiagnostic } from '../src/index.js';

describe('diagnostics table', () => {
  it('fills holes as PowerShell formats its ParserStrings', () => {
    expect(formatDiagnostic('ExpectedValueExpression', '+')).toBe(
      "You must provide a value expression following the '+' operator.",
    );
    expect(formatDiagnostic('MissingExpressionAfterOperator', '-not')).toBe(
      "Missing expression after unary operator '-not'.",
    );
    expect(formatDiagnostic('TerminatorExpectedAtEndOfString', '"')).toBe(
      'The string is missing the terminator: ".',
    );
  });

  it('keeps a hole that has no argument', () => {
    expect(formatDiagnostic('UnexpectedToken')).toBe("Unexpected token '{0}' in expression or statement.");
  });

  it('has a non-empty English message for every id', () => {
    for (const [id, entry] of Object.entries(diagnostics)) {
      expect(entry.message.length, id).toBeGreaterThan(0);
    }
  });
});
