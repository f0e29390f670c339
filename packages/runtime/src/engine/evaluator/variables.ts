// Reading and writing variables: scopes, drives (env:, variable:, function:) and the constant $true/$false/$null.
import type { Ast, Extent, VariableExpressionAst, VariablePath } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import type { ScopeQualifier } from '../session-state/session-state.js';
import type { PSVariable } from '../session-state/ps-variable.js';
import type { Eval } from './compiled-script-block.js';
import { runtimeError } from './errors.js';

function qualifier(path: VariablePath): ScopeQualifier {
  switch (path.scope) {
    case 'Global':
      return 'global';
    case 'Script':
      return 'script';
    case 'Local':
      return 'local';
    case 'Private':
      return 'private';
    default:
      return undefined;
  }
}

function driveOf(path: VariablePath): string | null {
  return path.isDriveQualified && path.driveName ? path.driveName.toLowerCase() : null;
}

function insideExpandableString(ast: Ast): boolean {
  for (let p = ast.parent; p; p = p.parent) if (p.type === 'ExpandableStringExpressionAst') return true;
  return false;
}

/**
 * An unset variable's value: $null, or Set-StrictMode's VariableIsUndefined error (from 1.0; inside "strings"
 * only from 2.0, as pwsh's ThrowStrictModeUndefinedVariable decides).
 */
function unsetValue(ctx: ExecutionContext, ast: VariableExpressionAst | undefined, name: string): null {
  if (!ast) return null;
  const version = ctx.sessionState.strictModeVersion();
  if (version >= 2 || (version >= 1 && !insideExpandableString(ast)))
    throw runtimeError('VariableIsUndefined', ast.extent, name);
  return null;
}

export function readVariable(
  ctx: ExecutionContext,
  path: VariablePath,
  extent: Extent,
  _forSplat = false,
  ast?: VariableExpressionAst,
): unknown {
  const drive = driveOf(path);
  if (drive === 'env') return process.env[path.unqualifiedPath] ?? null;
  if (drive === 'function') {
    const f = ctx.sessionState.lookupFunction(path.unqualifiedPath) as { scriptBlock?: unknown } | undefined;
    return f?.scriptBlock ?? null;
  }
  if (drive !== null && drive !== 'variable')
    throw runtimeError('NonExistingDriveOrProvider', extent, path.driveName);
  if (path.unqualifiedPath === '?') return ctx.lastSucceeded;
  const v = ctx.sessionState.lookup(path.unqualifiedPath, qualifier(path));
  return v === undefined ? unsetValue(ctx, ast, path.unqualifiedPath) : v.value;
}

export function compileVariableRead(ast: VariableExpressionAst): Eval {
  const path = ast.variablePath;
  if (!path.isDriveQualified && path.scope === null) {
    const lower = path.unqualifiedPath.toLowerCase();
    if (lower === 'true') return () => true;
    if (lower === 'false') return () => false;
    if (lower === 'null') return () => null;
    if (lower === '?') return (ctx) => ctx.lastSucceeded;
    const name = path.unqualifiedPath;
    // The hot path: an unqualified variable, looked up through the scope chain.
    return (ctx) => {
      const v = ctx.sessionState.lookup(name);
      return v === undefined ? unsetValue(ctx, ast, name) : v.value;
    };
  }
  return (ctx) => readVariable(ctx, path, ast.extent, false, ast);
}

export function assignVariable(
  ctx: ExecutionContext,
  path: VariablePath,
  value: unknown,
  extent: Extent,
): void {
  const drive = driveOf(path);
  if (drive === 'env') {
    if (value === null || value === undefined || value === '') delete process.env[path.unqualifiedPath];
    else process.env[path.unqualifiedPath] = String(value);
    return;
  }
  if (drive !== null && drive !== 'variable')
    throw runtimeError('NonExistingDriveOrProvider', extent, path.driveName);
  const lower = path.unqualifiedPath.toLowerCase();
  if (!path.isDriveQualified && (lower === 'true' || lower === 'false' || lower === 'null')) {
    if (lower === 'null') return; // `$null = expr` discards the value
    throw runtimeError('VariableNotWritable', extent, path.unqualifiedPath);
  }
  const q = qualifier(path);
  const existing =
    ctx.sessionState.targetScope(q).variables.get(lower) ??
    (q ? undefined : ctx.sessionState.allScopeVariable(lower));
  if (existing?.isReadOnly) throw runtimeError('VariableNotWritable', extent, path.unqualifiedPath);
  ctx.sessionState.set(path.unqualifiedPath, value, qualifier(path));
}

export function compileVariableAssigner(
  ast: VariableExpressionAst,
): (ctx: ExecutionContext, value: unknown) => void {
  const path = ast.variablePath;
  return (ctx, value) => assignVariable(ctx, path, value, ast.extent);
}

/** The variable a `[ref]$name` refers to, created (as $null) in the target scope when it does not exist yet. */
export function variableFor(ctx: ExecutionContext, path: VariablePath): PSVariable {
  return (
    ctx.sessionState.lookup(path.unqualifiedPath, qualifier(path)) ??
    ctx.sessionState.set(path.unqualifiedPath, null, qualifier(path))
  );
}
