// A static binder for tab completion and help: no conversion, no errors thrown, just what is still possible.
import type { CommandArgument } from '../arguments/types.js';
import { AllSets, type CompiledCommand, type CompiledParameter } from '../compile/compiled-types.js';
import { AllParameterSets } from '../metadata/types.js';

export interface StaticBindResult {
  /** Parameter sets still possible (all declared sets when nothing narrowed them). */
  readonly possibleSets: readonly string[];
  /** Canonical names bound so far, with the way they were bound. */
  readonly bound: ReadonlyMap<string, 'named' | 'positional'>;
  /** Parameters that may still be given by name, in table order. */
  readonly nextParameters: readonly string[];
  /** The parameter the next bare argument would bind to (default set preferred), if any. */
  readonly nextPositional: { readonly parameter: string; readonly position: number } | undefined;
  /** Set when the line ends with a parameter that still needs its value. */
  readonly awaitingValueFor: string | undefined;
  /** Typed names that matched nothing, and ambiguous prefixes with their candidates. */
  readonly unknown: readonly string[];
  readonly ambiguous: ReadonlyMap<string, readonly string[]>;
  /** Bare values no positional parameter would take (PositionalParameterNotFound at run time). */
  readonly unboundPositional: readonly unknown[];
}

function inSets(p: CompiledParameter, sets: number): boolean {
  return p.inAllSets || sets === AllSets || (sets & p.setFlags) !== 0;
}

function narrowed(sets: number, p: CompiledParameter): number {
  if (p.setFlags === 0) return sets;
  return sets === AllSets ? p.setFlags : (sets & p.setFlags) >>> 0;
}

function nextPositionalOf(command: CompiledCommand, sets: number, bound: ReadonlyMap<string, unknown>) {
  const d = command.defaultSetFlag;
  let best: { parameter: CompiledParameter; position: number; isDefault: boolean } | undefined;
  for (const e of command.positional) {
    if (bound.has(e.parameter.name)) continue;
    const f = e.record.setFlag;
    if (f !== 0 && sets !== AllSets && (sets & f) === 0) continue;
    const isDefault = d !== 0 && (f === 0 || f === d);
    if (best === undefined) best = { parameter: e.parameter, position: e.position, isDefault };
    else if (e.position === best.position && isDefault && !best.isDefault) {
      best = { parameter: e.parameter, position: e.position, isDefault };
    } else if (e.position !== best.position) break;
  }
  return best && { parameter: best.parameter.name, position: best.position };
}

/**
 * Binds a partial command line by name and position only (no conversion, no validation, nothing
 * thrown), like PowerShell's StaticParameterBinder: what completion and help need to know next.
 */
export function staticBind(command: CompiledCommand, args: readonly CommandArgument[]): StaticBindResult {
  let sets = AllSets;
  const bound = new Map<string, 'named' | 'positional'>();
  const unknown: string[] = [];
  const ambiguous = new Map<string, readonly string[]>();
  let awaitingValueFor: string | undefined;
  const unboundPositional: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as CommandArgument;
    if (a.kind === 'parameter') {
      const hit = command.lookup.get(a.name.toLowerCase());
      if (hit === undefined) {
        unknown.push(a.name);
        // As in positional binding, the bare value after an unknown `-name` is taken as its argument.
        if (!a.hasArgument && args[i + 1]?.kind === 'argument') i++;
        continue;
      }
      if (!hit.parameter) {
        ambiguous.set(
          a.name,
          hit.candidates.map((c) => c.name),
        );
        continue;
      }
      const p = hit.parameter;
      if (!p.isSwitch && !a.hasArgument) {
        const next = args[i + 1];
        if (next === undefined) {
          awaitingValueFor = p.name;
          continue;
        }
        if (next.kind === 'parameter') {
          const nextHit = command.lookup.get(next.name.toLowerCase());
          // A following parameter leaves this one without its value; an unknown `-word` is the value.
          if (nextHit !== undefined || next.hasArgument) continue;
        }
        i++;
      }
      bound.set(p.name, 'named');
      sets = narrowed(sets, p);
      continue;
    }
    const target = nextPositionalOf(command, sets, bound);
    if (target === undefined) {
      unboundPositional.push(a.value);
      continue;
    }
    const p = command.byName.get(target.parameter) as CompiledParameter;
    bound.set(p.name, 'positional');
    sets = narrowed(sets, p);
  }
  const names = command.setNames;
  const possibleSets =
    sets === AllSets
      ? names.length > 0
        ? [...names]
        : [AllParameterSets]
      : names.filter((_n, i) => (sets & (2 ** i)) !== 0);
  return {
    possibleSets,
    bound,
    nextParameters: command.parameters
      .filter((p) => !bound.has(p.name) && inSets(p, sets))
      .map((p) => p.name),
    nextPositional: nextPositionalOf(command, sets, bound),
    awaitingValueFor,
    unknown,
    ambiguous,
    unboundPositional,
  };
}
