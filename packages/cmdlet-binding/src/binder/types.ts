// The binder's public shapes: options, the mutable BindState, prompts and parsed common parameters.
import type { SourcePosition } from '../arguments/types.js';
import type { CompiledCommand } from '../compile/compiled-types.js';
import type { ParameterBindingException } from '../errors/parameter-binding-exception.js';
import type { TypeConverter } from '../conversion/type-converter.js';

export type ActionPreferenceName = 'SilentlyContinue' | 'Stop' | 'Continue' | 'Inquire' | 'Ignore' | 'Break';

/** A `-XxxVariable` value: `+name` means append to the existing variable. */
export interface VariableTarget {
  readonly name: string;
  readonly append: boolean;
}

/** The common parameters as the runtime applies them (only those given). */
export interface CommonParameterValues {
  verbose?: boolean;
  debug?: boolean;
  errorAction?: ActionPreferenceName;
  warningAction?: ActionPreferenceName;
  informationAction?: ActionPreferenceName;
  progressAction?: ActionPreferenceName;
  errorVariable?: VariableTarget;
  warningVariable?: VariableTarget;
  informationVariable?: VariableTarget;
  outVariable?: VariableTarget;
  outBuffer?: number;
  pipelineVariable?: string;
  whatIf?: boolean;
  confirm?: boolean;
}

export interface MandatoryPromptField {
  readonly name: string;
  readonly type: string;
  readonly isArray: boolean;
  readonly helpMessage: string | undefined;
}

/** What the host shows: PowerShell's caption, "Supply values for the following parameters:", one field each. */
export interface MandatoryPromptRequest {
  readonly caption: string;
  readonly message: string;
  readonly fields: readonly MandatoryPromptField[];
}

/** name -> answer; `undefined` (or a missing name) means the user gave nothing: MissingMandatoryParameter. */
export type MandatoryPromptAnswers = Readonly<Record<string, unknown>> | undefined;

export interface BindOptions {
  readonly converter: TypeConverter;
  /** Defaults to the command's own kind (Cmdlet for commandType Cmdlet, Function otherwise). */
  readonly commandKind?: 'Cmdlet' | 'Function';
  /** True when pipeline input will follow (PowerShell's "pipeline expected"). */
  readonly expectingInput?: boolean;
  readonly interactive?: boolean;
  readonly promptForMandatory?: (
    request: MandatoryPromptRequest,
  ) => MandatoryPromptAnswers | Promise<MandatoryPromptAnswers>;
  /** Runs `[ValidateScript()]`: true when the value passes. */
  readonly validateScript?: (id: string, value: unknown) => boolean;
  /** 1-based position of the command in its pipeline, for the prompt caption. */
  readonly pipelinePosition?: number;
  /**
   * Delay-bind script blocks (`... | Rename-Item -NewName { $_.Name + '.bak' }`): how to recognise a
   * script block value and how to run one for a pipeline object (its output, as a list).
   */
  readonly delayBind?: DelayBindHost;
  /**
   * `$PSDefaultParameterValues` entries that apply to this command, as parameter name -> value (the
   * runtime matches the `Command:Parameter` keys, wildcards and `Disabled`, and runs script block values).
   */
  readonly defaultParameterValues?: Iterable<readonly [string, unknown]>;
  /**
   * LanguagePrimitives.IsObjectEnumerable: a lone ValueFromRemainingArguments value that is a collection binds
   * as itself (an ArrayList stays one). Defaults to Array.isArray.
   */
  readonly isEnumerable?: (value: unknown) => boolean;
}

export interface DelayBindHost {
  isScriptBlock(value: unknown): boolean;
  /** Runs the script block with `$_` = inputObject; throw to report ScriptBlockArgumentInvocationFailed. */
  invoke(scriptBlock: unknown, inputObject: unknown): readonly unknown[];
}

/** A script block argument waiting for pipeline objects. */
export interface DelayedScriptBlock {
  readonly scriptBlock: unknown;
  readonly position: SourcePosition | undefined;
}

export interface BindState {
  readonly command: CompiledCommand;
  readonly options: BindOptions;
  /** $PSBoundParameters: canonical name -> value, in bind order. */
  readonly boundParameters: Map<string, unknown>;
  /** Canonical names bound from the current pipeline object. */
  boundFromPipeline: ReadonlySet<string>;
  /** Bit mask of the sets still valid (AllSets = not narrowed). */
  currentSets: number;
  /** Sets after command-line binding, restored before each pipeline object. */
  commandLineSets: number;
  /** A set pipeline binding tries first (PowerShell's _parameterSetToBePrioritizedInPipelineBinding); 0 = none. */
  prioritizedSet: number;
  parameterSetName: string;
  commonParameters: CommonParameterValues;
  /** Parameters the prompt filled: the runtime shows them as bound like any other. */
  prompted: readonly string[];
  /** `$args` of a simple function: unknown `-names` (as typed) and values no parameter took. */
  unboundArguments: readonly unknown[];
  /** Which `unboundArguments` are `-names` (so splatting `@args` passes them on as parameter names). */
  unboundParameterNameIndexes: readonly number[];
  /** Parameters filled from `$PSDefaultParameterValues` (also in boundParameters, like PowerShell). */
  boundDefaultParameters: readonly string[];
  /** Warnings the runtime should write (a default value that failed to bind). */
  warnings: readonly string[];
  /** Parameter name -> script block evaluated per pipeline object (delay-bind). */
  delayBound: ReadonlyMap<string, DelayedScriptBlock>;
  /**
   * Internal to `bindPipelineObject`: the outcome of the last pipeline bind when it cannot depend on the
   * object (see binder/pipeline-memo.ts); the next object then takes the same parameter without the passes.
   */
  pipelineMemo?: PipelineBindMemo | undefined;
}

/** A pipeline bind outcome that holds for any object (ByValue-only parameter of type object, no delay-bind). */
export interface PipelineBindMemo {
  readonly parameterName: string;
  /** The set of pipeline-bound names the memoized bind left in the state (checked by identity). */
  readonly fromPipeline: ReadonlySet<string>;
  readonly commandLineSets: number;
  readonly prioritizedSet: number;
  readonly boundCount: number;
  readonly setsAfter: number;
  readonly setNameAfter: string;
}

/** The outcome for one pipeline object: PowerShell writes `error` as non-terminating and goes on. */
export interface PipelineBindResult {
  readonly bound: boolean;
  readonly error?: ParameterBindingException;
}

export type { SourcePosition };
