// Format-Table, Format-List, Out-String: formatted text now (pwsh emits format records; we emit the lines they render to).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { getMember, propertyNamesOf, toStr } from '../../engine/semantics/index.js';
import {
  autoSizeColumns,
  formatEnumerationLimit,
  formatOutput,
  listViewItems,
  noteValue,
  viewColumns,
  wrapLines,
  writeGroupedTable,
  writeList,
  writeTable,
  linesWithVt,
  listLabelStyle,
  plainRendering,
  tableHeaderStyle,
  type TableColumn,
  type ViewGroupBy,
  type ViewRendering,
} from '../../format/index.js';
import { hostRendering } from '../core/host-rendering.js';
import { cellText } from '../../format/cells.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { dictionaryEntries } from '../../members/adapters/collections.js';
import { matchesWildcard } from '../../engine/semantics/index.js';
import { checkViewAndProperty, namedView } from './format-view-selection.js';
import { inputObjectParameter } from '../input-object-parameter.js';

const input = inputObjectParameter;
const property = {
  name: 'Property',
  type: 'object[]',
  parameterSets: { __AllParameterSets: { position: 0 } },
};

export const formatTableMetadata: CommandMetadata = {
  name: 'Format-Table',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.FormatTableCommand',
  parameters: [
    input,
    property,
    { name: 'AutoSize', type: 'switch' },
    { name: 'HideTableHeaders', type: 'switch' },
    { name: 'Wrap', type: 'switch' },
    { name: 'GroupBy', type: 'object' },
    { name: 'View', type: 'string' },
  ],
};
export const formatListMetadata: CommandMetadata = {
  name: 'Format-List',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.FormatListCommand',
  parameters: [input, property, { name: 'GroupBy', type: 'object' }, { name: 'View', type: 'string' }],
};
export const outStringMetadata: CommandMetadata = {
  name: 'Out-String',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.OutStringCommand',
  parameters: [
    input,
    { name: 'Width', type: 'int' },
    { name: 'Stream', type: 'switch' },
    { name: 'NoNewline', type: 'switch' },
  ],
};

interface Column {
  readonly label: string;
  readonly get: (row: unknown) => unknown;
}

/** -Property entries: names (wildcards), script blocks, or @{Label/Name; Expression}. */
export function columnsOf(rt: CommandRuntime, rows: readonly unknown[]): Column[] | undefined {
  const raw = rt.parameters['Property'];
  if (raw === undefined || raw === null) return undefined;
  // Format-Wide's -Property is one object, the others' an array.
  const props = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  return props.flatMap((p) => columnsFor(rt, p, rows));
}

/** One -Property (or -GroupBy) entry: a name (wildcards expand), a script block, or @{Label/Name; Expression}. */
function columnsFor(rt: CommandRuntime, p: unknown, rows: readonly unknown[]): Column[] {
  const ctx = rt.context;
  if (p instanceof ScriptBlock)
    return [{ label: p.toString().trim(), get: (r) => collapse(p.invokeWithDollarUnder(r)) }];
  if (p instanceof PSHashtable) {
    const label = toStr(ctx, p.get('Label') ?? p.get('L') ?? p.get('Name') ?? p.get('N') ?? '');
    const e = p.get('Expression') ?? p.get('E');
    if (e instanceof ScriptBlock) return [{ label, get: (r) => collapse(e.invokeWithDollarUnder(r)) }];
    return [{ label: label || toStr(ctx, e), get: (r) => getMember(ctx, r, toStr(ctx, e)) }];
  }
  const name = toStr(ctx, p);
  const names = /[*?[]/.test(name)
    ? [...new Set(rows.flatMap((r) => propertyNamesOf(r)))].filter((n) => matchesWildcard(n, name))
    : [name];
  return names.map((n) => ({ label: n, get: (r: unknown) => getMember(ctx, r, n) }));
}

/**
 * -GroupBy: objects in a row with the same value share a group under `   <label>: <value>` (pwsh's group start),
 * replacing a view's own grouping.
 */
export function groupByOf(rt: CommandRuntime, rows: readonly unknown[]): ViewGroupBy | undefined {
  const raw = rt.parameters['GroupBy'];
  if (raw === undefined || raw === null) return undefined;
  const column = columnsFor(rt, raw, rows)[0];
  if (!column) return undefined;
  return {
    property: column.label,
    key: column.get,
    header: (first) => `   ${column.label}: ${cellText(column.get(first))}`,
  };
}

function collapse(items: unknown[]): unknown {
  return items.length === 0 ? null : items.length === 1 ? items[0] : items;
}

const buffers = new WeakMap<CommandRuntime, unknown[]>();
const collect: CmdletImplementation['process'] = (rt) => {
  if (!rt.hasPipelineInput && rt.parameters['InputObject'] === undefined) return;
  const input = rt.parameters['InputObject'];
  // A dictionary is shown by its entries (DictionaryEntry's Name/Value view, or KeyValuePairs), as pwsh does.
  if (input instanceof PSHashtable) buffers.get(rt)!.push(...dictionaryEntries(input));
  else buffers.get(rt)!.push(input);
};
const width = (rt: CommandRuntime) =>
  (rt.parameters['Width'] as number | undefined) ?? rt.context.host.width ?? 120;

const formatTableType = 'Microsoft.PowerShell.Commands.FormatTableCommand';
const formatListType = 'Microsoft.PowerShell.Commands.FormatListCommand';

export const formatTable: CmdletImplementation = {
  begin(rt) {
    checkViewAndProperty(rt, formatTableType);
    buffers.set(rt, []);
  },
  process: collect,
  end(rt) {
    const rows = buffers.get(rt)!.filter((r) => r !== null && r !== undefined);
    const own = columnsOf(rt, rows);
    // -View names the table; else the type's first table view (pwsh's GetViewByShapeAndType for the Table shape).
    const table =
      own || rows.length === 0
        ? undefined
        : (namedView(rt, rows[0], 'table', formatTableType) ??
          rt.context.formatViews.findKindFor(rows[0], 'table'));
    const shown = hostRendering(rt.context);
    // Drawn twice for a VT host, cells are still read once (a script block column runs once per row).
    const fixed: TableColumn[] | undefined = (
      own ??
      (table
        ? undefined
        : [...new Set(rows.flatMap((r) => propertyNamesOf(r)))].map((n) => ({
            label: n,
            get: (r: unknown) => getMember(rt.context, r, n),
          })))
    )?.map((c) => (shown.ansi ? { ...c, get: memoized(c.get) } : c));
    const groupBy = groupByOf(rt, rows) ?? table?.groupBy;
    const limit = formatEnumerationLimit(rt.context);
    const render = (rendering: ViewRendering): string[] => {
      const cols = fixed ?? viewColumns(table!, rt.context.formatViews.properties, rendering);
      // A view's table keeps its widths, wrapping and groups; -AutoSize sizes its columns to their content.
      const sized = table && rt.parameters['AutoSize'] === true ? autoSizeColumns(cols, rows, limit) : cols;
      const headerStyle = tableHeaderStyle(rendering);
      const options = {
        enumerationLimit: limit,
        wrap: rt.parameters['Wrap'] === true || table?.wrap === true,
        hideHeader: rt.parameters['HideTableHeaders'] === true,
        ...(headerStyle ? { headerStyle } : {}),
      };
      return groupBy
        ? writeGroupedTable(groupBy, sized, rows, width(rt), options)
        : writeTable(sized, rows, width(rt), options);
    };
    for (const l of ['', ...drawnForHost(shown, render), '']) rt.writeObject(l);
  },
};

/**
 * The lines as plain text and, where the host shows VT ($PSStyle.OutputRendering), each decorated line's VT form
 * beside it (pwsh renders format objects at Out-Default; exosh's lines carry both).
 */
function drawnForHost(shown: ViewRendering, render: (rendering: ViewRendering) => string[]): unknown[] {
  return linesWithVt(render(plainRendering()), shown.ansi ? render(shown) : undefined);
}

function memoized(get: (row: unknown) => unknown): (row: unknown) => unknown {
  const values = new Map<unknown, unknown>();
  return (row) => {
    if (values.has(row)) return values.get(row);
    const value = get(row);
    values.set(row, value);
    return value;
  };
}

export const formatList: CmdletImplementation = {
  begin(rt) {
    checkViewAndProperty(rt, formatListType);
    buffers.set(rt, []);
  },
  process: collect,
  end(rt) {
    const rows = buffers.get(rt)!.filter((r) => r !== null && r !== undefined);
    const star = (rt.parameters['Property'] as unknown[] | undefined)?.some((p) => p === '*');
    const cols = star ? undefined : columnsOf(rt, rows);
    // Group headers, and each object's label/value pairs (read once, drawn plain and, for a VT host, decorated).
    const blocks: (string[] | (readonly [string, unknown])[])[] = [];
    const ownGroupBy = groupByOf(rt, rows);
    // -View names the list for the first object (FormatViewNotFound without one); the others use it where it applies.
    const viewName = rt.parameters['View'] as string | undefined;
    if (rows.length > 0 && !star && !cols) namedView(rt, rows[0], 'list', formatListType);
    let group: string | undefined;
    for (const r of rows) {
      const views = rt.context.formatViews;
      const view =
        star || cols
          ? undefined
          : ((viewName ? views.findNamed(r, 'list', viewName) : undefined) ?? views.findKindFor(r, 'list'));
      const groupBy = ownGroupBy ?? view?.groupBy;
      if (groupBy) {
        // pwsh's group start: a blank line, the group's header, a blank line; each entry then starts with its own.
        const { property: by, header } = groupBy;
        const key = cellText(groupBy.key ? groupBy.key(r) : noteValue(r, by));
        if (key !== group)
          blocks.push(['', ...wrapLines(header ? header(r) : `   ${by}: ${key}`, width(rt)), '']);
        group = key;
      }
      const items = view ? listViewItems(view, r) : undefined;
      const names = view?.properties ?? propertyNamesOf(r);
      const columns =
        cols ??
        items?.map((i) => ({
          label: i.label,
          get: i.value ?? ((x: unknown) => getMember(rt.context, x, i.property)),
        })) ??
        names.map((n) => ({ label: n, get: (x: unknown) => getMember(rt.context, x, n) }));
      blocks.push(columns.map((c) => [c.label, c.get(r)] as const));
    }
    const limit = formatEnumerationLimit(rt.context);
    const render = (rendering: ViewRendering): string[] =>
      blocks.flatMap((b) => (isTextBlock(b) ? b : ['', ...writeList(b, limit, listLabelStyle(rendering))]));
    for (const l of [...drawnForHost(hostRendering(rt.context), render), '', '']) rt.writeObject(l);
  },
};

const isTextBlock = (b: string[] | (readonly [string, unknown])[]): b is string[] =>
  b.length > 0 && typeof b[0] === 'string';

export const outString: CmdletImplementation = {
  begin: (rt) => void buffers.set(rt, []),
  process: collect,
  end(rt) {
    // Plain text, unless $PSStyle.OutputRendering is Ansi (then the decorations a VT host shows are kept).
    const shown = hostRendering(rt.context);
    const text = formatOutput(buffers.get(rt)!, {
      width: width(rt),
      views: rt.context.formatViews,
      enumerationLimit: formatEnumerationLimit(rt.context),
      ...(shown.style.outputRendering === 'Ansi' ? { rendering: shown } : {}),
    });
    if (rt.parameters['Stream'] === true)
      for (const line of text.replace(/\n$/, '').split('\n')) rt.writeObject(line);
    else rt.writeObject(rt.parameters['NoNewline'] === true ? text.replace(/\n/g, '') : text);
  },
};
