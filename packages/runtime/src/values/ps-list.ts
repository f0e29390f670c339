// PSList: System.Collections.ArrayList, Generic.List[T] and ObjectModel.Collection[T] over a JS array.
export type ListKind = 'ArrayList' | 'List' | 'Collection';

export class PSList {
  readonly kind: ListKind;
  /** For List[T] and Collection[T]: the full name of T (e.g. 'System.String'). */
  readonly elementType: string | undefined;
  readonly items: unknown[];

  constructor(kind: ListKind = 'ArrayList', elementType?: string, items: Iterable<unknown> = []) {
    this.kind = kind;
    this.elementType = kind === 'ArrayList' ? undefined : (elementType ?? 'System.Object');
    this.items = [...items];
  }

  get count(): number {
    return this.items.length;
  }

  /** ArrayList.Add returns the new index (which PowerShell scripts pipe to Out-Null); List.Add returns nothing. */
  add(item: unknown): number | undefined {
    this.items.push(item);
    return this.kind === 'ArrayList' ? this.items.length - 1 : undefined;
  }

  addRange(items: Iterable<unknown>): void {
    for (const i of items) this.items.push(i);
  }

  insert(index: number, item: unknown): void {
    this.items.splice(index, 0, item);
  }

  /** Removes the first item for which `equals` holds; returns whether one was removed. */
  remove(item: unknown, equals: (a: unknown, b: unknown) => boolean = Object.is): boolean {
    const i = this.items.findIndex((x) => equals(x, item));
    if (i < 0) return false;
    this.items.splice(i, 1);
    return true;
  }

  removeAt(index: number): void {
    this.items.splice(index, 1);
  }

  clear(): void {
    this.items.length = 0;
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.items[Symbol.iterator]();
  }
}
