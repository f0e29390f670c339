// The one table of parse diagnostics: PowerShell ErrorId -> English message template.
export interface DiagnosticEntry {
  /** The message as PowerShell's ParserStrings resource spells it; {0}, {1} are filled by formatDiagnostic. */
  readonly message: string;
}

export const diagnostics = {
  MissingEndCurlyBrace: { message: "Missing closing '}' in statement block or type definition." },
  MissingEndParenthesisInExpression: { message: "Missing closing ')' in expression." },
  MissingExpressionAfterOperator: {
    message: "You must provide a value expression following the '{0}' operator.",
  },
  UnexpectedToken: { message: "Unexpected token '{0}' in expression or statement." },
  TerminatorExpectedAtEndOfString: { message: 'The string is missing the terminator: {0}.' },
} as const satisfies Record<string, DiagnosticEntry>;

export type DiagnosticId = keyof typeof diagnostics;

/** Fills a template's {n} holes in order, as .NET's String.Format does for plain holes. */
export function formatDiagnostic(id: DiagnosticId, ...args: readonly string[]): string {
  return diagnostics[id].message.replace(/\{(\d+)\}/g, (hole, n: string) => args[Number(n)] ?? hole);
}
