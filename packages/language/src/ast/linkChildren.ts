// Parent linking, specialised per node type: reading each child field by name keeps the property loads fast
// (a loop over `childFields` reads them by computed key, which is megamorphic over ~70 node shapes).
// The cases follow `childFields` (children.ts) field for field; tests/walker.test.ts checks they agree.
import type { Ast, AstOfType, AstType } from './ast.js';

/** Links one child value (a node, null, an array of nodes, or an array of tuples) and queues the nodes. */
function link(value: unknown, parent: Ast, stack: Ast[] | null): void {
  if (value === null || value === undefined) return;
  if (!Array.isArray(value)) {
    (value as Ast).parent = parent;
    if (stack !== null) stack.push(value as Ast);
    return;
  }
  // Index loops, not for-of: this function sees arrays of many node types, and its for-of iterators were not
  // optimised away (a tenth of a parse's allocations).
  const items = value as unknown[];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === null || item === undefined) continue;
    if (Array.isArray(item)) {
      // Tuples: if/elseif clauses, switch clauses, hashtable pairs.
      const tuple = item as Ast[];
      for (let j = 0; j < tuple.length; j++) {
        const inner = tuple[j] as Ast;
        inner.parent = parent;
        if (stack !== null) stack.push(inner);
      }
    } else {
      (item as Ast).parent = parent;
      if (stack !== null) stack.push(item as Ast);
    }
  }
}

/** Sets `parent` on the direct children of `node` (the parser does this as it builds each node). */
export function adoptChildren(node: Ast): void {
  linkChildren(node, null);
}

/** Per node type (leaves have none): sets `parent` on the node's children and pushes them on `stack` (when given). */
const linkers: { readonly [K in AstType]?: (node: AstOfType<K>, stack: Ast[] | null) => void } = {
  ScriptBlockAst: (node, stack) => {
    link(node.usingStatements, node, stack);
    link(node.attributes, node, stack);
    link(node.paramBlock, node, stack);
    link(node.dynamicParamBlock, node, stack);
    link(node.beginBlock, node, stack);
    link(node.processBlock, node, stack);
    link(node.endBlock, node, stack);
    link(node.cleanBlock, node, stack);
  },
  NamedBlockAst: (node, stack) => {
    link(node.traps, node, stack);
    link(node.statements, node, stack);
  },
  StatementBlockAst: (node, stack) => {
    link(node.traps, node, stack);
    link(node.statements, node, stack);
  },
  ParamBlockAst: (node, stack) => {
    link(node.attributes, node, stack);
    link(node.parameters, node, stack);
  },
  ParameterAst: (node, stack) => {
    link(node.attributes, node, stack);
    link(node.name, node, stack);
    link(node.defaultValue, node, stack);
  },
  AttributeAst: (node, stack) => {
    link(node.positionalArguments, node, stack);
    link(node.namedArguments, node, stack);
  },
  NamedAttributeArgumentAst: (node, stack) => {
    link(node.argument, node, stack);
  },
  PipelineAst: (node, stack) => {
    link(node.pipelineElements, node, stack);
  },
  PipelineChainAst: (node, stack) => {
    link(node.lhsPipelineChain, node, stack);
    link(node.rhsPipeline, node, stack);
  },
  AssignmentStatementAst: (node, stack) => {
    link(node.left, node, stack);
    link(node.right, node, stack);
  },
  IfStatementAst: (node, stack) => {
    link(node.clauses, node, stack);
    link(node.elseClause, node, stack);
  },
  SwitchStatementAst: (node, stack) => {
    link(node.condition, node, stack);
    link(node.clauses, node, stack);
    link(node.default, node, stack);
  },
  ForEachStatementAst: (node, stack) => {
    link(node.variable, node, stack);
    link(node.throttleLimit, node, stack);
    link(node.condition, node, stack);
    link(node.body, node, stack);
  },
  ForStatementAst: (node, stack) => {
    link(node.initializer, node, stack);
    link(node.condition, node, stack);
    link(node.iterator, node, stack);
    link(node.body, node, stack);
  },
  WhileStatementAst: (node, stack) => {
    link(node.condition, node, stack);
    link(node.body, node, stack);
  },
  DoWhileStatementAst: (node, stack) => {
    link(node.body, node, stack);
    link(node.condition, node, stack);
  },
  DoUntilStatementAst: (node, stack) => {
    link(node.body, node, stack);
    link(node.condition, node, stack);
  },
  TryStatementAst: (node, stack) => {
    link(node.body, node, stack);
    link(node.catchClauses, node, stack);
    link(node.finally, node, stack);
  },
  CatchClauseAst: (node, stack) => {
    link(node.catchTypes, node, stack);
    link(node.body, node, stack);
  },
  TrapStatementAst: (node, stack) => {
    link(node.trapType, node, stack);
    link(node.body, node, stack);
  },
  BreakStatementAst: (node, stack) => {
    link(node.label, node, stack);
  },
  ContinueStatementAst: (node, stack) => {
    link(node.label, node, stack);
  },
  ReturnStatementAst: (node, stack) => {
    link(node.pipeline, node, stack);
  },
  ExitStatementAst: (node, stack) => {
    link(node.pipeline, node, stack);
  },
  ThrowStatementAst: (node, stack) => {
    link(node.pipeline, node, stack);
  },
  FunctionDefinitionAst: (node, stack) => {
    link(node.parameters, node, stack);
    link(node.body, node, stack);
  },
  DataStatementAst: (node, stack) => {
    link(node.commandsAllowed, node, stack);
    link(node.body, node, stack);
  },
  BlockStatementAst: (node, stack) => {
    link(node.body, node, stack);
  },
  UsingStatementAst: (node, stack) => {
    link(node.name, node, stack);
    link(node.alias, node, stack);
    link(node.moduleSpecification, node, stack);
  },
  TypeDefinitionAst: (node, stack) => {
    link(node.attributes, node, stack);
    link(node.baseTypes, node, stack);
    link(node.members, node, stack);
  },
  PropertyMemberAst: (node, stack) => {
    link(node.attributes, node, stack);
    link(node.propertyType, node, stack);
    link(node.initialValue, node, stack);
  },
  FunctionMemberAst: (node, stack) => {
    link(node.attributes, node, stack);
    link(node.returnType, node, stack);
    link(node.parameters, node, stack);
    link(node.baseCtorArguments, node, stack);
    link(node.body, node, stack);
  },
  ErrorStatementAst: (node, stack) => {
    link(node.nestedAst, node, stack);
  },
  CommandAst: (node, stack) => {
    link(node.commandElements, node, stack);
    link(node.redirections, node, stack);
  },
  CommandExpressionAst: (node, stack) => {
    link(node.expression, node, stack);
    link(node.redirections, node, stack);
  },
  CommandParameterAst: (node, stack) => {
    link(node.argument, node, stack);
  },
  FileRedirectionAst: (node, stack) => {
    link(node.location, node, stack);
  },
  BinaryExpressionAst: (node, stack) => {
    link(node.left, node, stack);
    link(node.right, node, stack);
  },
  UnaryExpressionAst: (node, stack) => {
    link(node.child, node, stack);
  },
  TernaryExpressionAst: (node, stack) => {
    link(node.condition, node, stack);
    link(node.ifTrue, node, stack);
    link(node.ifFalse, node, stack);
  },
  ConvertExpressionAst: (node, stack) => {
    link(node.attribute, node, stack);
    link(node.child, node, stack);
  },
  AttributedExpressionAst: (node, stack) => {
    link(node.attribute, node, stack);
    link(node.child, node, stack);
  },
  MemberExpressionAst: (node, stack) => {
    link(node.expression, node, stack);
    link(node.member, node, stack);
  },
  InvokeMemberExpressionAst: (node, stack) => {
    link(node.expression, node, stack);
    link(node.member, node, stack);
    link(node.arguments, node, stack);
  },
  IndexExpressionAst: (node, stack) => {
    link(node.target, node, stack);
    link(node.index, node, stack);
  },
  ArrayLiteralAst: (node, stack) => {
    link(node.elements, node, stack);
  },
  ArrayExpressionAst: (node, stack) => {
    link(node.subExpression, node, stack);
  },
  HashtableAst: (node, stack) => {
    link(node.keyValuePairs, node, stack);
  },
  ScriptBlockExpressionAst: (node, stack) => {
    link(node.scriptBlock, node, stack);
  },
  SubExpressionAst: (node, stack) => {
    link(node.subExpression, node, stack);
  },
  ParenExpressionAst: (node, stack) => {
    link(node.pipeline, node, stack);
  },
  ExpandableStringExpressionAst: (node, stack) => {
    link(node.nestedExpressions, node, stack);
  },
  UsingExpressionAst: (node, stack) => {
    link(node.subExpression, node, stack);
  },
  ErrorExpressionAst: (node, stack) => {
    link(node.nestedAst, node, stack);
  },
};

/** The same table as a Map: a Map read by a varying key is faster than V8's megamorphic keyed object load. */
const linkerByType = new Map(
  Object.entries(linkers) as [AstType, (node: Ast, stack: Ast[] | null) => void][],
);

/**
 * Sets `parent` on the direct children of `node` and pushes them on `stack` (when given). A table by type, not a
 * switch: the most common nodes (constants, variables) are leaves, and a switch compared their type with every
 * case before reaching them.
 */
export function linkChildren(node: Ast, stack: Ast[] | null): void {
  const linker = linkerByType.get(node.type);
  if (linker !== undefined) linker(node, stack);
}
