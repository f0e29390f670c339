// PowerShell's VariableAnalysis.AnalyzeMemberFunction: a class method's flow graph, to find the code paths that end
// without a return and the variables read where no assignment in the method reaches them (VariableNotLocal).
import type { Ast } from '../ast/ast.js';
import type { NamedBlockAst, StatementBlockAst } from '../ast/blocks.js';
import type { ExpressionAst, VariableExpressionAst, VariablePath } from '../ast/expressions.js';
import type { FunctionMemberAst, PipelineBaseAst, StatementAst } from '../ast/nodes.js';
import { walk } from '../ast/visit.js';

export interface MemberFlowAnalysis {
  /** Every path out of the method returns or throws (PowerShell's `allCodePathsReturned`). */
  readonly allPathsReturn: boolean;
  /** Reads of method-local variables that PowerShell reports as VariableNotLocal, in visit order. */
  readonly unassignedReads: readonly VariableExpressionAst[];
}

/** SpecialVariables.AutomaticVariables: allocated before the method starts. */
const automaticVariables = [
  '_',
  'args',
  'this',
  'input',
  'pscmdlet',
  'psboundparameters',
  'myinvocation',
  'psscriptroot',
  'pscommandpath',
];
/** SpecialVariables.AllScopeVariables: assigning one never gets a local slot. */
const allScopeVariables = new Set([
  '?',
  'executioncontext',
  'false',
  'home',
  'host',
  'pid',
  'psculture',
  'pshome',
  'psuiculture',
  'psversiontable',
  'psedition',
  'shellid',
  'true',
  'enabledexperimentalfeatures',
]);
/** SpecialVariables.IsImplicitVariableAccessibleInClassMethod. */
const implicitInMethod = new Set([
  'lastexitcode',
  'error',
  'stacktrace',
  'outputencoding',
  'nestedpromptlevel',
  'pwd',
  'matches',
]);
/** Commands that make PowerShell give up slot allocation (FindAllVariablesVisitor's pessimizing cmdlets). */
const pessimizingCommands = new Set(
  ['New-Variable', 'Remove-Variable', 'Set-Variable', 'Set-PSBreakpoint']
    .flatMap((c) => [c, `Microsoft.PowerShell.Utility\\${c}`])
    .concat(['nv', 'rv', 'sbp', 'sv', 'set'])
    .map((c) => c.toLowerCase()),
);

type SlotState = 'unanalyzed' | 'local' | 'dynamic';

interface Details {
  readonly bit: number;
  readonly automatic: boolean;
  state: SlotState;
  /** The type the slot was first given (lower-case name), or null before any assignment. */
  slotType: string | null;
  assigned: boolean;
}

type Item =
  | { readonly kind: 'read'; readonly ast: VariableExpressionAst; readonly name: string }
  | {
      readonly kind: 'assign';
      readonly name: string;
      readonly convertType: string | null;
      readonly direct: boolean;
    };

class Block {
  readonly items: Item[] = [];
  readonly predecessors: Block[] = [];
  readonly successors: Block[] = [];
  returns = false;
  throws = false;
  /** Reachability as PowerShell proves it: only through flowsTo calls made after the source became reachable. */
  unreachable = true;
  assignedIn: boolean[] | null = null;

  flowsTo(next: Block): void {
    if (this.successors.includes(next)) return;
    if (!this.unreachable) next.unreachable = false;
    this.successors.push(next);
    next.predecessors.push(this);
  }
}

const isAnyLocal = (p: VariablePath): boolean =>
  !p.isDriveQualified && (p.scope === null || p.scope === 'Local' || p.scope === 'Private');
const unaliased = (p: VariablePath): string => {
  const name = p.unqualifiedPath.toLowerCase();
  return name === 'psitem' ? '_' : name;
};

interface LoopTargets {
  readonly label: string;
  readonly breakTarget: Block;
  readonly continueTarget: Block;
}

interface ReadRecord {
  readonly ast: VariableExpressionAst;
  readonly details: Details;
  /** The slot state when the read was seen, if it was known then (not left to the data flow). */
  readonly earlyState: SlotState | null;
  dynamic: boolean;
}

class Analysis {
  readonly variables = new Map<string, Details>();
  readonly entry = new Block();
  readonly exit = new Block();
  current: Block;
  readonly loops: LoopTargets[] = [];
  readonly reads: ReadRecord[] = [];
  disableOptimizations = false;

  constructor() {
    this.entry.unreachable = false;
    this.current = this.entry;
    for (const name of automaticVariables) this.note(name, true, 'local');
    this.note('?', true, 'unanalyzed');
  }

  note(name: string, automatic = false, state: SlotState = 'unanalyzed'): Details {
    let d = this.variables.get(name);
    if (d === undefined) {
      d = { bit: this.variables.size, automatic, state, slotType: null, assigned: false };
      this.variables.set(name, d);
    }
    return d;
  }

  newBlock(): Block {
    return new Block();
  }

  statements(list: readonly StatementAst[]): void {
    for (const s of list) this.statement(s);
  }

  block(b: StatementBlockAst | NamedBlockAst | null): void {
    if (b !== null) this.statements(b.statements);
  }

  whileLoop(
    label: string | null,
    condition: (() => void) | null,
    body: () => void,
    continueAction?: PipelineBaseAst,
  ): void {
    const continueBlock = this.newBlock();
    if (continueAction !== undefined) {
      const afterContinue = this.newBlock();
      this.current.flowsTo(afterContinue);
      this.current = continueBlock;
      this.statement(continueAction);
      this.current.flowsTo(afterContinue);
      this.current = afterContinue;
    } else {
      this.current.flowsTo(continueBlock);
      this.current = continueBlock;
    }
    const bodyBlock = this.newBlock();
    const breakBlock = this.newBlock();
    if (condition !== null) {
      condition();
      this.current.flowsTo(breakBlock);
    }
    this.loops.push({ label: label ?? '', breakTarget: breakBlock, continueTarget: continueBlock });
    this.current.flowsTo(bodyBlock);
    this.current = bodyBlock;
    body();
    this.current.flowsTo(continueBlock);
    this.current = breakBlock;
    this.loops.pop();
  }

  doLoop(label: string | null, body: StatementBlockAst, condition: PipelineBaseAst): void {
    const continueBlock = this.newBlock();
    const bodyBlock = this.newBlock();
    const breakBlock = this.newBlock();
    const repeat = this.newBlock();
    this.loops.push({ label: label ?? '', breakTarget: breakBlock, continueTarget: continueBlock });
    this.current.flowsTo(bodyBlock);
    this.current = bodyBlock;
    this.block(body);
    this.current.flowsTo(continueBlock);
    this.current = continueBlock;
    this.statement(condition);
    this.current.flowsTo(breakBlock);
    this.current.flowsTo(repeat);
    this.current = repeat;
    this.current.flowsTo(bodyBlock);
    this.current = breakBlock;
    this.loops.pop();
  }

  breakOrContinue(label: ExpressionAst | null, pick: (t: LoopTargets) => Block): void {
    let target: Block | null = null;
    if (label !== null) {
      this.expression(label);
      if (label.type === 'StringConstantExpressionAst') {
        const name = label.value.toLowerCase();
        for (const t of this.loops) if (t.label.toLowerCase() === name) target = pick(t);
      }
    } else if (this.loops.length > 0) {
      target = pick(this.loops[this.loops.length - 1] as LoopTargets);
    }
    if (target === null) {
      this.current.flowsTo(this.exit);
      this.current.throws = true;
    } else this.current.flowsTo(target);
    this.current = this.newBlock();
  }

  controlFlow(pipeline: PipelineBaseAst | null): Block {
    if (pipeline !== null) this.statement(pipeline);
    this.current.flowsTo(this.exit);
    const last = this.current;
    this.current = this.newBlock();
    return last;
  }

  statement(s: StatementAst): void {
    switch (s.type) {
      case 'PipelineAst': {
        let invokesCommand = false;
        for (const e of s.pipelineElements) {
          if (e.type === 'CommandAst') {
            invokesCommand = true;
            for (const el of e.commandElements) this.expressionOrParameter(el);
          } else this.expression(e.expression);
          for (const r of e.redirections) if (r.type === 'FileRedirectionAst') this.expression(r.location);
        }
        // Any command may break or continue a loop around it (non-local flow), so add those edges.
        if (invokesCommand && this.loops.length > 0) {
          for (const t of this.loops) {
            this.current.flowsTo(t.breakTarget);
            this.current.flowsTo(t.continueTarget);
          }
          const next = this.newBlock();
          this.current.flowsTo(next);
          this.current = next;
        }
        return;
      }
      case 'AssignmentStatementAst':
        this.statement(s.right);
        for (const target of assignmentTargets(s.left)) this.assignTarget(target);
        return;
      case 'IfStatementAst': {
        const after = this.newBlock();
        if (s.elseClause === null) this.current.flowsTo(after);
        s.clauses.forEach(([condition, body], i) => {
          const isLast = i === s.clauses.length - 1 && s.elseClause === null;
          const clauseBlock = this.newBlock();
          const next = isLast ? after : this.newBlock();
          this.statement(condition);
          this.current.flowsTo(clauseBlock);
          this.current.flowsTo(next);
          this.current = clauseBlock;
          this.block(body);
          this.current.flowsTo(after);
          this.current = next;
        });
        if (s.elseClause !== null) {
          this.block(s.elseClause);
          this.current.flowsTo(after);
        }
        this.current = after;
        return;
      }
      case 'SwitchStatementAst': {
        const details = this.note('switch');
        if (details.state === 'unanalyzed' && !this.disableOptimizations) details.state = 'local';
        this.whileLoop(
          s.label,
          () => {
            this.statement(s.condition);
            this.current.items.push({
              kind: 'assign',
              name: 'switch',
              convertType: 'system.collections.ienumerator',
              direct: false,
            });
          },
          () => {
            const after = this.newBlock();
            s.clauses.forEach(([test, body], i) => {
              const clauseBlock = this.newBlock();
              const isLast = i === s.clauses.length - 1 && s.default === null;
              const next = isLast ? after : this.newBlock();
              this.expression(test);
              this.current.flowsTo(next);
              this.current.flowsTo(clauseBlock);
              this.current = clauseBlock;
              this.block(body);
              if (!isLast) {
                this.current.flowsTo(next);
                this.current = next;
              }
            });
            if (s.default !== null) {
              this.current.flowsTo(after);
              this.block(s.default);
            }
            this.current.flowsTo(after);
            this.current = after;
          },
        );
        return;
      }
      case 'ForEachStatementAst': {
        const details = this.note('foreach');
        if (details.state === 'unanalyzed' && !this.disableOptimizations) details.state = 'local';
        const afterFor = this.newBlock();
        this.whileLoop(
          s.label,
          () => {
            this.statement(s.condition);
            this.current.flowsTo(afterFor);
            this.current.items.push({
              kind: 'assign',
              name: 'foreach',
              convertType: 'system.collections.ienumerator',
              direct: false,
            });
            this.assignTarget(s.variable);
          },
          () => this.block(s.body),
        );
        this.current.flowsTo(afterFor);
        this.current = afterFor;
        return;
      }
      case 'ForStatementAst':
        if (s.initializer !== null) this.statement(s.initializer);
        this.whileLoop(
          s.label,
          s.condition === null ? null : () => this.statement(s.condition as PipelineBaseAst),
          () => this.block(s.body),
          s.iterator ?? undefined,
        );
        return;
      case 'WhileStatementAst':
        this.whileLoop(
          s.label,
          () => this.statement(s.condition),
          () => this.block(s.body),
        );
        return;
      case 'DoWhileStatementAst':
      case 'DoUntilStatementAst':
        this.doLoop(s.label, s.body, s.condition);
        return;
      case 'TryStatementAst':
        this.tryStatement(s);
        return;
      case 'BreakStatementAst':
        this.breakOrContinue(s.label, (t) => t.breakTarget);
        return;
      case 'ContinueStatementAst':
        this.breakOrContinue(s.label, (t) => t.continueTarget);
        return;
      case 'ReturnStatementAst':
        this.controlFlow(s.pipeline).returns = true;
        return;
      case 'ExitStatementAst':
      case 'ThrowStatementAst':
        this.controlFlow(s.pipeline).throws = true;
        return;
      case 'DataStatementAst':
        this.block(s.body);
        if (s.variable !== null) {
          this.note(s.variable.toLowerCase());
          this.current.items.push({
            kind: 'assign',
            name: s.variable.toLowerCase(),
            convertType: 'system.object',
            direct: false,
          });
        }
        return;
      case 'BlockStatementAst':
        this.block(s.body);
        return;
      case 'TrapStatementAst':
        this.block(s.body);
        return;
      default:
        // Function and type definitions, using statements, pipeline chains, error statements: not analyzed.
        return;
    }
  }

  tryStatement(s: Extract<StatementAst, { type: 'TryStatementAst' }>): void {
    // Any statement of the try body may throw, so only the block before the try reaches the catches and finally.
    const beforeTry = this.current;
    this.current = this.newBlock();
    beforeTry.flowsTo(this.current);
    this.block(s.body);
    const lastInTry = this.current;
    const finallyFirst = s.finally === null ? null : this.newBlock();
    const afterTry = this.newBlock();
    let catchAll = false;
    for (const c of s.catchClauses) {
      if (c.isCatchAll) catchAll = true;
      this.current = this.newBlock();
      beforeTry.flowsTo(this.current);
      this.block(c.body);
      this.current.flowsTo(finallyFirst ?? afterTry);
    }
    if (finallyFirst !== null && s.finally !== null) {
      lastInTry.flowsTo(finallyFirst);
      this.current = finallyFirst;
      this.block(s.finally);
      this.current.flowsTo(afterTry);
      const finallyLast = this.current;
      if (!catchAll) {
        beforeTry.flowsTo(finallyFirst);
        const rethrow = this.newBlock();
        finallyLast.flowsTo(rethrow);
        rethrow.throws = true;
        rethrow.flowsTo(this.exit);
      }
      finallyLast.flowsTo(afterTry);
    } else lastInTry.flowsTo(afterTry);
    this.current = afterTry;
  }

  assignTarget(target: ExpressionAst): void {
    let left = target;
    let converts = 0;
    let anyAttributes = false;
    let convertType: string | null = null;
    while (left.type === 'AttributedExpressionAst' || left.type === 'ConvertExpressionAst') {
      converts++;
      if (left.type === 'ConvertExpressionAst') convertType = left.attribute.typeName.fullName.toLowerCase();
      else anyAttributes = true;
      left = left.child;
    }
    if (left.type !== 'VariableExpressionAst') {
      this.expression(target);
      return;
    }
    if ((anyAttributes || converts > 1) && isAnyLocal(left.variablePath))
      this.note(unaliased(left.variablePath)).state = 'dynamic';
    if (!anyAttributes && converts <= 1) {
      if (isAnyLocal(left.variablePath)) this.note(unaliased(left.variablePath));
      this.current.items.push({
        kind: 'assign',
        name: unaliased(left.variablePath),
        convertType,
        direct: true,
      });
    }
  }

  expressionOrParameter(e: Ast): void {
    if (e.type === 'CommandParameterAst') {
      if (e.argument !== null) this.expression(e.argument);
    } else this.expression(e as ExpressionAst);
  }

  expression(e: ExpressionAst): void {
    switch (e.type) {
      case 'BinaryExpressionAst':
        this.expression(e.left);
        if (e.operator === 'And' || e.operator === 'Or') {
          // The right operand is evaluated only sometimes.
          const target = this.newBlock();
          const next = this.newBlock();
          this.current.flowsTo(target);
          this.current.flowsTo(next);
          this.current = next;
          this.expression(e.right);
          this.current.flowsTo(target);
          this.current = target;
        } else this.expression(e.right);
        return;
      case 'TernaryExpressionAst': {
        const ifTrue = this.newBlock();
        const ifFalse = this.newBlock();
        const after = this.newBlock();
        this.expression(e.condition);
        this.current.flowsTo(ifTrue);
        this.current.flowsTo(ifFalse);
        this.current = ifTrue;
        this.expression(e.ifTrue);
        this.current.flowsTo(after);
        this.current = ifFalse;
        this.expression(e.ifFalse);
        this.current.flowsTo(after);
        this.current = after;
        return;
      }
      case 'UnaryExpressionAst':
      case 'ConvertExpressionAst':
      case 'AttributedExpressionAst':
        this.expression(e.child);
        return;
      case 'SubExpressionAst':
      case 'ArrayExpressionAst':
        this.block(e.subExpression);
        return;
      case 'ParenExpressionAst':
        this.statement(e.pipeline);
        return;
      case 'VariableExpressionAst':
        this.read(e);
        return;
      case 'MemberExpressionAst':
        this.expression(e.expression);
        this.expression(e.member);
        return;
      case 'InvokeMemberExpressionAst':
        this.expression(e.expression);
        this.expression(e.member);
        for (const a of e.arguments ?? []) this.expression(a);
        return;
      case 'ArrayLiteralAst':
        for (const x of e.elements) this.expression(x);
        return;
      case 'HashtableAst':
        for (const [k, v] of e.keyValuePairs) {
          this.expression(k);
          this.statement(v);
        }
        return;
      case 'ExpandableStringExpressionAst':
        for (const x of e.nestedExpressions) this.expression(x);
        return;
      case 'IndexExpressionAst':
        this.expression(e.target);
        this.expression(e.index);
        return;
      default:
        // Constants, types, script block literals, $using: and error expressions read no method variable.
        return;
    }
  }

  read(v: VariableExpressionAst): void {
    const path = v.variablePath;
    if (!isAnyLocal(path)) return;
    const details = this.note(unaliased(path));
    if (details.state !== 'unanalyzed') {
      this.reads.push({ ast: v, details, earlyState: details.state, dynamic: details.state === 'dynamic' });
      return;
    }
    const record: ReadRecord = { ast: v, details, earlyState: null, dynamic: false };
    this.reads.push(record);
    this.current.items.push({ kind: 'read', ast: v, name: unaliased(path) });
    this.pending.set(v, record);
  }

  readonly pending = new Map<VariableExpressionAst, ReadRecord>();

  /** CheckLHSAssignVar: gives the variable its slot and records the assignment on this path. */
  assignVariable(name: string, assigned: boolean[], convertType: string | null, direct: boolean): void {
    const details = this.note(name);
    if (details.state === 'unanalyzed')
      details.state = this.disableOptimizations || allScopeVariables.has(name) ? 'dynamic' : 'local';
    let type = convertType;
    if (direct && type === null && (name === 'foreach' || name === 'switch')) type = 'system.object';
    if (details.slotType === null) details.slotType = type ?? 'system.object';
    else {
      if (!assigned[details.bit] && type === null) type = 'system.object';
      if (type !== null && type !== details.slotType) {
        if (details.automatic) details.slotType = 'system.object';
        else details.state = 'dynamic';
      }
    }
    assigned[details.bit] = true;
    if (direct) details.assigned = true;
  }

  analyzeBlock(assigned: boolean[], block: Block): void {
    for (const item of block.items) {
      if (item.kind === 'read') {
        const details = this.variables.get(item.name) as Details;
        const record = this.pending.get(item.ast);
        if (record === undefined || details.automatic) continue;
        record.dynamic = !assigned[details.bit] || details.state === 'dynamic';
      } else this.assignVariable(item.name, assigned, item.convertType, item.direct);
    }
  }

  /** FinishAnalysis: the data flow over the blocks in reverse depth-first order. */
  finish(): void {
    const order: Block[] = [];
    const seen = new Set<Block>();
    const visitDepthFirst = (b: Block): void => {
      if (seen.has(b)) return;
      seen.add(b);
      for (const s of b.successors) visitDepthFirst(s);
      order.push(b);
    };
    visitDepthFirst(this.entry);
    order.reverse();
    const size = this.variables.size;
    order.forEach((block, index) => {
      let assigned: boolean[];
      if (index === 0) assigned = new Array<boolean>(size).fill(false);
      else {
        assigned = new Array<boolean>(size).fill(true);
        for (const p of block.predecessors) {
          if (p.assignedIn === null) continue;
          for (let i = 0; i < size; i++) if (!(p.assignedIn[i] ?? false)) assigned[i] = false;
        }
      }
      block.assignedIn = assigned;
      this.analyzeBlock(assigned, block);
    });
  }
}

/** GetAssignmentTargets: through parentheses and array literals. */
function assignmentTargets(left: ExpressionAst): ExpressionAst[] {
  if (left.type === 'ParenExpressionAst') {
    const p = left.pipeline;
    if (p.type === 'PipelineAst' && p.pipelineElements.length === 1) {
      const e = p.pipelineElements[0];
      if (e?.type === 'CommandExpressionAst' && e.redirections.length === 0)
        return assignmentTargets(e.expression);
    }
    return [];
  }
  if (left.type === 'ArrayLiteralAst') return left.elements.flatMap(assignmentTargets);
  return [left];
}

/** Whether the method body turns off slot allocation: private variables, dot-sourcing, *-Variable commands. */
function disablesOptimizations(member: FunctionMemberAst): boolean {
  let disable = false;
  walk(member.body, (node) => {
    if (disable) return false;
    if (node !== member.body && (node.type === 'ScriptBlockAst' || node.type === 'TrapStatementAst'))
      return false;
    if (node.type === 'FunctionDefinitionAst') return false;
    if (node.type === 'VariableExpressionAst' && node.variablePath.scope === 'Private') disable = true;
    if (node.type === 'CommandAst') {
      const name = node.commandElements[0];
      if (node.invocationOperator === 'Dot') disable = true;
      if (name?.type === 'StringConstantExpressionAst' && pessimizingCommands.has(name.value.toLowerCase()))
        disable = true;
    }
    return true;
  });
  return disable;
}

export function analyzeMemberFunction(member: FunctionMemberAst): MemberFlowAnalysis {
  const a = new Analysis();
  a.disableOptimizations = disablesOptimizations(member);
  for (const p of member.parameters) {
    const path = p.name.variablePath;
    if (!isAnyLocal(path)) continue;
    const name = unaliased(path);
    const details = a.note(name);
    let converts = -1;
    let anyAttributes = false;
    let type: string | null = null;
    for (const attr of p.attributes) {
      if (attr.type === 'TypeConstraintAst') {
        converts++;
        type ??= attr.typeName.fullName.toLowerCase();
      } else if (/^(system\.management\.automation\.)?validate/i.test(attr.typeName.fullName))
        anyAttributes = true;
    }
    details.assigned = true;
    const isRef = type === 'ref' || type === 'system.management.automation.psreference';
    if ((anyAttributes || converts > 0 || isRef) && !details.automatic) details.state = 'dynamic';
    a.entry.items.push({ kind: 'assign', name, convertType: type ?? 'system.object', direct: false });
  }
  const body = member.body;
  for (const b of [
    body.dynamicParamBlock,
    body.beginBlock,
    body.processBlock,
    body.endBlock,
    body.cleanBlock,
  ])
    a.block(b);
  a.current.flowsTo(a.exit);
  a.finish();

  const unassignedReads: VariableExpressionAst[] = [];
  for (const r of a.reads) {
    const finalDynamic = r.details.state === 'dynamic';
    const dynamic = r.dynamic || finalDynamic;
    if (!dynamic || (finalDynamic && r.details.assigned)) continue;
    const path = r.ast.variablePath;
    const name = path.unqualifiedPath.toLowerCase();
    if (name === 'true' || name === 'false' || name === 'null' || implicitInMethod.has(name)) continue;
    unassignedReads.push(r.ast);
  }
  const allPathsReturn = a.exit.predecessors.every((b) => b.returns || b.throws || b.unreachable);
  return { allPathsReturn, unassignedReads };
}
