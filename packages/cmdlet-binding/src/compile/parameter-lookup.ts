// GetMatchingParameter: exact names and aliases indexed at compile time, prefixes resolved on first use.
import { CommandMetadataException } from '../errors/parameter-binding-exception.js';
import type { CompiledParameter, ParameterLookup } from './compiled-types.js';

/** Prefix answers are cached; this bounds the cache when a script types many different unknown names. */
const maxCachedPrefixes = 4096;

export class ParameterNameTable {
  private readonly entries = new Map<string, ParameterLookup>();
  private readonly lowerNames: readonly string[];
  private readonly lowerAliases: readonly (readonly string[])[];
  private cachedPrefixes = 0;

  constructor(private readonly parameters: readonly CompiledParameter[]) {
    this.lowerNames = parameters.map((p) => p.name.toLowerCase());
    this.lowerAliases = parameters.map((p) => p.aliases.map((a) => a.toLowerCase()));
    parameters.forEach((p, i) => {
      const key = this.lowerNames[i] as string;
      if (this.entries.has(key))
        throw new CommandMetadataException('ParameterNameAlreadyExistsForCommand', [p.name]);
      this.entries.set(key, { parameter: p });
    });
    const aliasOwners = new Map<string, CompiledParameter>();
    parameters.forEach((p, i) => {
      (this.lowerAliases[i] as readonly string[]).forEach((key, j) => {
        const owner = this.entries.get(key)?.parameter;
        if (owner)
          throw new CommandMetadataException('ParameterNameConflictsWithAlias', [owner.name, p.name]);
        if (aliasOwners.has(key)) {
          throw new CommandMetadataException('AliasParameterNameAlreadyExistsForCommand', [
            p.aliases[j] as string,
          ]);
        }
        aliasOwners.set(key, p);
      });
    });
    for (const [key, p] of aliasOwners) this.entries.set(key, { parameter: p });
  }

  /** Names as typed (any case) seen before: skips lower-casing on the hot path. */
  private readonly typed = new Map<string, ParameterLookup>();

  /** The typed name without the dash, any case. */
  find(name: string): ParameterLookup | undefined {
    const cached = this.typed.get(name);
    if (cached !== undefined) return cached;
    const hit = this.get(name.toLowerCase());
    if (hit !== undefined && this.typed.size < maxCachedPrefixes) this.typed.set(name, hit);
    return hit;
  }

  /** `lowerName` is the typed name, lower-cased, without the dash. Undefined when nothing matches. */
  get(lowerName: string): ParameterLookup | undefined {
    const hit = this.entries.get(lowerName);
    if (hit !== undefined) return hit;
    const resolved = this.resolvePrefix(lowerName);
    if (resolved !== undefined && this.cachedPrefixes < maxCachedPrefixes) {
      this.cachedPrefixes++;
      this.entries.set(lowerName, resolved);
    }
    return resolved;
  }

  /** Names in table order, then aliases (a parameter once); formal parameters beat common ones. */
  private resolvePrefix(prefix: string): ParameterLookup | undefined {
    if (prefix === '') return undefined;
    const candidates: CompiledParameter[] = [];
    this.parameters.forEach((p, i) => {
      if ((this.lowerNames[i] as string).startsWith(prefix)) candidates.push(p);
    });
    this.parameters.forEach((p, i) => {
      if (candidates.includes(p)) return;
      if ((this.lowerAliases[i] as readonly string[]).some((a) => a.startsWith(prefix))) candidates.push(p);
    });
    if (candidates.length === 0) return undefined;
    if (candidates.length === 1) return { parameter: candidates[0] as CompiledParameter };
    const own = candidates.filter((c) => !c.isCommon);
    return own.length === 1 ? { parameter: own[0] as CompiledParameter } : { candidates };
  }
}
