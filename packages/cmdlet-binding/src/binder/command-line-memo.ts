// The steady state of command-line binding at one call site: `f $i` in a loop binds the same way every time.
//
// A command line made only of plain positional values, each taken by an [object] parameter without validation,
// binds the same parameters, narrows the same sets and finds the same mandatory parameters missing whatever the
// values are, as long as no value is $null, '' or a list (the null/empty checks of mandatory parameters) and
// $PSDefaultParameterValues has nothing for the command. The outcome of the last such bind is kept per command
// and argument count; the next bind with values of that shape builds the same state without the phases.
import type { CommandArgument } from '../arguments/types.js';
import type { CompiledCommand, CompiledParameter } from '../compile/compiled-types.js';
import type { BindOptions, BindState } from './types.js';

interface CommandLineMemo {
  readonly parameters: readonly string[];
  readonly sets: number;
  readonly prioritizedSet: number;
  readonly setName: string;
}

interface CommandMemos {
  /** Whether every positional parameter of the command binds any value unchanged and unchecked. */
  readonly eligible: boolean;
  readonly byShape: Map<number, CommandLineMemo>;
}

const memosByCommand = new WeakMap<CompiledCommand, CommandMemos>();

/** [object] (a script block stays itself: no delay-bind), no validation, no switch/bool/string/list rules. */
function takesAnyValue(p: CompiledParameter): boolean {
  return (
    p.takesAnything &&
    p.type.toLowerCase() === 'object' &&
    !p.isSwitch &&
    !p.isBool &&
    !p.isString &&
    !p.isArray &&
    !p.isCommon &&
    !p.remainingInSomeSet &&
    p.validate === undefined
  );
}

function memosFor(command: CompiledCommand): CommandMemos {
  let m = memosByCommand.get(command);
  if (!m) {
    m = {
      eligible: command.positional.every((e) => takesAnyValue(e.parameter)),
      byShape: new Map(),
    };
    memosByCommand.set(command, m);
  }
  return m;
}

/** The memo key: argument count, pipeline input expected, the kind override. -1: not a memoizable shape. */
function shapeOf(args: readonly CommandArgument[], options: BindOptions): number {
  if (options.defaultParameterValues !== undefined) return -1;
  for (const a of args) {
    if (a.kind !== 'argument' || a.fromArraySplat === true || a.arrayLiteral === true) return -1;
    const v = a.value;
    if (v === null || v === undefined || v === '' || Array.isArray(v)) return -1;
  }
  const kind = options.commandKind === undefined ? 0 : options.commandKind === 'Cmdlet' ? 1 : 2;
  return args.length * 8 + (options.expectingInput === true ? 4 : 0) + kind;
}

/** A fresh state for `args` as the remembered bind left it; undefined when there is none for this shape. */
export function bindFromCommandLineMemo(
  command: CompiledCommand,
  args: readonly CommandArgument[],
  options: BindOptions,
  newState: (command: CompiledCommand, options: BindOptions) => BindState,
): BindState | undefined {
  const memos = memosFor(command);
  if (!memos.eligible) return undefined;
  const shape = shapeOf(args, options);
  if (shape < 0) return undefined;
  const memo = memos.byShape.get(shape);
  if (memo === undefined) return undefined;
  const state = newState(command, options);
  for (let i = 0; i < args.length; i++) {
    state.boundParameters.set(memo.parameters[i] as string, (args[i] as { value: unknown }).value);
  }
  state.currentSets = memo.sets;
  state.commandLineSets = memo.sets;
  state.prioritizedSet = memo.prioritizedSet;
  state.parameterSetName = memo.setName;
  // A simple function's $args: nothing left over (as collectUnboundArguments leaves it).
  if (command.isSimple) state.unboundArguments = [];
  // Only [object] parameters were bound: no common parameter, so the new state's empty commonParameters stay.
  return state;
}

/** After a full bind: remember it when it is the plain shape above and bound each value, in order, unchanged. */
export function rememberCommandLineBind(
  args: readonly CommandArgument[],
  options: BindOptions,
  state: BindState,
): void {
  const memos = memosFor(state.command);
  if (!memos.eligible) return;
  const shape = shapeOf(args, options);
  if (shape < 0 || memos.byShape.has(shape)) return;
  if (
    state.boundParameters.size !== args.length ||
    state.delayBound.size !== 0 ||
    state.boundFromPipeline.size !== 0 ||
    state.unboundArguments.length !== 0 ||
    state.prompted.length !== 0 ||
    state.boundDefaultParameters.length !== 0 ||
    state.warnings.length !== 0
  ) {
    return;
  }
  const parameters: string[] = [];
  let i = 0;
  for (const [name, value] of state.boundParameters) {
    const arg = args[i++] as { value: unknown };
    if (arg.value !== value) return;
    parameters.push(name);
  }
  memos.byShape.set(shape, {
    parameters,
    sets: state.currentSets,
    prioritizedSet: state.prioritizedSet,
    setName: state.parameterSetName,
  });
}
