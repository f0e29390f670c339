// `$var.Prop.<Tab>`: the members of the value a variable path names. Only variables and member access are
// evaluated (no commands run), as pwsh's completion evaluates "safe" expressions.
import { getMember, listMembers, type MemberDescriptor, type Runspace } from '@exosh/runtime';

const MEMBER_PATH = /^\$(?:(global|script|local|private):)?(\w+)((?:\.\w+)*)\.(\w*)$/i;

/** pwsh appends `(` to a method that takes arguments and `()` to one that takes none. */
function methodSuffix(d: MemberDescriptor): string {
  const takesArguments = [...d.definition.matchAll(/\(([^)]*)\)/g)].some((m) => (m[1] ?? '').trim() !== '');
  return takesArguments ? '(' : '()';
}

/** Completions for `word` when it is a member path, or undefined when it is not one. */
export function memberCompletions(runspace: Runspace, word: string): string[] | undefined {
  const m = MEMBER_PATH.exec(word);
  if (!m) return undefined;
  const [, qualifier, name = '', chain = '', prefix = ''] = m;
  const ctx = runspace.context;
  const variable = ctx.sessionState.lookup(
    name,
    qualifier?.toLowerCase() as 'global' | 'script' | 'local' | 'private' | undefined,
  );
  let value: unknown = variable?.value;
  try {
    for (const part of chain.split('.').filter(Boolean)) value = getMember(ctx, value, part);
  } catch {
    return [];
  }
  if (value === null || value === undefined) return [];
  const head = word.slice(0, word.length - prefix.length);
  const lower = prefix.toLowerCase();
  const byName = new Map<string, MemberDescriptor>();
  for (const d of listMembers(value))
    if (d.name.toLowerCase().startsWith(lower) && !byName.has(d.name.toLowerCase()))
      byName.set(d.name.toLowerCase(), d);
  const all = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const isMethod = (d: MemberDescriptor) => d.memberType.endsWith('Method');
  // Properties first, then methods, each in name order.
  return [
    ...all.filter((d) => !isMethod(d)).map((d) => head + d.name),
    ...all.filter(isMethod).map((d) => head + d.name + methodSuffix(d)),
  ];
}
