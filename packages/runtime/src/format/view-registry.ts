// Format views by type name (PowerShell's FormatViewManager data): what Out-Default shows for a type.
export interface ListView {
  readonly kind: 'list';
  /** Properties in display order; all note properties when absent. */
  readonly properties?: readonly string[];
}

export interface TableView {
  readonly kind: 'table';
  readonly columns: readonly {
    readonly label: string;
    readonly property: string;
    /** A computed cell (a view's script column), given the object; `property` is then only its name. */
    readonly value?: (row: unknown) => unknown;
    readonly width?: number;
    readonly alignment?: 'Left' | 'Right';
  }[];
}

export type FormatView = ListView | TableView;

export class FormatViewRegistry {
  private readonly views = new Map<string, FormatView>();

  register(typeName: string, view: FormatView): void {
    this.views.set(typeName.toLowerCase(), view);
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
