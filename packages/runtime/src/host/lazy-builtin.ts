// Node built-in modules loaded on first use: each one a command may never need costs start-up time.
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

/** A getter for the built-in module `name` (e.g. 'node:child_process'), required the first time it is called. */
export function lazyBuiltin<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireBuiltin(name) as T);
}
