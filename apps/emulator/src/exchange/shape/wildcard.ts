// PowerShell-style wildcard matching (* and ?), case-insensitive.

export function wildcardMatch(pattern: string, text: string): boolean {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'is').test(text);
}
