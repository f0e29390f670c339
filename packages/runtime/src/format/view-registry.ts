// Format views by type name (PowerShell's FormatViewManager data): what Out-Default shows for a type.
import type { PropertyReader } from './property-reader.js';
import { PSObject } from '../values/ps-object.js';
import { typeNamesOf } from '../values/type-names.js';
import { psStyleSettings, type PSStyleSettings } from './ps-style.js';

/** How views render one output (pwsh's OutputRendering decision for where the output goes). */
export interface ViewRendering {
  /** VT sequences reach the screen: views add $PSStyle's decorations (file names, MatchInfo emphasis). */
  readonly ansi: boolean;
  readonly style: PSStyleSettings;
}

/** Plain text: Out-String, Format-*, a redirected host, OutputRendering PlainText. */
export function plainRendering(): ViewRendering {
  return { ansi: false, style: psStyleSettings() };
}

/** One line of a list entry: its label and the property it shows (a view's ListItem; `label` defaults to it). */
export interface ListViewItem {
  readonly label: string;
  readonly property: string;
  /** A computed value (a view's script or `*String` code property), given the object. */
  readonly value?: (obj: unknown) => unknown;
}

export interface ListView {
  readonly kind: 'list';
  /** The view's name in pwsh's format data (what `Format-List -View` selects). */
  readonly name?: string;
  /** Properties in display order; all note properties when absent. */
  readonly properties?: readonly string[];
  /**
   * A view's entries (pwsh's ListEntry, EntrySelectedBy): an object shows the items of the first entry naming one
   * of its type names, else those of the entry naming none.
   */
  readonly entries?: readonly { readonly typeName?: string; readonly items: readonly ListViewItem[] }[];
  readonly groupBy?: ViewGroupBy;
}

/** The items a list view's entries give an object (undefined: the view lists properties, not entries). */
export function listViewItems(view: ListView, obj: unknown): readonly ListViewItem[] | undefined {
  if (!view.entries) return undefined;
  const names = (obj instanceof PSObject ? obj.typeNames : typeNamesOf(obj)).map((t) => t.toLowerCase());
  const byType = view.entries.find(
    (e) => e.typeName !== undefined && names.includes(e.typeName.toLowerCase()),
  );
  return (byType ?? view.entries.find((e) => e.typeName === undefined))?.items ?? [];
}

/** A view's GroupBy: objects in a row with the same value share a table, after a header naming the value. */
export interface ViewGroupBy {
  /** The property whose value starts a new group when it changes. */
  readonly property: string;
  /** The value compared (Format-*'s -GroupBy: a script block or expression); the property's note by default. */
  readonly key?: (row: unknown) => unknown;
  /** The group header's text, given the group's first object; pwsh's `   <property>: <value>` when absent. */
  readonly header?: (first: unknown) => string;
}

export interface TableView {
  readonly kind: 'table';
  readonly name?: string;
  /** Rows wrap within fixed-width columns (the view's row definition has `wrap`). */
  readonly wrap?: boolean;
  readonly groupBy?: ViewGroupBy;
  readonly columns: readonly {
    readonly label: string;
    readonly property: string;
    /** A computed cell (a view's script column), given the object; `property` is then only its name. */
    readonly value?: (row: unknown, rendering: ViewRendering) => unknown;
    /** A declared width; the columns without one share the rest of the host width. */
    readonly width?: number;
    readonly alignment?: 'Left' | 'Right';
  }[];
}

/** A view whose entries are free text (pwsh's CustomControl): each object renders to its own lines. */
export interface CustomView {
  readonly kind: 'custom';
  readonly name?: string;
  /** pwsh's out-of-band entry (the ErrorRecord view): shown as it is, not between blank lines. */
  readonly outOfBand?: boolean;
  /** The lines one object shows as. */
  readonly lines: (obj: unknown, rendering: ViewRendering) => readonly string[];
}

/** pwsh's WideControl: one text per object, laid out in columns by Format-Wide. */
export interface WideView {
  readonly kind: 'wide';
  readonly name?: string;
  readonly groupBy?: ViewGroupBy;
  /** The entry's text for one object (the entry selected by its type, formatted). */
  readonly text: (obj: unknown) => string;
}

export type FormatView = ListView | TableView | CustomView | WideView;

export class FormatViewRegistry {
  private readonly views = new Map<string, FormatView>();
  /** A type's further views (pwsh's later views of other kinds: FileSystem's list after its table). */
  private readonly alternates = new Map<string, FormatView[]>();
  /** The runspace's member access (script properties run with `$this`); formatting's default when unset. */
  properties: PropertyReader | undefined;

  register(typeName: string, view: FormatView): void {
    this.views.set(typeName.toLowerCase(), view);
  }

  /** A view used only when its kind is asked for (Format-List of a type whose default view is a table). */
  registerAlternate(typeName: string, view: FormatView): void {
    const key = typeName.toLowerCase();
    this.alternates.set(key, [...(this.alternates.get(key) ?? []), view]);
  }

  /** The view of one kind for a value, as Format-List/-Table pick theirs: the first type name that has one. */
  findKindFor<K extends FormatView['kind']>(
    value: unknown,
    kind: K,
  ): Extract<FormatView, { kind: K }> | undefined {
    for (const t of value instanceof PSObject ? value.typeNames : typeNamesOf(value)) {
      const key = t.toLowerCase();
      const found = [this.views.get(key), ...(this.alternates.get(key) ?? [])].find((v) => v?.kind === kind);
      if (found) return found as Extract<FormatView, { kind: K }>;
    }
    return undefined;
  }

  /**
   * The view of one kind with a name (`Format-Table -View <name>`, case-insensitive) for a value: the first of its
   * type names that has one.
   */
  findNamed<K extends FormatView['kind']>(
    value: unknown,
    kind: K,
    name: string,
  ): Extract<FormatView, { kind: K }> | undefined {
    const wanted = name.toLowerCase();
    for (const t of value instanceof PSObject ? value.typeNames : typeNamesOf(value)) {
      const found = this.viewsOf(t).find((v) => v.kind === kind && v.name?.toLowerCase() === wanted);
      if (found) return found as Extract<FormatView, { kind: K }>;
    }
    return undefined;
  }

  /** Every view registered for one type name, its default first. */
  viewsOf(typeName: string): FormatView[] {
    const key = typeName.toLowerCase();
    const main = this.views.get(key);
    return [...(main ? [main] : []), ...(this.alternates.get(key) ?? [])];
  }

  /** The view for a value: a PSObject's own type names, else the .NET type chain of the value. */
  findFor(value: unknown): FormatView | undefined {
    return this.find(value instanceof PSObject ? value.typeNames : typeNamesOf(value));
  }

  /** The view for the first of an object's type names that has one. */
  find(typeNames: readonly string[]): FormatView | undefined {
    for (const t of typeNames) {
      const v = this.views.get(t.toLowerCase());
      if (v) return v;
    }
    return undefined;
  }
}
