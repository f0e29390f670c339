// SessionStateScope: one level of PowerShell's dynamic scope chain (variables, functions, aliases).
import type { PSVariable } from './ps-variable.js';

export interface AliasDetails {
  readonly name: string;
  options: number;
  description: string;
}

export class SessionStateScope {
  readonly variables = new Map<string, PSVariable>();
  readonly functions = new Map<string, unknown>();
  readonly aliases = new Map<string, string>();
  /** Name as written, options and description of the aliases Set-Alias/New-Alias made (AliasInfo). */
  readonly aliasDetails = new Map<string, AliasDetails>();
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
