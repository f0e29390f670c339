// parse(): the package's entry point; never throws, whatever the input.
import { SourceText } from '../ast/extent.js';
import type { ScriptBlockAst } from '../ast/blocks.js';
import { linkParents } from '../ast/visit.js';
import { adoptChildren } from '../ast/linkChildren.js';
import type { Ast } from '../ast/ast.js';
import { formatDiagnostic } from '../diagnostics/index.js';
import { Parser, ScriptTooComplicated } from './parser.js';
import { TokenStore } from '../tokenizer/tokenStore.js';
import { readRequirements } from './requirements.js';
import { checkNode, newSemanticCheckState } from './semanticChecks.js';
import { checkUsingModule } from './usingModuleCheck.js';
import { checkAnchor, compareSemanticErrors, type SemanticError } from './semanticOrder.js';
import type { Extent } from '../ast/extent.js';
import type { Token } from '../tokenizer/token.js';
import type { VariablePath } from '../ast/expressions.js';
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

/**
 * Which nodes are in the finished tree (following `parent` leads to its root). Walking up is short in real scripts;
 * once the walks add up to more than a few steps per node (a chain of 20,000 casts), every answer is remembered for
 * the nodes on the way up, so the total stays linear. (A Map from every node would give each an identity hash,
 * which cost more than the walks.)
 */
function treeMembership(root: Ast, nodes: number): (node: Ast) => boolean {
  let budget = 16 * nodes + 4096;
  let known: Map<Ast, boolean> | null = null;
  const path: Ast[] = [];
  return (node) => {
    if (known === null) {
      let top = node;
      while (top.parent !== null && --budget > 0) top = top.parent;
      if (budget > 0) return top === root;
      known = new Map<Ast, boolean>([[root, true]]);
    }
    let at: Ast | null = node;
    let answer: boolean | undefined;
    while (at !== null && (answer = known.get(at)) === undefined) {
      path.push(at);
      at = at.parent;
    }
    const inTree = answer === true;
    for (const n of path) known.set(n, inTree);
    path.length = 0;
    return inTree;
  };
}

/**
 * The tokens of a parse, made when a caller first asks for them by running the parser again with a token list:
 * the tokenizer's modes follow the grammar, so only the parser scans tokens as the parse did. `parse` itself keeps
 * none; most callers want only the tree, and keeping every token (even packed, see TokenStore) was a sixth of its
 * time. Parsing is deterministic, so the second run scans exactly the tokens of the first, up to where the first
 * stopped if it failed.
 */
function scanTokens(text: SourceText, paths: Map<string, VariablePath>): readonly Token[] {
  const store = new TokenStore(text);
  const parser = new Parser(text, store);
  parser.tokenizer.sharePaths(paths);
  try {
    parser.scriptBlockRule(null, false);
    parser.drainTokens();
  } catch {
    // The tokens scanned before the failure, as the first run had them.
  }
  return store.toArray();
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
    const requiresTokens = parser.tokenizer.requiresTokens;
    const scriptRequirements = requiresTokens.length > 0 ? readRequirements(parser, requiresTokens) : null;
    ast = { ...parsed, scriptRequirements };
    adoptChildren(ast);
    built = true;
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
  // built and then dropped by the grammar is not in the tree); their errors are then put in PowerShell's order
  // (semanticOrder.ts: by pass, then by the node that found them).
  const semantic: SemanticError[] = [];
  let anchor: Extent | null = null;
  try {
    // One reporter for every node (not a closure per node).
    const report = (extent: Extent, errorId: DiagnosticId, ...args: string[]): void => {
      semantic.push({ extent, errorId, args, anchor: anchor ?? extent });
    };
    const state = newSemanticCheckState(options);
    if (built) {
      const isInTree = treeMembership(ast, parser.checkQueue.length);
      const queue = parser.checkQueue;
      for (let i = 0; i < queue.length; i++) {
        const node = queue[i] as Ast;
        if (!isInTree(node)) continue;
        anchor = checkAnchor(node);
        checkNode(node, report, state);
      }
    } else
      linkParents(ast, (node) => {
        anchor = checkAnchor(node);
        checkNode(node, report, state);
      });
    anchor = null;
    // `using module` looks modules up (SymbolResolver), once per statement and in source order.
    for (const u of ast.usingStatements)
      if (u.usingStatementKind === 'Module') checkUsingModule(u, options, report);
  } catch {
    linkParents(ast);
  }
  semantic.sort(compareSemanticErrors);
  for (const e of semantic) parser.reportError(e.extent, e.errorId, ...e.args);
  let tokens: readonly Token[] | undefined;
  const paths = parser.tokenizer.pathTable;
  return {
    ast,
    get tokens(): readonly Token[] {
      return (tokens ??= scanTokens(text, paths));
    },
    errors: parser.errors,
  };
}
