// SessionStateScope: one level of PowerShell's dynamic scope chain (variables, functions, aliases).
import type { PSVariable } from './ps-variable.js';
import { VariableTable } from './variable-table.js';

/**
 * Runs `run` with `variable` under `key` (a lower-case name) in `variables`, then puts back what was there before
 * (or removes it): `$foreach`/`$switch` for a loop, the command line's `$MyInvocation`.
 */
export function withVariable<T>(
  variables: Map<string, PSVariable>,
  key: string,
  variable: PSVariable,
  run: () => T,
): T {
  const previous = variables.get(key);
  variables.set(key, variable);
  try {
    return run();
  } finally {
    if (previous) variables.set(key, previous);
    else variables.delete(key);
  }
}

export interface AliasDetails {
  readonly name: string;
  options: number;
  description: string;
}

export class SessionStateScope {
  /** See VariableTable: `$_`, `$PSItem`, `$args` and `$input` are kept beside the map. */
  readonly variables: Map<string, PSVariable> = new VariableTable();
  // Most scopes (one per function call) never hold a function or an alias: those tables are made on first use.
  #functions: Map<string, unknown> | undefined;
  #aliases: Map<string, string> | undefined;
  #aliasDetails: Map<string, AliasDetails> | undefined;
  get functions(): Map<string, unknown> {
    return (this.#functions ??= new Map());
  }
  get aliases(): Map<string, string> {
    return (this.#aliases ??= new Map());
  }
  /** Name as written, options and description of the aliases Set-Alias/New-Alias made (AliasInfo). */
  get aliasDetails(): Map<string, AliasDetails> {
    return (this.#aliasDetails ??= new Map());
  }
  /** Set-StrictMode's version in this scope (set through SessionState.setStrictModeVersion): undefined inherits. */
  strictModeVersion: number | undefined;
  /** The scope that `$script:` refers to from here. */
  scriptScope: SessionStateScope;

  constructor(
    readonly parent: SessionStateScope | null,
    isScriptScope = false,
  ) {
    this.scriptScope = isScriptScope || !parent ? this : parent.scriptScope;
  }
}
