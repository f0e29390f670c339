// Lists kept in the tree (node lists, a token's nested tokens) are stored at their exact length.

/** The one empty list: frozen, so a consumer that tried to add to a node's list would fail loudly. */
const none: never[] = Object.freeze([]) as never[];

/**
 * `items` in an array of exactly its length; an empty list is the one shared frozen array. An array grown by
 * `push` from `[]` reserves 17 slots at the first push, and a parse keeps its lists as long as the tree lives, so
 * the young-generation collector would copy the unused room of every short list (about 6 MB per MB of source)
 * and an array object for every empty list (about 30,000 per MB); the copy made here is the one kept.
 */
export function fitted<T>(items: T[]): T[] {
  // Short lists (most: a pipeline of one command, a block of one statement) as array literals: V8 allocates a
  // literal's array straight in the old generation once it sees that they all live on (allocation-site pretenuring),
  // so the young-generation collector does not copy them; `slice` has no such site.
  switch (items.length) {
    case 0:
      return none;
    case 1:
      return [items[0] as T];
    case 2:
      return [items[0] as T, items[1] as T];
    case 3:
      return [items[0] as T, items[1] as T, items[2] as T];
    default:
      return items.slice();
  }
}
