// $ExecutionContext: pwsh's EngineIntrinsics with the members scripts and modules call (paths, variables, ExpandString).
import { parse } from '@exosh/language';
import { resolveFsPath } from '../cmdlets/management/test-path.js';
import { psVariableView } from '../cmdlets/session/variable-view.js';
import { RuntimeException } from '../errors/runtime-exception.js';
import type { ExecutionContext } from '../engine/execution-context.js';
import { invokeScriptBlock } from '../engine/invocation/invoke-script-block.js';
import { parseErrorRecord } from '../engine/parse-errors.js';
import { pathInfo } from '../engine/path-info.js';
import { ScriptBlock } from '../engine/script-block.js';
import { toStr } from '../engine/semantics/index.js';
import { PSObject } from '../values/ps-object.js';
import { LazyPSVariable, ScopedItemOptions, type PSVariable } from '../engine/session-state/ps-variable.js';
import { parseOptionsFor } from '../engine/parse-options.js';

type Members = Record<string, ((...args: unknown[]) => unknown) | { get: () => unknown }>;

/** An object pwsh shows under its .NET type name, with code properties and methods. */
function intrinsics(typeName: string, members: Members): PSObject {
  const o = new PSObject({
    isTypeView: true,
    typeNames: [`System.Management.Automation.${typeName}`, 'System.Object'],
  });
  for (const [name, m] of Object.entries(members)) {
    if (typeof m === 'function')
      o.addMember({
        memberType: 'CodeMethod',
        name,
        invoke: (_self: unknown, args: readonly unknown[]) => m(...args),
      });
    else o.addMember({ memberType: 'CodeProperty', name, get: m.get });
  }
  return o;
}

/** Parses script text; a parse error is the ParseException pwsh throws. */
function scriptBlockOf(ctx: ExecutionContext, text: string): ScriptBlock {
  const result = parse(text, parseOptionsFor(ctx));
  const first = result.errors[0];
  if (first) throw new RuntimeException(parseErrorRecord(first));
  return new ScriptBlock(result.ast, ctx);
}

/** A PSPath as the FileSystem provider sees it: provider-qualified or not, relative to the current location. */
function providerPath(ctx: ExecutionContext, psPath: unknown): string {
  const text = toStr(ctx, psPath).replace(/^(Microsoft\.PowerShell\.Core\\)?FileSystem::/i, '');
  return resolveFsPath(ctx.currentLocation, text);
}

export function createEngineIntrinsics(ctx: ExecutionContext): PSObject {
  const variable = (name: unknown) => ctx.sessionState.lookup(toStr(ctx, name));
  const path = intrinsics('PathIntrinsics', {
    CurrentLocation: { get: () => pathInfo(ctx.currentLocation) },
    CurrentFileSystemLocation: { get: () => pathInfo(ctx.currentLocation) },
    GetUnresolvedProviderPathFromPSPath: (p) => providerPath(ctx, p),
    GetResolvedProviderPathFromPSPath: (p) => [providerPath(ctx, p)],
    Combine: (parent, child) =>
      `${toStr(ctx, parent).replace(/\/+$/, '')}/${toStr(ctx, child).replace(/^\/+/, '')}`,
  });
  const psVariable = intrinsics('PSVariableIntrinsics', {
    Get: (name) => {
      const v = variable(name);
      return v ? psVariableView(v) : null;
    },
    GetValue: (name, ...fallback) => {
      const v = variable(name);
      return v ? v.value : fallback.length > 0 ? fallback[0] : null;
    },
    Set: (name, value) => void ctx.sessionState.set(toStr(ctx, name), value),
    Remove: (name) => void ctx.sessionState.remove(toStr(ctx, name)),
  });
  const sessionState = intrinsics('SessionState', {
    Path: { get: () => path },
    PSVariable: { get: () => psVariable },
    LanguageMode: { get: () => 'FullLanguage' },
    Module: { get: () => null },
  });
  const invokeCommand = intrinsics('CommandInvocationIntrinsics', {
    // The text is the inside of a double-quoted string: variables, $(...) and backtick escapes expand.
    ExpandString: (source) => {
      const block = scriptBlockOf(ctx, `@"\n${toStr(ctx, source)}\n"@`);
      return toStr(ctx, invokeScriptBlock(ctx, block, { newScope: false })[0] ?? '');
    },
    InvokeScript: (script) =>
      invokeScriptBlock(ctx, scriptBlockOf(ctx, toStr(ctx, script)), { newScope: false }),
    NewScriptBlock: (script) => scriptBlockOf(ctx, toStr(ctx, script)),
  });
  return intrinsics('EngineIntrinsics', {
    Host: { get: () => ctx.sessionState.lookup('Host')?.value ?? null },
    SessionState: { get: () => sessionState },
    InvokeCommand: { get: () => invokeCommand },
  });
}

/** `$ExecutionContext`: Constant and AllScope as in pwsh, built when first read. */
export function engineIntrinsicsVariable(ctx: ExecutionContext): PSVariable {
  const variable = new LazyPSVariable('ExecutionContext', createEngineIntrinsics, ctx);
  variable.options = ScopedItemOptions.Constant | ScopedItemOptions.AllScope;
  return variable;
}
