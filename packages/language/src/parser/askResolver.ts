// The one way the semantic checks ask the host's `resolveType` (SymbolResolver's type lookups) about a type name.
import type { TypeResolution, TypeResolutionRequest } from './parseResult.js';

/**
 * The host's answer for a type name, asked at most once per parse and `key` (answers are kept in `answers`); the
 * request is built only when asked. A resolver that throws counts as 'unknown' (the check then reports nothing).
 */
export function askResolver(
  resolveType: (request: TypeResolutionRequest) => TypeResolution,
  answers: Map<string, TypeResolution>,
  key: string,
  request: () => TypeResolutionRequest,
): TypeResolution {
  let answer = answers.get(key);
  if (answer === undefined) {
    try {
      answer = resolveType(request());
    } catch {
      answer = 'unknown';
    }
    answers.set(key, answer);
  }
  return answer;
}
