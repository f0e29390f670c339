// Format-Table/-List/-Wide -View: the named view of the input's type, pwsh's FormatViewNotFound when it has none, and
// FormatCannotSpecifyViewAndProperty when -Property is given too (FormatViewManager, BaseFormattingCommand).
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { ErrorRecord } from '../../errors/error-record.js';
import type { FormatView } from '../../format/index.js';
import { PSObject } from '../../values/ps-object.js';
import { typeNameOf } from '../../values/type-names.js';

type Kind = FormatView['kind'];

/** The shape's name in pwsh's messages, and the cmdlet that formats it. */
const shapes: Readonly<Record<Kind, readonly [string, string]>> = {
  table: ['Table', 'Format-Table'],
  list: ['List', 'Format-List'],
  wide: ['Wide', 'Format-Wide'],
  custom: ['Custom', 'Format-Custom'],
};

/** -View with -Property (or, for Format-Wide, its one property): a terminating error in begin, as pwsh's. */
export function checkViewAndProperty(rt: CommandRuntime, implementingType: string): void {
  if (rt.parameters['View'] === undefined || rt.parameters['Property'] === undefined) return;
  rt.throwTerminatingError(
    new ErrorRecord({
      message: 'Cmdlet parameters View and Property are mutually exclusive.',
      errorId: 'FormatCannotSpecifyViewAndProperty',
      category: 'InvalidArgument',
      exceptionType: 'System.IO.InvalidDataException',
      implementingType,
    }),
  );
}

/**
 * The object's .NET type as pwsh's message names it (BaseObject.GetType()): an emulated object's first type name, a
 * PSCustomObject's own type.
 */
function baseTypeName(value: unknown): string {
  if (value instanceof PSObject && value.isCustomObject)
    return value.typeNames[0] ?? 'System.Management.Automation.PSCustomObject';
  return typeNameOf(value);
}

/**
 * The view -View names for the first input object, of the cmdlet's kind; without one the pipeline ends with
 * FormatViewNotFound, its message listing the type's views of that kind, or the cmdlets whose kind has a view by that
 * name, or saying there is none (ProcessUnknownViewName).
 */
export function namedView<K extends Kind>(
  rt: CommandRuntime,
  first: unknown,
  kind: K,
  implementingType: string,
): Extract<FormatView, { kind: K }> | undefined {
  const name = rt.parameters['View'] as string | undefined;
  if (name === undefined || name === '') return undefined;
  const views = rt.context.formatViews;
  const found = views.findNamed(first, kind, name);
  if (found) return found;
  const typeName = baseTypeName(first);
  const [shape] = shapes[kind];
  const ofType = views.viewsOf(typeName);
  const valid = ofType.filter((v) => v.kind === kind && v.name !== undefined).map((v) => v.name);
  const others = ofType
    .filter((v) => v.kind !== kind && v.name?.toLowerCase() === name.toLowerCase())
    .map((v) => shapes[v.kind][1]);
  const message =
    valid.length > 0
      ? `The view name ${name} cannot be found. Specify one of the following ${shape} views and try again: ${valid.join(', ')}.`
      : others.length > 0
        ? ` The view name ${name} cannot be found in the ${shape} formatting. Try using one of these other format cmdlets: ${others.join(', ')}`
        : `The view name ${name} cannot be found. There are no existing ${shape} views for ${typeName} objects.`;
  rt.throwTerminatingError(
    new ErrorRecord({
      message,
      errorId: 'FormatViewNotFound',
      category: 'ObjectNotFound',
      exceptionType: 'System.Management.Automation.PipelineStoppedException',
      targetObject: name,
      implementingType,
    }),
  );
  return undefined;
}
