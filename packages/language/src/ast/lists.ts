// Lists kept in the tree (node lists, a token's nested tokens) are stored at their exact length.

/**
 * `items` in an array of exactly its length. An array grown by `push` from `[]` reserves 17 slots at the first
 * push, and a parse keeps its lists as long as the tree lives, so the young-generation collector would copy the
 * unused room of every short list (about 6 MB per MB of source); the copy made here is the one kept.
 */
export function fitted<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}
