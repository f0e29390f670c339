// `workflow` and `configuration` as pwsh 7.4 parses them on Linux: workflows rejected, configurations failing to
// load the DSC keywords (Parser.cs ConfigurationStatementRule, SemanticChecks.cs VisitFunctionDefinition).
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

function errorsOf(source: string): [string, number, number, boolean][] {
  return parse(source).errors.map((e) => [
    e.errorId,
    e.extent.startOffset,
    e.extent.endOffset,
    e.incompleteInput,
  ]);
}

describe('workflow', () => {
  it('parses into a FunctionDefinitionAst and reports WorkflowNotSupportedInPowerShellCore on its extent', () => {
    const source = 'workflow Test-Flow { param($a) "x" }\n$y = 1';
    const { ast, errors } = parse(source);
    const fn = ast.endBlock?.statements[0];
    expect(fn?.type).toBe('FunctionDefinitionAst');
    expect(fn?.type === 'FunctionDefinitionAst' && fn.isWorkflow).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.errorId).toBe('WorkflowNotSupportedInPowerShellCore');
    expect(errors[0]?.message).toBe('Workflow is not supported in PowerShell 6+.');
    expect(errors[0]?.extent.text).toBe('workflow Test-Flow { param($a) "x" }');
    expect(errors[0]?.incompleteInput).toBe(false);
  });

  it('reports each workflow, nested ones too', () => {
    const source = 'function f { workflow w { } }\nworkflow v { }';
    expect(errorsOf(source)).toEqual([
      ['WorkflowNotSupportedInPowerShellCore', 13, 27, false],
      ['WorkflowNotSupportedInPowerShellCore', 30, 44, false],
    ]);
  });

  it('leaves `function` and `filter` alone', () => {
    expect(errorsOf('function f { }; filter g { $_ }')).toEqual([]);
  });
});

describe('parallel and sequence blocks', () => {
  it('parse into BlockStatementAst and are unexpected keywords outside a workflow', () => {
    const { ast, errors } = parse('Parallel { 1 }');
    const block = ast.endBlock?.statements[0];
    expect(block?.type).toBe('BlockStatementAst');
    expect(block?.type === 'BlockStatementAst' && block.kind).toBe('Parallel');
    expect(block?.type === 'BlockStatementAst' && block.body.statements).toHaveLength(1);
    expect(block?.extent.text).toBe('Parallel { 1 }');
    expect(errors.map((e) => [e.errorId, e.message, e.extent.text])).toEqual([
      ['UnexpectedKeyword', "Unexpected keyword 'Parallel'.", 'Parallel'],
    ]);
  });

  it('are allowed inside a workflow (which is itself rejected), not inside its InlineScript', () => {
    expect(errorsOf('workflow w { parallel { 1 }; sequence { 2 } }')).toEqual([
      ['WorkflowNotSupportedInPowerShellCore', 0, 45, false],
    ]);
    expect(errorsOf('workflow w { InlineScript { sequence { } } }')).toEqual([
      ['WorkflowNotSupportedInPowerShellCore', 0, 44, false],
      ['UnexpectedKeyword', 28, 36, false],
    ]);
    // A function inside the workflow is not the workflow.
    expect(errorsOf('workflow w { function f { parallel { } } }').map((e) => e[0])).toEqual([
      'WorkflowNotSupportedInPowerShellCore',
      'UnexpectedKeyword',
    ]);
  });

  it('need a statement block', () => {
    expect(errorsOf('sequence')).toEqual([['MissingStatementAfterKeyword', 8, 8, true]]);
    expect(parse('sequence').errors[0]?.message).toBe("Missing statement body after keyword 'sequence'.");
    expect(parse('sequence').ast.endBlock?.statements[0]?.type).toBe('ErrorStatementAst');
    expect(errorsOf('parallel\n{ }')).toEqual([['UnexpectedKeyword', 0, 8, false]]);
  });
});

describe('configuration', () => {
  it('reports ParserError on the name: the DSC schema store is missing, as on Linux', () => {
    const source = 'configuration Foo { Node localhost { File x { } } }';
    const { errors } = parse(source);
    expect(errors[0]?.errorId).toBe('ParserError');
    expect(errors[0]?.extent.text).toBe('Foo');
    expect(errors[0]?.incompleteInput).toBe(false);
    expect(errors[0]?.message.split('\n')[0]).toBe(
      'System.IO.DirectoryNotFoundException: Unable to find DSC schema store at' +
        ' /etc/opt/omi/conf/dsc/configuration. Please ensure PS DSC for Linux is installed.',
    );
    expect(errors[0]?.message).toContain(
      '\n   at System.Management.Automation.Language.Parser.ConfigurationStatementRule(',
    );
    // No statement comes back, so the top level then stops at the body's `{` and at the last `}`.
    expect(errorsOf(source).slice(1)).toEqual([
      ['UnexpectedToken', 18, 19, false],
      ['UnexpectedToken', 50, 51, false],
    ]);
    expect(errors[1]?.message).toBe("Unexpected token '{' in expression or statement.");
  });

  it('skips newlines between the keyword, the name and the body', () => {
    expect(errorsOf('configuration\n  Foo\n{\n}')).toEqual([
      ['ParserError', 16, 19, false],
      ['UnexpectedToken', 20, 21, false],
      ['UnexpectedToken', 22, 23, false],
    ]);
  });

  it('reports MissingConfigurationName after the keyword when the body follows it', () => {
    const { errors, ast } = parse('configuration { 1 }');
    expect(errors.map((e) => [e.errorId, e.extent.startOffset, e.incompleteInput])).toEqual([
      ['MissingConfigurationName', 13, false],
    ]);
    expect(errors[0]?.message).toBe(
      'The name for the configuration is missing. Provide the missing name as a simple name, string, or' +
        ' string-valued expression.',
    );
    expect(ast.endBlock?.statements ?? []).toHaveLength(0);
  });

  it('asks for more input when the name is missing at the end', () => {
    expect(errorsOf('configuration')).toEqual([['MissingConfigurationName', 13, 13, true]]);
    expect(errorsOf('configuration\n')).toEqual([['MissingConfigurationName', 14, 14, true]]);
  });

  it('checks a constant name before loading the keywords', () => {
    const errors = parse('configuration 1abc {}').errors;
    expect(errors.map((e) => [e.errorId, e.extent.text])).toEqual([
      ['InvalidConfigurationName', '1abc'],
      ['ParserError', '1abc'],
      ['UnexpectedToken', '{'],
      ['UnexpectedToken', '}'],
    ]);
    expect(errors[0]?.message).toBe(
      "The configuration name '1abc' is not valid. Standard names may only contain letters (a-z, A-Z), numbers" +
        ' (0-9), period (.), hyphen (-) and underscore (_). The name may not be null or empty, and should start' +
        ' with a letter.',
    );
    expect(parse("configuration 'My.Config-1_x' {}").errors[0]?.errorId).toBe('ParserError');
    expect(parse('configuration "a b" {}').errors[0]?.message).toContain("name 'a b' is not valid");
    // A non-string constant has no string value: the name shows as ''.
    expect(parse('configuration 12 {}').errors[0]?.message).toContain("name '' is not valid");
    // An expression is not checked.
    expect(parse('configuration $name {}').errors[0]?.errorId).toBe('ParserError');
  });

  it('ends the enclosing statement list, as PowerShell does when a statement rule returns nothing', () => {
    const source = 'function f {\n configuration Foo {\n }\n}\n$x = 1';
    expect(errorsOf(source)).toEqual([
      ['ParserError', 28, 31, false],
      ['MissingEndCurlyBrace', 11, 12, false],
      ['UnexpectedToken', 37, 38, false],
    ]);
  });

  it('is a plain word where it is not the statement keyword', () => {
    expect(errorsOf('Get-Thing configuration Foo; $x.configuration; "configuration"')).toEqual([]);
  });
});
