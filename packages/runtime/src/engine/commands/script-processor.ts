// ScriptCommandProcessor: runs a function, filter, script block or script file as a pipeline command.
import {
  bindCommandLine,
  bindPipelineObject,
  ParameterBindingException,
  type BindState,
  type CommandArgument,
  type CompiledCommand,
} from '@exosh/cmdlet-binding';
import type { ExecutionContext, StreamCollector } from '../execution-context.js';
import { appendToVariable, initStreamVariables } from '../preferences.js';
import type { CompiledScriptBlock, Exec } from '../evaluator/compiled-script-block.js';
import { ReturnSignal } from '../flow/flow-control.js';
import { CommandProcessor } from '../pipeline/command-processor.js';
import { LazyPSVariable, PSVariable } from '../session-state/ps-variable.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import { argsWithParameterNames } from '../invocation/splatted-parameter-name.js';
import { SessionStateScope } from '../session-state/scope.js';
import type { ScriptBlock } from '../script-block.js';
import { convertForVariable, convertTo, getPropertyForBinding, isTrue } from '../semantics/index.js';
import { functionBindingInfo, type FunctionBindingInfo } from '../binding/function-metadata.js';
import { bindingErrorRecord, bindingException } from '../binding/binding-errors.js';
import { bindOptions } from '../binding/bind-options.js';
import { compiledFor } from './cmdlet-processor.js';
import type { InvocationSite } from './create-processor.js';
import type { PSHashtable } from '../../values/ps-hashtable.js';
import { PSBoundParametersDictionary } from '../../values/ps-bound-parameters.js';
import { PSList } from '../../values/ps-list.js';
import { PSObject } from '../../values/ps-object.js';
import { createPSCmdlet, createMyInvocation, type InvokedCommand } from './automatic-objects.js';
import { reportError } from '../evaluator/compile-try.js';
import { runtimeError } from '../evaluator/errors.js';
import { switchParameter } from '../adapters/switch-parameter.js';

const maxCallDepth = 1000;

/** A script block's binding metadata and its compiled form, looked up once per call. */
interface BlockBinding {
  readonly info: FunctionBindingInfo;
  readonly command: CompiledCommand;
}

const bindingByBlock = new WeakMap<CompiledScriptBlock, BlockBinding>();

function bindingOf(ctx: ExecutionContext, commandName: string, c: CompiledScriptBlock): BlockBinding {
  let b = bindingByBlock.get(c);
  if (!b) {
    // functionBindingInfo caches per compiled block too: the same metadata whoever asks first.
    const info = functionBindingInfo(ctx, commandName || 'ScriptBlock', c);
    b = { info, command: compiledFor(info.metadata) };
    bindingByBlock.set(c, b);
  }
  return b;
}

/** Per declared parameter, what defining its variable needs (worked out once per script block). */
interface ParameterVariable {
  readonly parameter: CompiledScriptBlock['parameters'][number];
  readonly key: string;
  readonly isSwitch: boolean;
}

const parameterVariablesCache = new WeakMap<CompiledScriptBlock, readonly ParameterVariable[]>();

function parameterVariables(compiled: CompiledScriptBlock): readonly ParameterVariable[] {
  let list = parameterVariablesCache.get(compiled);
  if (!list) {
    list = compiled.parameters.map((parameter) => ({
      parameter,
      key: parameter.name.toLowerCase(),
      isSwitch:
        parameter.typeName !== undefined &&
        /^(switch|System\.Management\.Automation\.SwitchParameter)$/i.test(parameter.typeName),
    }));
    parameterVariablesCache.set(compiled, list);
  }
  return list;
}

export interface ScriptInvocationOptions {
  /** Sets `$_` in the new scope before any block runs (calculated properties, -replace script blocks). */
  readonly dollarUnder?: unknown;
  readonly hasDollarUnder?: boolean;
  /** Variables defined in the new scope before binding (`$this`). */
  readonly variables?: Readonly<Record<string, unknown>>;
}

export class ScriptCommandProcessor extends CommandProcessor {
  private scope!: SessionStateScope;
  private saved: SessionStateScope | undefined;
  private state: BindState | undefined;
  /** What an end-only block gets as $input (made when the first object arrives). */
  private inputs: unknown[] | undefined;
  private readonly processBlock: Exec | undefined;
  private readonly endBlock: Exec | undefined;

  constructor(
    private readonly ctx: ExecutionContext,
    private readonly block: ScriptBlock,
    readonly commandName: string,
    private readonly args: CommandArgument[],
    private readonly site: InvocationSite | undefined,
    private readonly isScriptFile = false,
    private readonly options: ScriptInvocationOptions = {},
  ) {
    super();
    const c = block.compiled;
    // A filter's body is its process block.
    if (block.options.isFilter && !c.process && c.end) {
      this.processBlock = c.end;
      this.endBlock = undefined;
    } else {
      this.processBlock = c.process;
      this.endBlock = c.end;
    }
  }

  private enter(): void {
    this.saved = this.ctx.sessionState.current;
    this.ctx.sessionState.current = this.scope;
  }

  private leave(): void {
    if (this.saved) this.ctx.sessionState.current = this.saved;
    this.saved = undefined;
  }

  private define(name: string, value: unknown, key = name.toLowerCase()): void {
    this.scope.variables.set(key, new PSVariable(name, value));
  }

  private run(block: Exec | undefined): void {
    if (!block) return;
    this.enter();
    this.ctx.callDepth++;
    if (this.commandName) this.ctx.invocationStack.push(this.commandName);
    if (this.collector) this.ctx.streamCollectors.push(this.collector);
    try {
      if (this.ctx.callDepth > maxCallDepth) {
        throw bindingDepthError();
      }
      block(this.ctx, this.downstream);
    } catch (err) {
      if (err instanceof RuntimeException && err.terminatesCommand === this) {
        // $PSCmdlet.ThrowTerminatingError: this command ends; its caller sees a statement-terminating error
        // whose id names the command, as a cmdlet's would.
        err.terminatesCommand = undefined;
        err.suppressPromptInInterpreter = false;
        if (this.commandName) err.errorRecord.attachCommand(this.commandName);
      }
      if (!(err instanceof ReturnSignal)) throw err;
      err.flush(this.downstream);
    } finally {
      if (this.commandName) this.ctx.invocationStack.pop();
      if (this.collector) this.ctx.streamCollectors.pop();
      this.ctx.callDepth--;
      this.leave();
    }
  }

  /** A dot-sourced command's caller-scope automatic variables, put back when it ends. */
  private hidden: Map<string, PSVariable | undefined> | undefined;

  begin(): void {
    const ss = this.ctx.sessionState;
    const dotSource = this.site?.dotSource === true;
    const parent = this.block.closureScope ?? ss.current;
    this.scope = dotSource ? ss.current : new SessionStateScope(parent, this.isScriptFile);
    if (dotSource) {
      // pwsh keeps a dot-sourced command's automatic variables in its own locals: the caller's $MyInvocation,
      // $PSScriptRoot, $args... are back once it ends (its parameters and other variables stay).
      const vars = this.scope.variables;
      this.hidden = new Map(DOTTED_AUTOMATIC_VARIABLES.map((k) => [k, vars.get(k)]));
    }
    this.enter();
    try {
      this.bindArguments();
    } finally {
      this.leave();
    }
    this.collectStreams();
    if (this.block.compiled.begin) this.setAdvancedInput([]);
    this.run(this.block.compiled.begin);
  }

  private collector: StreamCollector | undefined;

  /** -ErrorVariable & co. of an advanced function: set up in the caller's scope, filled while the function runs. */
  private collectStreams(): void {
    const cp = this.state?.commonParameters;
    if (!cp || !this.block.compiled.isAdvanced) return;
    if (!cp.errorVariable && !cp.warningVariable && !cp.informationVariable && !cp.outVariable) return;
    initStreamVariables(this.ctx, cp);
    const collector: StreamCollector = {
      error: cp.errorVariable,
      warning: cp.warningVariable,
      information: cp.informationVariable,
    };
    this.collector = collector;
    // What the next command of the pipeline does with this one's output is not this one's: its errors stay out of
    // this command's -ErrorVariable while it runs (the callers' collectors still see them).
    const ctx = this.ctx;
    const next = this.downstream;
    this.downstream = {
      write: (v) => {
        const stack = ctx.streamCollectors;
        const at = stack.lastIndexOf(collector);
        if (at < 0) return next.write(v);
        const above = stack.splice(at);
        try {
          next.write(v);
        } finally {
          stack.push(...above);
        }
      },
    };
    const out = cp.outVariable;
    if (out) {
      const downstream = this.downstream;
      this.downstream = {
        write: (v) => {
          appendToVariable(this.ctx, out, v);
          downstream.write(v);
        },
      };
    }
  }

  private bindArguments(): void {
    const c = this.block.compiled;
    const variables = this.options.variables;
    if (variables) for (const [name, value] of Object.entries(variables)) this.define(name, value);
    if (this.options.hasDollarUnder) {
      this.define('_', this.options.dollarUnder);
      this.define('PSItem', this.options.dollarUnder);
    }
    if (this.isScriptFile && this.block.file) {
      const file = this.block.file;
      this.define('PSCommandPath', file);
      this.define('PSScriptRoot', file.slice(0, Math.max(file.lastIndexOf('/'), 0)) || '/');
    }
    const { info, command } = bindingOf(this.ctx, this.commandName, c);
    try {
      this.state = bindCommandLine(
        command,
        this.args,
        bindOptions(
          this.ctx,
          this.commandName,
          this.site?.pipelinePosition ?? 1,
          info.validateScripts.size === 0
            ? undefined
            : {
                validateScript: (id, value) => {
                  const sb = info.validateScripts.get(id);
                  if (!sb) return true;
                  const out = sb.invokeWithDollarUnder ? sb.invokeWithDollarUnder(value) : sb.invoke(value);
                  return isTrue(out.length === 1 ? out[0] : out);
                },
              },
        ),
      );
    } catch (err) {
      if (err instanceof ParameterBindingException && this.site)
        throw bindingException(err, this.site.extent);
      throw err;
    }
    // $PSBoundParameters is what was bound by the command line. Without pipeline parameters the binder's map no
    // longer changes, so the hashtable is made when something first reads it; otherwise it is copied now.
    if (this.state.command.pipelineParameters.length > 0) this.boundParameters();
    this.define('args', c.isAdvanced ? [] : argsWithParameterNames(this.state), 'args');
    if (c.isAdvanced) {
      this.applyCommonParameters();
      this.scope.variables.set('pscmdlet', new LazyPSVariable('PSCmdlet', psCmdletOf, this));
    }
    this.scope.variables.set(
      'psboundparameters',
      new LazyPSVariable('PSBoundParameters', boundParametersOf, this),
    );
    this.scope.variables.set('myinvocation', new LazyPSVariable('MyInvocation', myInvocationOf, this));
    this.defineParameters();
  }

  /** The $PSBoundParameters hashtable (also $MyInvocation.BoundParameters): one per invocation. */
  private boundTable: PSHashtable | undefined;

  /** $PSCmdlet: made on first read. */
  psCmdlet(): unknown {
    const info = functionBindingInfo(this.ctx, this.commandName || 'ScriptBlock', this.block.compiled);
    return createPSCmdlet(this.ctx, this, info.metadata, () => this.state);
  }

  /** $MyInvocation: made on first read. */
  myInvocation(): unknown {
    const { file, options } = this.block;
    const command: InvokedCommand =
      this.isScriptFile && file
        ? { commandType: 'ExternalScript', name: this.commandName, path: file, scriptBlock: this.block }
        : {
            commandType: this.commandName ? (options.isFilter ? 'Filter' : 'Function') : 'Script',
            name: this.commandName,
            scriptBlock: this.block,
          };
    return createMyInvocation(this.ctx, command, this.site, this.boundParameters());
  }

  boundParameters(): PSHashtable {
    if (!this.boundTable) {
      const state = this.state as BindState;
      const switches = switchNames(state.command);
      const table = new PSBoundParametersDictionary();
      // A switch is bound as a SwitchParameter (`$PSBoundParameters['Verbose'].IsPresent`).
      for (const [name, value] of state.boundParameters)
        table.set(
          name,
          typeof value === 'boolean' && switches.has(name.toLowerCase()) ? switchParameter(value) : value,
        );
      this.boundTable = table;
    }
    return this.boundTable;
  }

  /** Parameter values come from $PSBoundParameters once made (a default value's script may have changed it). */
  private defineParameters(): void {
    const state = this.state as BindState;
    for (const { parameter: p, key, isSwitch } of parameterVariables(this.block.compiled)) {
      const bound: ReadonlyMap<string, unknown> | PSHashtable = this.boundTable ?? state.boundParameters;
      const has = bound.has(p.name);
      let value = has ? bound.get(p.name) : p.defaultValue ? p.defaultValue(this.ctx) : undefined;
      if (value === undefined) value = isSwitch ? false : p.typeName ? defaultForType(p.typeName) : null;
      if (p.typeName && value !== null) value = convertTo(this.ctx, value, p.typeName);
      // The [switch] conversion above already made a SwitchParameter.
      if (isSwitch && !(value instanceof PSObject)) value = switchParameter(value === true);
      const variable = new PSVariable(p.name, value);
      if (p.typeName) {
        const typeName = p.typeName;
        variable.typeConstraint = (v) => convertForVariable(this.ctx, v, typeName);
      }
      this.scope.variables.set(key, variable);
    }
  }

  /** -Verbose, -ErrorAction ... become preference variables in the function's scope, as in PowerShell. */
  private applyCommonParameters(): void {
    const cp = this.state?.commonParameters;
    if (!cp) return;
    if (cp.errorAction) this.define('ErrorActionPreference', cp.errorAction);
    if (cp.warningAction) this.define('WarningPreference', cp.warningAction);
    if (cp.informationAction) this.define('InformationPreference', cp.informationAction);
    if (cp.verbose !== undefined)
      this.define('VerbosePreference', cp.verbose ? 'Continue' : 'SilentlyContinue');
    if (cp.debug !== undefined) this.define('DebugPreference', cp.debug ? 'Continue' : 'SilentlyContinue');
    if (cp.whatIf !== undefined) this.define('WhatIfPreference', cp.whatIf);
    if (cp.confirm !== undefined) this.define('ConfirmPreference', cp.confirm ? 'Low' : 'None');
  }

  private setDollarUnder(value: unknown): void {
    const v = new PSVariable('_', value);
    this.scope.variables.set('_', v);
    this.scope.variables.set('psitem', v);
  }

  process(input: unknown): void {
    this.ctx.checkStop();
    if (this.state && this.block.compiled.isAdvanced) {
      const result = bindPipelineObject(this.state, input, getPropertyForBinding);
      if (!result.bound) {
        if (result.error && this.site)
          reportError(this.ctx, bindingErrorRecord(result.error, this.site.extent));
        return;
      }
      for (const name of this.state.boundFromPipeline) {
        const p = this.block.compiled.parameters.find((q) => q.name.toLowerCase() === name.toLowerCase());
        const value = this.state.boundParameters.get(name);
        this.scope.variables.set(name.toLowerCase(), new PSVariable(p?.name ?? name, value));
        this.boundTable?.set(name, value);
      }
    }
    if (!this.processBlock) {
      (this.inputs ??= []).push(input);
      return;
    }
    this.setDollarUnder(input);
    this.setAdvancedInput([input]);
    this.run(this.processBlock);
  }

  processNoInput(): void {
    if (!this.processBlock) return;
    this.setAdvancedInput([]);
    this.run(this.processBlock);
  }

  /** An advanced function's $input in begin/process is an ArrayList (the current object); in end an Object[]. */
  private setAdvancedInput(items: unknown[]): void {
    if (this.block.compiled.isAdvanced)
      this.scope.variables.set(
        'input',
        new LazyPSVariable('input', () => new PSList('ArrayList', undefined, items)),
      );
  }

  end(): void {
    this.scope.variables.set('input', new PSVariable('input', this.inputs ?? []));
    this.run(this.endBlock);
  }

  override clean(): void {
    try {
      if (this.scope) this.run(this.block.compiled.clean);
    } finally {
      const hidden = this.hidden;
      this.hidden = undefined;
      if (hidden) {
        const vars = this.scope.variables;
        for (const [k, v] of hidden) {
          if (v) vars.set(k, v);
          else vars.delete(k);
        }
      }
    }
  }
}

const switchNamesCache = new WeakMap<BindState['command'], ReadonlySet<string>>();

/** The lower-cased names of a command's switch parameters (its own and -Verbose, -Debug, -WhatIf, -Confirm). */
function switchNames(command: BindState['command']): ReadonlySet<string> {
  let names = switchNamesCache.get(command);
  if (!names) {
    names = new Set(command.parameters.filter((p) => p.isSwitch).map((p) => p.name.toLowerCase()));
    switchNamesCache.set(command, names);
  }
  return names;
}

const DOTTED_AUTOMATIC_VARIABLES = [
  'myinvocation',
  'psboundparameters',
  'pscmdlet',
  'args',
  'input',
  'pscommandpath',
  'psscriptroot',
  '_',
  'psitem',
];

const psCmdletOf = (p: ScriptCommandProcessor) => p.psCmdlet();
const boundParametersOf = (p: ScriptCommandProcessor) => p.boundParameters();
const myInvocationOf = (p: ScriptCommandProcessor) => p.myInvocation();

function defaultForType(typeName: string): unknown {
  const t = typeName.toLowerCase().replace(/^system\./, '');
  if (
    [
      'int',
      'int32',
      'long',
      'int64',
      'double',
      'float',
      'single',
      'decimal',
      'byte',
      'int16',
      'uint32',
    ].includes(t)
  )
    return 0;
  if (t === 'bool' || t === 'boolean') return false;
  if (t === 'string') return '';
  return null;
}

function bindingDepthError() {
  return runtimeError('BadExpression', undefined, 'The script failed due to call depth overflow.');
}
