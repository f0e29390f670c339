// Comment-based help (.SYNOPSIS, .PARAMETER x, ...) of a script or function, as PowerShell's GetHelpContent finds it.
import type { Ast } from '../ast/ast.js';
import type { FunctionDefinitionAst } from '../ast/nodes.js';
import type { ScriptBlockAst } from '../ast/blocks.js';
import type { Token } from '../tokenizer/token.js';

/** PowerShell's CommentHelpInfo. Multi-valued sections keep every occurrence in order. */
export interface CommentHelpInfo {
  synopsis: string | null;
  description: string | null;
  /** Keyed by parameter name in upper case, as PowerShell does. */
  parameters: Record<string, string>;
  examples: string[];
  inputs: string[];
  outputs: string[];
  notes: string | null;
  links: string[];
  component: string | null;
  role: string | null;
  functionality: string | null;
  forwardHelpTargetName: string | null;
  forwardHelpCategory: string | null;
  remoteHelpRunspace: string | null;
  mamlHelpFile: string | null;
}

const keywords = new Set([
  'SYNOPSIS',
  'DESCRIPTION',
  'PARAMETER',
  'EXAMPLE',
  'INPUTS',
  'OUTPUTS',
  'NOTES',
  'LINK',
  'COMPONENT',
  'ROLE',
  'FUNCTIONALITY',
  'FORWARDHELPTARGETNAME',
  'FORWARDHELPCATEGORY',
  'REMOTEHELPRUNSPACE',
  'EXTERNALHELP',
]);

/** The comment lines of a block of comment tokens, without `#`, `<#`, `#>`. */
function commentLines(comments: readonly Token[]): string[] {
  const lines: string[] = [];
  for (const c of comments) {
    const text = c.text;
    if (text.startsWith('<#')) {
      const body = text.slice(2, text.endsWith('#>') ? -2 : undefined);
      lines.push(...body.split(/\r\n|\r|\n/));
    } else lines.push(text.slice(1));
  }
  return lines;
}

/** Parses comment lines; null when no line is a help keyword (then it is not help). */
export function parseCommentHelp(lines: readonly string[]): CommentHelpInfo | null {
  const info: CommentHelpInfo = {
    synopsis: null,
    description: null,
    parameters: {},
    examples: [],
    inputs: [],
    outputs: [],
    notes: null,
    links: [],
    component: null,
    role: null,
    functionality: null,
    forwardHelpTargetName: null,
    forwardHelpCategory: null,
    remoteHelpRunspace: null,
    mamlHelpFile: null,
  };
  let found = false;
  let section: { keyword: string; arg: string; body: string[] } | null = null;
  const flush = (): void => {
    if (section === null) return;
    const text = trimBlock(section.body);
    switch (section.keyword) {
      case 'SYNOPSIS':
        info.synopsis = text;
        break;
      case 'DESCRIPTION':
        info.description = text;
        break;
      case 'PARAMETER':
        info.parameters[section.arg.toUpperCase()] = text;
        break;
      case 'EXAMPLE':
        info.examples.push(text);
        break;
      case 'INPUTS':
        info.inputs.push(text);
        break;
      case 'OUTPUTS':
        info.outputs.push(text);
        break;
      case 'NOTES':
        info.notes = text;
        break;
      case 'LINK':
        info.links.push(text);
        break;
      case 'COMPONENT':
        info.component = text;
        break;
      case 'ROLE':
        info.role = text;
        break;
      case 'FUNCTIONALITY':
        info.functionality = text;
        break;
      case 'FORWARDHELPTARGETNAME':
        info.forwardHelpTargetName = section.arg || text;
        break;
      case 'FORWARDHELPCATEGORY':
        info.forwardHelpCategory = section.arg || text;
        break;
      case 'REMOTEHELPRUNSPACE':
        info.remoteHelpRunspace = section.arg || text;
        break;
      case 'EXTERNALHELP':
        info.mamlHelpFile = section.arg || text;
        break;
    }
  };
  for (const line of lines) {
    const m = /^\s*\.([A-Za-z]+)(?:\s+(.*?))?\s*$/.exec(line);
    const keyword = m?.[1]?.toUpperCase();
    if (m && keyword !== undefined && keywords.has(keyword)) {
      flush();
      found = true;
      section = { keyword, arg: m[2] ?? '', body: [] };
    } else if (section !== null) section.body.push(line);
  }
  flush();
  return found ? info : null;
}

/** Drops leading/trailing blank lines and the common indentation. */
function trimBlock(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] as string).trim() === '') start++;
  while (end > start && (lines[end - 1] as string).trim() === '') end--;
  const body = lines.slice(start, end);
  const indents = body.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return body.map((l) => l.slice(cut).trimEnd()).join('\n');
}

/** The run of comment tokens (newlines between them allowed, but no blank line) ending just before `index`. */
function commentsBefore(tokens: readonly Token[], index: number): Token[] {
  const out: Token[] = [];
  let newlines = 0;
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.kind === 'NewLine') {
      if (++newlines > 2) break;
      continue;
    }
    if (t.kind !== 'Comment') break;
    out.unshift(t);
    newlines = 0;
  }
  return out;
}

/** The run of comment tokens starting at `index` (skipping newlines), stopping at the first other token. */
function commentsFrom(tokens: readonly Token[], index: number): Token[] {
  const out: Token[] = [];
  for (let i = index; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'NewLine') continue;
    if (t.kind !== 'Comment') break;
    out.push(t);
  }
  return out;
}

function indexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).extent.startOffset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function fromComments(comments: readonly Token[]): CommentHelpInfo | null {
  if (comments.length === 0) return null;
  // `#requires` lines are not help.
  const help = comments.filter((c) => !/^#requires\b/i.test(c.text));
  return help.length === 0 ? null : parseCommentHelp(commentLines(help));
}

/**
 * Comment-based help of a function (before `function`, at the start of its body, or at its end) or of a
 * script (at its start, or at its end). `tokens` are the ones `parse` returned with the tree.
 */
export function getHelpContent(
  ast: FunctionDefinitionAst | ScriptBlockAst | Ast,
  tokens: readonly Token[],
): CommentHelpInfo | null {
  if (ast.type === 'FunctionDefinitionAst') {
    const start = indexAt(tokens, ast.extent.startOffset);
    const body = ast.body.extent;
    return (
      fromComments(commentsBefore(tokens, start)) ??
      fromComments(commentsFrom(tokens, indexAt(tokens, body.startOffset) + 1)) ??
      fromComments(commentsBefore(tokens, indexAt(tokens, body.endOffset - 1)))
    );
  }
  if (ast.type === 'ScriptBlockAst') {
    const first = indexAt(tokens, ast.extent.startOffset);
    const atStart = ast.parent === null ? first : first + 1;
    const endIndex = ast.parent === null ? tokens.length - 1 : indexAt(tokens, ast.extent.endOffset - 1);
    return fromComments(commentsFrom(tokens, atStart)) ?? fromComments(commentsBefore(tokens, endIndex));
  }
  return null;
}
