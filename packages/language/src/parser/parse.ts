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
 * Which nodes are in the finished tree (following `parent` leads to its root), asked for the nodes that reported a
 * semantic error. Each answer is remembered for the blocks passed on the way up (statement, named and script blocks:
 * every node is a few steps below one), so a walk usually stops at the first block. Once the walks add up to more
 * than a few steps per node (a chain of 20,000 casts has no block), every node passed is remembered, so the total
 * stays linear.
 */
function treeMembership(root: Ast, nodes: number): (node: Ast) => boolean {
  let budget = 16 * nodes + 4096;
  const known = new Map<Ast, boolean>([[root, true]]);
  const path: Ast[] = [];
  return (node) => {
    const everyNode = budget <= 0;
    let at: Ast | null = node;
    let answer: boolean | undefined;
    while (at !== null) {
      const type = at.type;
      if (
        everyNode ||
        type === 'StatementBlockAst' ||
        type === 'NamedBlockAst' ||
        type === 'ScriptBlockAst'
      ) {
        answer = known.get(at);
        if (answer !== undefined) break;
        path.push(at);
      }
      at = at.parent;
      budget--;
    }
    const inTree = answer === true;
    for (let i = 0; i < path.length; i++) known.set(path[i] as Ast, inTree);
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
  // PowerShell's semantic checks run on the nodes the parser queued (parents are linked as nodes are built); their
  // errors are then put in PowerShell's order (semanticOrder.ts: by pass, then by the node that found them).
  let semantic: SemanticError[] = [];
  let checking: Ast | null = null;
  try {
    // One reporter for every node (not a closure per node).
    const report = (extent: Extent, errorId: DiagnosticId, ...args: string[]): void => {
      const anchor = checking !== null ? checkAnchor(checking) : null;
      semantic.push({ extent, errorId, args, anchor: anchor ?? extent, node: checking });
    };
    const state = newSemanticCheckState(options);
    if (built) {
      // Nodes the grammar built and then dropped are in the queue too. Checking them all and dropping their errors
      // afterwards is cheaper than asking of every queued node whether it is in the tree (a walk up through nodes
      // spread over the heap was a twentieth of parse time); errors are rare, so few are asked.
      const queue = parser.checkQueue;
      for (let i = 0; i < queue.length; i++) {
        checking = queue[i] as Ast;
        try {
          checkNode(checking, report, state);
        } catch {
          // A check that fails on a dropped node's half-built surroundings; the node's errors (if any) stay
          // subject to the filter below.
        }
      }
      checking = null;
      if (semantic.length > 0) {
        const isInTree = treeMembership(ast, semantic.length);
        semantic = semantic.filter((e) => e.node === null || isInTree(e.node));
      }
    } else
      linkParents(ast, (node) => {
        checking = node;
        checkNode(node, report, state);
      });
    checking = null;
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
