// A bounded cache of compiled PSRegex objects: -match/-replace/-split in loops reuse the same patterns (like NewRegex's cache).
import { PSRegex, type PSRegexOptions } from '../values/ps-regex.js';
import { PSRuntimeException } from '../values/ps-exception.js';
import { RegexTranslationError } from '../text/dotnet-regex.js';
import { WildcardPattern, WildcardPatternError } from '../text/wildcard.js';

const MAX_ENTRIES = 256;
const regexCache = new Map<string, PSRegex>();
const wildcardCache = new Map<string, WildcardPattern>();

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit) return hit;
  const value = make();
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

/** A regex for an operator; invalid patterns raise PowerShell's InvalidRegularExpression error. */
export function operatorRegex(pattern: string, options: PSRegexOptions): PSRegex {
  const key = `${options.ignoreCase ? 'i' : ''}${options.multiline ? 'm' : ''}${options.singleline ? 's' : ''}${options.ignorePatternWhitespace ? 'x' : ''}${options.explicitCapture ? 'n' : ''}:${pattern}`;
  try {
    return remember(regexCache, key, () => new PSRegex(pattern, options));
  } catch (e) {
    if (e instanceof RegexTranslationError) throw PSRuntimeException.of('InvalidRegularExpression', pattern);
    throw e;
  }
}

export function operatorWildcard(pattern: string, ignoreCase: boolean): WildcardPattern {
  try {
    return remember(
      wildcardCache,
      `${ignoreCase ? 'i' : 'c'}:${pattern}`,
      () => new WildcardPattern(pattern, ignoreCase),
    );
  } catch (e) {
    if (e instanceof WildcardPatternError) throw PSRuntimeException.of('WildcardPatternException', pattern);
    throw e;
  }
}
