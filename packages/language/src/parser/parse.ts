// parse(): the package's entry point; never throws, whatever the input.
import { SourceText } from '../ast/extent.js';
import type { ScriptBlockAst } from '../ast/blocks.js';
import { linkParents } from '../ast/visit.js';
import { adoptChildren } from '../ast/linkChildren.js';
import type { Ast } from '../ast/ast.js';
import { formatDiagnostic } from '../diagnostics/index.js';
import { Parser, ScriptTooComplicated } from './parser.js';
import { readRequirements } from './requirements.js';
import { checkRequirements } from './requirementsCheck.js';
import { checkNode, newSemanticCheckState } from './semanticChecks.js';
import { checkUsingModule } from './usingModuleCheck.js';
import type { Extent } from '../ast/extent.js';
import type { Token } from '../tokenizer/token.js';
import type { DiagnosticId } from '../diagnostics/index.js';
import type { ParseError, ParseOptions, ParseResult } from './parseResult.js';

function emptyScript(source: SourceText): ScriptBlockAst {
  const extent = source.extent(0, source.text.length);
  return {
    type: 'ScriptBlockAst',
    extent,
    parent: null,
    paramBlock: null,
    beginBlock: null,
    processBlock: null,
    endBlock: {
      type: 'NamedBlockAst',
      extent: source.extent(0, 0),
      parent: null,
      blockKind: 'End',
      unnamed: true,
      statements: [],
      traps: [],
    },
    cleanBlock: null,
    dynamicParamBlock: null,
    usingStatements: [],
    attributes: [],
    scriptRequirements: null,
  };
}

/** True when following `parent` from `node` leads to `root`. */
function isInTree(node: Ast, root: Ast): boolean {
  let top = node;
  while (top.parent !== null) top = top.parent;
  return top === root;
}

/** Parses a PowerShell script into `{ ast, tokens, errors }`. */
export function parse(source: string, options: ParseOptions = {}): ParseResult {
  const text = new SourceText(String(source), options.fileName);
  const parser = new Parser(text);
  let ast: ScriptBlockAst;
  let built = false;
  try {
    const parsed = parser.scriptBlockRule(null, false);
    parser.drainTokens();
    ast = { ...parsed, scriptRequirements: readRequirements(parser.tokenizer.requiresTokens) };
    adoptChildren(ast);
    built = true;
    if (parser.tokenizer.requiresTokens.length > 0)
      checkRequirements(parser, parser.tokenizer.requiresTokens);
  } catch (e) {
    ast = emptyScript(text);
    const at = Math.min(parser.tokenizer.pos, text.text.length);
    const tooDeep = e instanceof ScriptTooComplicated || e instanceof RangeError;
    const error: ParseError = {
      errorId: tooDeep ? 'ScriptTooComplicated' : 'ParserInternalError',
      message: tooDeep
        ? formatDiagnostic('ScriptTooComplicated')
        : formatDiagnostic('ParserInternalError', String(e)),
      extent: text.extent(at, at),
      incompleteInput: false,
    };
    (parser.errors as ParseError[]).push(error);
  }
  // PowerShell's semantic checks run on the nodes the parser queued (parents are linked as nodes are built; a node
  // built and then dropped by the grammar is not in the tree); their errors are then put in source order.
  const semantic: { extent: Extent; errorId: DiagnosticId; args: string[] }[] = [];
  try {
    // One reporter for every node (not a closure per node).
    const report = (extent: Extent, errorId: DiagnosticId, ...args: string[]): void => {
      semantic.push({ extent, errorId, args });
    };
    const state = newSemanticCheckState();
    if (built) {
      for (const node of parser.checkQueue) if (isInTree(node, ast)) checkNode(node, report, state);
    } else linkParents(ast, (node) => checkNode(node, report, state));
    // `using module` looks modules up (SymbolResolver), once per statement and in source order.
    for (const u of ast.usingStatements)
      if (u.usingStatementKind === 'Module') checkUsingModule(u, options, report);
  } catch {
    linkParents(ast);
  }
  semantic.sort((a, b) => a.extent.startOffset - b.extent.startOffset);
  for (const e of semantic) parser.reportError(e.extent, e.errorId, ...e.args);
  // The token objects are made when first asked for: most callers want only the tree (see TokenStore).
  const store = parser.tokens;
  let tokens: readonly Token[] | undefined;
  return {
    ast,
    get tokens(): readonly Token[] {
      return (tokens ??= store.toArray());
    },
    errors: parser.errors,
  };
}
