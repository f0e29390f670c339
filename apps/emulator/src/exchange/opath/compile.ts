// compileFilter: parse + validate property names, turning failures into Exchange's errors; returns a predicate.
import type { ExchangeObject } from '../types.js';
import { ExchangeError } from '../errors/exchange-error.js';
import { evaluateFilter } from './evaluate.js';
import { filterProperties, parseFilter } from './parser.js';
import { OpathSyntaxError } from './tokenizer.js';

export type FilterPredicate = (obj: ExchangeObject) => boolean;

/** filterable: the property names the cmdlet accepts in -Filter (case-insensitive). */
export function compileFilter(filter: string, filterable: readonly string[]): FilterPredicate {
  let node;
  try {
    node = parseFilter(filter);
  } catch (e) {
    if (e instanceof OpathSyntaxError)
      throw new ExchangeError('InvalidFilterSyntax', [filter, String(e.position)], filter);
    throw e;
  }
  const known = new Set(filterable.map((p) => p.toLowerCase()));
  for (const { property } of filterProperties(node))
    if (!known.has(property.toLowerCase()))
      throw new ExchangeError('UnknownFilterProperty', [property, filterable.join(', ')], filter);
  const tree = node;
  return (obj) => evaluateFilter(tree, obj);
}
