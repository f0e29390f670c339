// Out-Default's text: objects grouped into tables and lists by shape and view, as pwsh renders them on a host.
import { toStringForDisplay } from '../conversion/index.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { PSDateTime } from '../values/ps-datetime.js';
import { writeList, type ListLabelStyle } from './list-writer.js';
import { vtTextOf } from './vt-lines.js';
import { writeTable, type TableColumn, type TableOptions } from './table-writer.js';
import { cellText } from './cells.js';
import { wrapLines } from './line-wrap.js';
import {
  plainRendering,
  type CustomView,
  type FormatView,
  type FormatViewRegistry,
  type TableView,
  type ViewGroupBy,
  type ViewRendering,
} from './view-registry.js';
import { enumerate } from '../conversion/index.js';
import { isScalarForDisplay } from './scalar-types.js';
import { defaultPropertyReader, type PropertyReader } from './property-reader.js';
import { typeNamesOf } from '../values/type-names.js';

export interface FormatOptions {
  readonly width: number;
  readonly views?: FormatViewRegistry;
  readonly enumerationLimit?: number;
  /** How properties are listed and read (the runspace's member access); adapted members by default. */
  readonly properties?: PropertyReader;
  /** VT output with $PSStyle's decorations (a host that shows them); plain text by default. */
  readonly rendering?: ViewRendering;
}

type Shape =
  | { readonly kind: 'scalar' }
  | { readonly kind: 'hashtable' }
  | { readonly kind: 'custom'; readonly key: string; readonly view: CustomView }
  | {
      readonly kind: 'table';
      readonly key: string;
      readonly columns: readonly TableColumn[];
      readonly view?: TableView;
    }
  | { readonly kind: 'list'; readonly key: string; readonly properties: readonly string[] | undefined };

/** A property a view column shows: a note or code property's value, else null. */
export function noteValue(obj: unknown, name: string): unknown {
  if (!(obj instanceof PSObject)) return null;
  const m = obj.getMember(name);
  if (!m) return null;
  if (m.memberType === 'NoteProperty') return m.value;
  if (m.memberType === 'CodeProperty') return m.get(obj);
  return null;
}

/**
 * A table view's columns as the table writer takes them (Out-Default and Format-Table share them). A view's column
 * without an alignment is left-aligned whatever its values (pwsh infers right alignment for numbers only without a
 * view); property columns read through `reader` (adapted .NET properties included).
 */
export function viewColumns(
  view: TableView,
  reader: PropertyReader = defaultPropertyReader,
  rendering: ViewRendering = plainRendering(),
): TableColumn[] {
  return view.columns.map(({ value, ...c }) => ({
    label: c.label,
    get: value ? (r: unknown) => value(r, rendering) : (r: unknown) => reader.get(r, c.property),
    // pwsh: a view's label is a property's name when the first object has a property by that name.
    headerMatchesProperty: (first: unknown) =>
      reader.names(first).some((n) => n.toLowerCase() === c.label.toLowerCase()),
    alignment: c.alignment ?? 'Left',
    ...(c.width ? { width: c.width } : {}),
  }));
}

const viewIds = new WeakMap<FormatView, number>();
let lastViewId = 0;
const viewId = (view: FormatView): number => {
  let id = viewIds.get(view);
  if (id === undefined) viewIds.set(view, (id = ++lastViewId));
  return id;
};

function shapeOf(
  value: unknown,
  views: FormatViewRegistry | undefined,
  reader: PropertyReader,
  rendering: ViewRendering,
): Shape {
  if (value instanceof PSHashtable) return { kind: 'hashtable' };
  const typeNames = value instanceof PSObject ? value.typeNames : typeNamesOf(value);
  // pwsh's default scalar types (strings, numbers, booleans, enums...) print as themselves even with note properties.
  if (isScalarForDisplay(value, typeNames)) return { kind: 'scalar' };
  const view: FormatView | undefined = views?.find(typeNames);
  if (view?.kind === 'custom') return { kind: 'custom', key: `view:${viewId(view)}`, view };
  const names = view ? [] : reader.names(value);
  // An object without a view or properties shows its ToString(), a PSCustomObject an empty table.
  if (!view && names.length === 0 && !(value instanceof PSObject && value.isCustomObject))
    return { kind: 'scalar' };
  // Objects shown through the same view share one table or list, whatever their own properties.
  const key = view ? `view:${viewId(view)}` : `${typeNames[0] ?? ''}|${names.join(',')}`;
  if (view?.kind === 'list') return { kind: 'list', key, properties: view.properties };
  if (view?.kind === 'table') {
    return { kind: 'table', key, columns: viewColumns(view, reader, rendering), view };
  }
  // pwsh's rule without a view: up to four properties make a table, more make a list.
  if (names.length <= 4)
    return {
      kind: 'table',
      key,
      columns: names.map((n) => ({ label: n, get: (r: unknown) => reader.get(r, n) })),
    };
  return { kind: 'list', key, properties: names };
}

/**
 * A view's table split by its GroupBy property: each run of objects with the same value gets the group
 * header (wrapped to the width), a blank line and its own table, with a blank line between groups.
 */
export function writeGroupedTable(
  groupBy: ViewGroupBy,
  columns: readonly TableColumn[],
  rows: readonly unknown[],
  width: number,
  options: TableOptions = {},
): string[] {
  const keyOf = (r: unknown) => cellText(groupBy.key ? groupBy.key(r) : noteValue(r, groupBy.property));
  const out: string[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start + 1;
    while (end < rows.length && keyOf(rows[end]) === keyOf(rows[start])) end++;
    const first = rows[start];
    const header = groupBy.header ? groupBy.header(first) : `   ${groupBy.property}: ${keyOf(first)}`;
    if (start > 0) out.push('');
    out.push(...wrapLines(header, width), '', ...writeTable(columns, rows.slice(start, end), width, options));
    start = end;
  }
  return out;
}

/** TableWriter's header style on a VT host ($PSStyle.Formatting.TableHeader, CustomTableHeaderLabel); none otherwise. */
export function tableHeaderStyle(rendering: ViewRendering): TableOptions['headerStyle'] {
  if (!rendering.ansi) return undefined;
  const { formatting, reset } = rendering.style;
  return { tableHeader: formatting.tableHeader, customLabel: formatting.customTableHeaderLabel, reset };
}

/** ListWriter's label style on a VT host ($PSStyle.Formatting.FormatAccent); none otherwise. */
export function listLabelStyle(rendering: ViewRendering): ListLabelStyle | undefined {
  if (!rendering.ansi) return undefined;
  return { formatAccent: rendering.style.formatting.formatAccent, reset: rendering.style.reset };
}

function scalarText(value: unknown): string {
  if (value instanceof PSDateTime) return value.toString();
  return toStringForDisplay(value);
}

/** Renders output objects as the host shows them at the end of a pipeline. */
export function formatOutput(objects: readonly unknown[], options: FormatOptions): string {
  const lines: string[] = [];
  const flat: unknown[] = [];
  for (const o of objects) {
    if (o === null || o === undefined) continue;
    const items = enumerate(o);
    if (items) flat.push(...items.filter((i) => i !== null && i !== undefined));
    else flat.push(o);
  }
  const reader = options.properties ?? options.views?.properties ?? defaultPropertyReader;
  const rendering = options.rendering ?? plainRendering();
  // On a VT host every table's header is in $PSStyle.Formatting's style.
  const headerStyle = tableHeaderStyle(rendering);
  const styled = {
    ...(headerStyle ? { headerStyle } : {}),
    ...(options.enumerationLimit !== undefined ? { enumerationLimit: options.enumerationLimit } : {}),
  };
  let i = 0;
  while (i < flat.length) {
    const first = flat[i];
    const shape = shapeOf(first, options.views, reader, rendering);
    if (shape.kind === 'scalar') {
      // Format-Table/-List's lines carry their VT form for a host that shows it.
      lines.push((rendering.ansi ? vtTextOf(first) : undefined) ?? scalarText(first));
      i++;
      continue;
    }
    if (shape.kind === 'hashtable') {
      // A hashtable's entries are DictionaryEntry (Name, Value); a Dictionary[K,V]'s are KeyValuePair (Key, Value).
      const generic = (first as PSHashtable).kind === 'Dictionary';
      const rows: [unknown, unknown][] = [];
      while (
        i < flat.length &&
        flat[i] instanceof PSHashtable &&
        ((flat[i] as PSHashtable).kind === 'Dictionary') === generic
      )
        rows.push(...(flat[i++] as PSHashtable).entries());
      lines.push(
        '',
        ...writeTable(
          [
            // DictionaryEntry's "Dictionary" view has a 30-wide Name column; KeyValuePair has no view.
            {
              label: generic ? 'Key' : 'Name',
              get: (r) => (r as [unknown])[0],
              ...(generic ? {} : { width: 30 }),
            },
            {
              label: 'Value',
              get: (r) => (r as [unknown, unknown])[1],
              // The view's columns are left-aligned; without one numbers go right, as in any default table.
              ...(generic ? {} : { alignment: 'Left' as const }),
            },
          ],
          rows,
          options.width,
          styled,
        ),
        '',
      );
      continue;
    }
    const group: unknown[] = [];
    while (i < flat.length) {
      const s = shapeOf(flat[i], options.views, reader, rendering);
      if (s.kind !== shape.kind || ('key' in s && s.key !== shape.key)) break;
      group.push(flat[i++]);
    }
    if (shape.kind === 'custom') {
      // pwsh's complex (CustomControl) output: the group's entries between blank lines, unless out of band.
      const body = group.flatMap((o) => shape.view.lines(o, rendering));
      lines.push(...(shape.view.outOfBand ? body : ['', ...body, '']));
    } else if (shape.kind === 'table') {
      const wrap = shape.view?.wrap === true;
      const body = shape.view?.groupBy
        ? writeGroupedTable(shape.view.groupBy, shape.columns, group, options.width, { wrap, ...styled })
        : writeTable(shape.columns, group, options.width, { wrap, ...styled });
      lines.push('', ...body, '');
    } else {
      for (const obj of group) {
        const names = shape.properties ?? reader.names(obj);
        lines.push(
          '',
          ...writeList(
            names.map((n) => [n, reader.get(obj, n)] as const),
            options.enumerationLimit,
            listLabelStyle(rendering),
          ),
        );
      }
      lines.push('', '');
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
