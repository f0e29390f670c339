// The first element of `expr | cmd`: writes the expression's value, enumerated, into the pipeline.
import type { ExecutionContext } from '../execution-context.js';
import type { Eval } from '../evaluator/compiled-script-block.js';
import { writeEnumerated } from '../evaluator/output.js';
import { CommandProcessor } from '../pipeline/command-processor.js';

export class ExpressionProcessor extends CommandProcessor {
  readonly commandName = '';
  constructor(
    private readonly ctx: ExecutionContext,
    private readonly value: Eval,
  ) {
    super();
  }
  begin(): void {}
  process(input: unknown): void {
    // Expressions are only allowed first in a pipeline, so input never arrives; pass it on if it does.
    this.downstream.write(input);
  }
  processNoInput(): void {
    writeEnumerated(this.downstream, this.value(this.ctx));
  }
  end(): void {}
}
