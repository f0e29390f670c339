// Reads `#requires` comments into ScriptRequirements (-Version, -PSEdition, -Modules, -Assembly, -RunAsAdministrator, -ShellId).
import type { ScriptRequirements } from '../ast/blocks.js';
import type { Token } from '../tokenizer/token.js';

/** Splits `a, b, @{ ModuleName = 'x' }` on top-level commas, dropping quotes around plain names. */
function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '(') depth++;
    else if (c === '}' || c === ')') depth--;
    if (i === text.length || (c === ',' && depth === 0)) {
      const item = text
        .slice(start, i)
        .trim()
        .replace(/^['"](.*)['"]$/, '$1');
      if (item.length > 0) out.push(item);
      start = i + 1;
    }
  }
  return out;
}

export function readRequirements(requiresTokens: readonly Token[]): ScriptRequirements | null {
  if (requiresTokens.length === 0) return null;
  let version: string | null = null;
  let shellId: string | null = null;
  let elevation = false;
  const editions: string[] = [];
  const modules: string[] = [];
  const assemblies: string[] = [];
  for (const token of requiresTokens) {
    // `#requires -Version 5.1 -Modules A, B`: split on parameters that start a word.
    const body = token.text.slice('#requires'.length);
    const parts = body.split(/(?:^|\s)-(?=[A-Za-z])/).slice(1);
    for (const part of parts) {
      const m = /^([A-Za-z]+)\s*(.*)$/s.exec(part.trim());
      if (!m) continue;
      const name = (m[1] as string).toLowerCase();
      const value = (m[2] as string).trim();
      if ('version'.startsWith(name)) version = value.split(/\s+/)[0] ?? null;
      else if ('psedition'.startsWith(name)) editions.push(...splitList(value));
      else if ('modules'.startsWith(name)) modules.push(...splitList(value));
      else if ('assembly'.startsWith(name)) assemblies.push(...splitList(value));
      else if ('runasadministrator'.startsWith(name)) elevation = true;
      else if ('shellid'.startsWith(name)) shellId = value;
    }
  }
  return {
    requiredPSVersion: version,
    requiredPSEditions: editions,
    requiredModules: modules,
    requiredAssemblies: assemblies,
    requiresElevation: elevation,
    requiredShellId: shellId,
  };
}
