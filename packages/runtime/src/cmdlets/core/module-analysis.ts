// What Get-Module -ListAvailable shows a module exporting without importing it: a script module's top-level
// functions (the default export), narrowed by its manifest's FunctionsToExport (pwsh's module analysis).
import { readFileSync } from 'node:fs';
import { parse } from '@exosh/language';
import { matchesWildcard } from '../../engine/semantics/index.js';

/** The functions a .psm1/.ps1 defines at its top level; none when it cannot be read or parsed. */
export function definedFunctions(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return [];
  }
  const result = parse(text, { fileName: file });
  if (result.errors.length > 0) return [];
  const statements = result.ast.endBlock?.statements ?? [];
  return statements.flatMap((s) => (s.type === 'FunctionDefinitionAst' ? [s.name] : []));
}

/** FunctionsToExport applied to what the root module defines (a list without wildcards is taken as written). */
export function analyzedExports(
  rootFile: string | undefined,
  functionsToExport: readonly string[] | undefined,
): string[] {
  if (functionsToExport && !functionsToExport.some((f) => /[*?[]/.test(f))) return [...functionsToExport];
  const defined = rootFile ? definedFunctions(rootFile) : [];
  return functionsToExport
    ? defined.filter((f) => functionsToExport.some((w) => matchesWildcard(f, w)))
    : defined;
}
