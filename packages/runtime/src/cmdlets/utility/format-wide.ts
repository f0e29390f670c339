// Format-Wide: one property of each object, laid out in columns across the width (emits the rendered lines).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { toStringForDisplay } from '../../conversion/index.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { getMember, matchesWildcard, propertyNamesOf } from '../../engine/semantics/index.js';
import { cellText } from '../../format/cells.js';
import { formatEnumerationLimit, isScalarForDisplay, writeWide } from '../../format/index.js';
import { typeNamesOf } from '../../values/type-names.js';
import { PSObject } from '../../values/ps-object.js';
import { columnsOf, groupByOf } from './format-cmdlets.js';
import { checkViewAndProperty, namedView } from './format-view-selection.js';
import { inputObjectParameter } from '../input-object-parameter.js';

const implementingType = 'Microsoft.PowerShell.Commands.FormatWideCommand';

export const formatWideMetadata: CommandMetadata = {
  name: 'Format-Wide',
  commandType: 'Cmdlet',
  implementingType,
  parameters: [
    inputObjectParameter,
    { name: 'Property', type: 'object', parameterSets: { __AllParameterSets: { position: 0 } } },
    { name: 'AutoSize', type: 'switch' },
    { name: 'Column', type: 'int', validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
    { name: 'GroupBy', type: 'object' },
    { name: 'View', type: 'string' },
  ],
};

/** pwsh's GetDisplayNameExpression fallbacks: the first property matching these, in this order. */
const knownNamePatterns = ['name', 'id', 'key', '*key', '*name', '*id'];

/**
 * The text Format-Wide shows for an object without -Property or a wide view: a scalar itself, else its name-like
 * property.
 */
function defaultText(rt: CommandRuntime, obj: unknown): string {
  const typeNames = obj instanceof PSObject ? obj.typeNames : typeNamesOf(obj);
  if (isScalarForDisplay(obj, typeNames)) return toStringForDisplay(obj);
  const names = propertyNamesOf(obj);
  const name =
    knownNamePatterns.map((p) => names.find((n) => matchesWildcard(n, p))).find((n) => n !== undefined) ??
    names[0];
  return name === undefined
    ? toStringForDisplay(obj)
    : cellText(getMember(rt.context, obj, name), formatEnumerationLimit(rt.context));
}

const buffers = new WeakMap<CommandRuntime, unknown[]>();

export const formatWide: CmdletImplementation = {
  begin(rt) {
    if (rt.parameters['AutoSize'] === true && rt.parameters['Column'] !== undefined)
      rt.throwTerminatingError(
        new ErrorRecord({
          message: 'Cmdlet parameters AutoSize and Column are mutually exclusive.',
          errorId: 'FormatCannotSpecifyAutosizeAndColumns',
          category: 'InvalidArgument',
          exceptionType: 'System.IO.InvalidDataException',
          implementingType,
        }),
      );
    checkViewAndProperty(rt, implementingType);
    buffers.set(rt, []);
  },
  process(rt) {
    if (rt.hasPipelineInput || rt.parameters['InputObject'] !== undefined)
      buffers.get(rt)!.push(rt.parameters['InputObject']);
  },
  end(rt) {
    const rows = buffers.get(rt)!.filter((r) => r !== null && r !== undefined);
    const column = columnsOf(rt, rows)?.[0];
    // -View names the wide view; else the type's own (pwsh's FileSystem `children`: names, directories in brackets).
    const view =
      column || rows.length === 0
        ? undefined
        : (namedView(rt, rows[0], 'wide', implementingType) ??
          rt.context.formatViews.findKindFor(rows[0], 'wide'));
    const limit = formatEnumerationLimit(rt.context);
    const text = (r: unknown) =>
      column ? cellText(column.get(r), limit) : view ? view.text(r) : defaultText(rt, r);
    const width = rt.context.host.width ?? 120;
    const options = {
      autoSize: rt.parameters['AutoSize'] === true,
      ...(rt.parameters['Column'] !== undefined ? { columns: Number(rt.parameters['Column']) } : {}),
    };
    const groupBy = groupByOf(rt, rows) ?? view?.groupBy;
    const lines: string[] = [];
    let start = 0;
    while (start < rows.length) {
      let end = rows.length;
      if (groupBy) {
        const key = (r: unknown) =>
          cellText(groupBy.key ? groupBy.key(r) : getMember(rt.context, r, groupBy.property));
        end = start + 1;
        while (end < rows.length && key(rows[end]) === key(rows[start])) end++;
        if (start > 0) lines.push('');
        lines.push(
          groupBy.header ? groupBy.header(rows[start]) : `   ${groupBy.property}: ${key(rows[start])}`,
          '',
        );
      }
      lines.push(...writeWide(rows.slice(start, end).map(text), width, options));
      start = end;
    }
    for (const l of ['', ...lines, '']) rt.writeObject(l);
  },
};
