// SessionStateScope: one level of PowerShell's dynamic scope chain (variables, functions, aliases).
import type { PSVariable } from './ps-variable.js';

export class SessionStateScope {
  readonly variables = new Map<string, PSVariable>();
  readonly functions = new Map<string, unknown>();
  readonly aliases = new Map<string, string>();
  /** The scope that `$script:` refers to from here. */
  scriptScope: SessionStateScope;

  constructor(
    readonly parent: SessionStateScope | null,
    isScriptScope = false,
  ) {
    this.scriptScope = isScriptScope || !parent ? this : parent.scriptScope;
  }
}
