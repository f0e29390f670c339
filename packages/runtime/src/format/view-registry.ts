// Format views by type name (PowerShell's FormatViewManager data): what Out-Default shows for a type.
import type { PropertyReader } from './property-reader.js';
import { PSObject } from '../values/ps-object.js';
import { typeNamesOf } from '../values/type-names.js';

export interface ListView {
  readonly kind: 'list';
  /** Properties in display order; all note properties when absent. */
  readonly properties?: readonly string[];
}

/** A view's GroupBy: objects in a row with the same value share a table, after a header naming the value. */
export interface ViewGroupBy {
  /** The property whose value starts a new group when it changes. */
  readonly property: string;
  /** The group header's text, given the group's first object; pwsh's `   <property>: <value>` when absent. */
  readonly header?: (first: unknown) => string;
}

export interface TableView {
  readonly kind: 'table';
  /** Rows wrap within fixed-width columns (the view's row definition has `wrap`). */
  readonly wrap?: boolean;
  readonly groupBy?: ViewGroupBy;
  readonly columns: readonly {
    readonly label: string;
    readonly property: string;
    /** A computed cell (a view's script column), given the object; `property` is then only its name. */
    readonly value?: (row: unknown) => unknown;
    /** A declared width; the columns without one share the rest of the host width. */
    readonly width?: number;
    readonly alignment?: 'Left' | 'Right';
  }[];
}

/** A view whose entries are free text (pwsh's CustomControl): each object renders to its own lines. */
export interface CustomView {
  readonly kind: 'custom';
  /** pwsh's out-of-band entry (the ErrorRecord view): shown as it is, not between blank lines. */
  readonly outOfBand?: boolean;
  /** The lines one object shows as. */
  readonly lines: (obj: unknown) => readonly string[];
}

export type FormatView = ListView | TableView | CustomView;

export class FormatViewRegistry {
  private readonly views = new Map<string, FormatView>();
  /** The runspace's member access (script properties run with `$this`); formatting's default when unset. */
  properties: PropertyReader | undefined;

  register(typeName: string, view: FormatView): void {
    this.views.set(typeName.toLowerCase(), view);
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
