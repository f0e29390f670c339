// HostInterface: what the engine asks of its host (the REPL, a test, an embedding app).
export interface HostInterface {
  /** False for -NonInteractive and for embedding: prompts then raise errors instead of asking. */
  readonly interactive: boolean;
  /** Reads one line from the user (Read-Host, mandatory-parameter prompts); undefined at end of input. */
  readLine?(prompt: string, options?: { readonly secure?: boolean }): string | undefined;
  /** Terminal width for formatting; 120 when unknown (what pwsh uses without a console). */
  readonly width?: number;
  /**
   * PSHostUserInterface.SupportsVirtualTerminal: what the host shows renders VT sequences (a colour terminal), so
   * $PSStyle.OutputRendering Host decorates tables and lists for it.
   */
  readonly supportsVirtualTerminal?: boolean;
}
