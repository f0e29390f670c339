// SessionState: the scope chain and variable lookup rules ($global:, $script:, $local:, $private:, env:).
import { PSVariable, ScopedItemOptions } from './ps-variable.js';
import { SessionStateScope } from './scope.js';

export type ScopeQualifier = 'global' | 'script' | 'local' | 'private' | undefined;

const key = (name: string) => name.toLowerCase();

export class SessionState {
  readonly global: SessionStateScope;
  current: SessionStateScope;

  constructor() {
    this.global = new SessionStateScope(null, true);
    this.current = this.global;
  }

  /** Enters a child scope (function call, script, & invocation); returns the scope to restore. */
  pushScope(isScriptScope = false): SessionStateScope {
    const previous = this.current;
    this.current = new SessionStateScope(previous, isScriptScope);
    return previous;
  }

  popScope(previous: SessionStateScope): void {
    this.current = previous;
  }

  /** Finds a variable the way PowerShell does: the scope chain, skipping private variables of other scopes. */
  lookup(name: string, qualifier?: ScopeQualifier): PSVariable | undefined {
    const k = key(name);
    switch (qualifier) {
      case 'global':
        return this.global.variables.get(k);
      case 'script':
        return this.current.scriptScope.variables.get(k);
      case 'local':
      case 'private':
        return this.current.variables.get(k);
      default: {
        const local = this.current.variables.get(k);
        if (local) return local;
        for (let s = this.current.parent; s; s = s.parent) {
          const v = s.variables.get(k);
          if (v && !v.isPrivate) return v;
        }
        return undefined;
      }
    }
  }

  /** The scope a write goes to: assignments create or update in the target scope, never in parents. */
  targetScope(qualifier?: ScopeQualifier): SessionStateScope {
    if (qualifier === 'global') return this.global;
    if (qualifier === 'script') return this.current.scriptScope;
    return this.current;
  }

  /** Sets (creating if needed) a variable in the scope the qualifier names; returns the variable. */
  set(name: string, value: unknown, qualifier?: ScopeQualifier): PSVariable {
    const scope = this.targetScope(qualifier);
    const k = key(name);
    let variable = scope.variables.get(k) ?? (qualifier ? undefined : this.allScopeVariable(k));
    if (!variable) {
      variable = new PSVariable(name, value, qualifier === 'private' ? ScopedItemOptions.Private : 0);
      scope.variables.set(k, variable);
      return variable;
    }
    variable.value = variable.typeConstraint ? variable.typeConstraint(value) : value;
    return variable;
  }

  /** An AllScope variable of a parent scope: pwsh copies those into every new scope, so a write updates it. */
  allScopeVariable(name: string): PSVariable | undefined {
    const k = key(name);
    for (let s = this.current.parent; s; s = s.parent) {
      const v = s.variables.get(k);
      if (v) return (v.options & ScopedItemOptions.AllScope) !== 0 ? v : undefined;
    }
    return undefined;
  }

  /** Defines a variable in the current scope, replacing any of the same name there (parameters, foreach). */
  define(variable: PSVariable, scope: SessionStateScope = this.current): void {
    scope.variables.set(key(variable.name), variable);
  }

  remove(name: string, qualifier?: ScopeQualifier): boolean {
    const k = key(name);
    if (qualifier) return this.targetScope(qualifier).variables.delete(k);
    for (let s: SessionStateScope | null = this.current; s; s = s.parent) {
      if (s.variables.delete(k)) return true;
    }
    return false;
  }

  /** Set-StrictMode's major version in effect here (0: off), the innermost scope that set one deciding. */
  strictModeVersion(): number {
    // Cached per current scope: array indexing asks on every access, and deep recursion makes the walk long.
    if (this.strictCache.scope === this.current && this.strictCache.generation === this.strictGeneration)
      return this.strictCache.version;
    let version = 0;
    for (let s: SessionStateScope | null = this.current; s; s = s.parent)
      if (s.strictModeVersion !== undefined) {
        version = s.strictModeVersion;
        break;
      }
    this.strictCache = { scope: this.current, generation: this.strictGeneration, version };
    return version;
  }

  /** Set-StrictMode: records the version (0 = -Off) on a scope; its children inherit it. */
  setStrictModeVersion(scope: SessionStateScope, version: number): void {
    scope.strictModeVersion = version;
    this.strictGeneration++;
  }

  private strictGeneration = 0;
  private strictCache: { scope: SessionStateScope | null; generation: number; version: number } = {
    scope: null,
    generation: -1,
    version: 0,
  };

  /** Functions and aliases follow the same dynamic scoping as variables. */
  lookupFunction(name: string): unknown {
    const k = key(name);
    for (let s: SessionStateScope | null = this.current; s; s = s.parent) {
      const f = s.functions.get(k);
      if (f !== undefined) return f;
    }
    return undefined;
  }

  lookupAlias(name: string): string | undefined {
    const k = key(name);
    for (let s: SessionStateScope | null = this.current; s; s = s.parent) {
      const a = s.aliases.get(k);
      if (a !== undefined) return a;
    }
    return undefined;
  }
}
