// The help object Get-Help returns for a command: pwsh's ExtendedCmdletHelpInfo / MamlCommandHelpInfo shapes.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { getHelpContent, parse, type Ast, type CommentHelpInfo } from '@exosh/language';
import type { ExecutionContext } from '../../engine/execution-context.js';
import type { CommandInfo } from '../../engine/commands/command-info.js';
import { loadScriptFile } from '../../engine/commands/script-file.js';
import type { ScriptBlock } from '../../engine/script-block.js';
import {
  commandMetadataFromScriptBlock,
  commandMetadataOfFunction,
} from '../../engine/binding/metadata-from-ast.js';
import { PSObject } from '../../values/ps-object.js';
import { dotNetShortName, hasCommonParameters, helpParameters, syntaxLines } from './syntax.js';

/** What the views need about one command's help. */
export interface CommandHelp {
  readonly name: string;
  readonly category: 'Cmdlet' | 'Function' | 'Filter' | 'ExternalScript';
  readonly moduleName: string;
  readonly metadata: CommandMetadata;
  readonly comment: CommentHelpInfo | null;
  readonly aliases: readonly string[];
  /**
   * Parameter (upper-case name) -> the values help lists for it (parameterValueGroup): a ValidateSet's values, else
   * an enum's names (help from comments: enums only), in Enum.GetNames order.
   */
  readonly valueGroups: ReadonlyMap<string, readonly string[]>;
}

/** DefaultCommandHelpObjectBuilder / HelpCommentsParser: which parameters show a value group instead of a type. */
function valueGroupsOf(
  ctx: ExecutionContext,
  metadata: CommandMetadata,
  fromComments: boolean,
): Map<string, readonly string[]> {
  const groups = new Map<string, readonly string[]>();
  for (const p of metadata.parameters) {
    const set = fromComments ? undefined : p.validation?.find((v) => v.kind === 'ValidateSet');
    const element = p.type.replace(/\[\]$/, '');
    // pwsh's type resolution also looks in System.Management.Automation ([ActionPreference]).
    const enumInfo = (
      ctx.types.tryResolve(element) ?? ctx.types.tryResolve(`System.Management.Automation.${element}`)
    )?.enumInfo;
    const names = enumInfo
      ? [...enumInfo.members].sort((a, b) => (a[1] >>> 0) - (b[1] >>> 0)).map(([n]) => n)
      : p.enumValues;
    const values = set?.kind === 'ValidateSet' ? set.values : names;
    if (values && values.length > 0) groups.set(p.name.toUpperCase(), values);
  }
  return groups;
}

const obj = (typeName: string | undefined, properties: [string, unknown][]): PSObject =>
  new PSObject({ ...(typeName ? { typeNames: [typeName] } : {}), properties });
const para = (text: string): PSObject => obj('MamlParaTextItem', [['Text', text]]);

/** The aliases that resolve to a command (GetAliasesByCommandName), sorted as pwsh lists them. */
export function aliasesOf(ctx: ExecutionContext, name: string): string[] {
  const out = new Set<string>();
  for (let s: typeof ctx.sessionState.current | null = ctx.sessionState.current; s; s = s.parent)
    for (const [alias, target] of s.aliases) if (target.toLowerCase() === name.toLowerCase()) out.add(alias);
  return [...out].sort();
}

/** Comment-based help: before a function, at the start or end of its body; at the start or end of a script. */
function commentHelpOf(scriptBlock: ScriptBlock): CommentHelpInfo | null {
  let root: Ast = scriptBlock.ast as Ast;
  while ((root as { parent?: Ast | null }).parent) root = (root as { parent: Ast }).parent;
  const definition = (scriptBlock.ast as { parent?: Ast | null }).parent;
  // Offsets in the AST are offsets in the whole source text, so its tokens come from parsing that again.
  const { tokens } = parse(root.extent.text);
  return getHelpContent(definition?.type === 'FunctionDefinitionAst' ? definition : scriptBlock.ast, tokens);
}

export function commandHelp(ctx: ExecutionContext, info: CommandInfo): CommandHelp | undefined {
  if (info.commandType === 'Cmdlet')
    return {
      name: info.name,
      category: 'Cmdlet',
      moduleName: info.moduleName,
      metadata: info.metadata,
      comment: null,
      aliases: aliasesOf(ctx, info.name),
      valueGroups: valueGroupsOf(ctx, info.metadata, false),
    };
  if (info.commandType === 'Function' || info.commandType === 'Filter') {
    const metadata = commandMetadataOfFunction(ctx, info.name, info.scriptBlock);
    const comment = commentHelpOf(info.scriptBlock);
    return {
      name: info.name,
      category: info.commandType,
      moduleName: info.moduleName ?? '',
      metadata,
      comment,
      aliases: aliasesOf(ctx, info.name),
      valueGroups: valueGroupsOf(ctx, metadata, comment !== null),
    };
  }
  if (info.commandType === 'ExternalScript') {
    // A script's help names it by its full path, as pwsh's ExternalScriptInfo does.
    const script = loadScriptFile(ctx, info.path);
    const metadata = commandMetadataFromScriptBlock(ctx, info.path, script.ast);
    const comment = commentHelpOf(script);
    return {
      name: info.path,
      category: 'ExternalScript',
      moduleName: '',
      metadata: { ...metadata, commandType: 'ExternalScript' },
      comment,
      aliases: [],
      valueGroups: valueGroupsOf(ctx, metadata, comment !== null),
    };
  }
  return undefined;
}

/** Parameters in help order: declaration order with comment help, by name (ordinal) without, as pwsh's builders. */
export function orderedParameters(help: CommandHelp) {
  const all = helpParameters(help.metadata);
  return help.comment ? all : [...all].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** PSObjects for each parameter (Get-Help -Parameter, `.parameters.parameter`): name, type, position, pipeline input. */
export function parameterObjects(help: CommandHelp): PSObject[] {
  return orderedParameters(help).map((p) => {
    const described = help.comment?.parameters[p.name.toUpperCase()];
    return obj('ExtendedCmdletHelpInfo#parameter', [
      ['name', p.name],
      ['required', String(p.mandatory)],
      ['pipelineInput', p.pipelineInput],
      ['isDynamic', 'false'],
      ['globbing', 'false'],
      ['parameterSetName', p.parameterSets.join(', ')],
      ['description', described ? [para(described)] : null],
      ...(p.isSwitch ? [] : ([['parameterValue', helpTypeName(help, p.type)]] as [string, unknown][])),
      [
        'type',
        obj(undefined, [
          ['name', p.isSwitch ? (help.comment ? 'SwitchParameter' : 'switch') : helpTypeName(help, p.type)],
        ]),
      ],
      ['position', positionText(help, p.position)],
      ['aliases', p.aliases.length > 0 ? p.aliases.join(', ') : 'None'],
    ]);
  });
}

/** A parameter type as help shows it: .NET short names in help from comments, accelerators otherwise. */
export function helpTypeName(help: CommandHelp, type: string): string {
  return help.comment ? dotNetShortName(type) : type;
}

/** `Named`, or the position: 0-based from metadata, 1-based in comment-based help (its MAML numbering). */
export function positionText(help: CommandHelp, position: number | undefined): string {
  if (position === undefined) return help.comment ? 'named' : 'Named';
  return String(help.comment ? position + 1 : position);
}

/** HelpCommentsParser.GetExampleSections: a leading prompt (up to `>`), code up to the first blank line, remarks. */
export function exampleSections(content: string): { prompt: string; code: string; remarks: string } {
  const promptMatch = /^[^\n]*?>/.exec(content);
  const prompt = promptMatch ? promptMatch[0] : 'PS > ';
  const rest = promptMatch ? content.slice(prompt.length) : content;
  const split = /^([\s\S]*?)\r?\n\r?\n([\s\S]*)$/.exec(rest);
  return split
    ? { prompt, code: (split[1] ?? '').trim(), remarks: split[2] ?? '' }
    : { prompt, code: rest.trim(), remarks: '' };
}

/** The help object's properties (Name, Category, Synopsis, details, Syntax, parameters, description, examples...). */
export function helpProperties(help: CommandHelp): [string, unknown][] {
  const c = help.comment;
  const syntax = syntaxLines(help.metadata, help.name, help.comment !== null, help.valueGroups);
  const synopsis = c?.synopsis ?? syntaxLines(help.metadata, help.name).join('\n');
  const links = (c?.links ?? []).map((l) =>
    /^[a-z][a-z0-9+.-]*:\/\//i.test(l.trim())
      ? obj(undefined, [
          ['linkText', ''],
          ['uri', l.trim()],
        ])
      : obj(undefined, [
          ['linkText', l.trim()],
          ['uri', ''],
        ]),
  );
  return [
    ['Name', help.name],
    ['Category', help.category],
    ['Synopsis', synopsis],
    ['Component', c?.component ?? null],
    ['Role', c?.role ?? null],
    ['Functionality', c?.functionality ?? null],
    ['ModuleName', help.moduleName],
    ['CommonParameters', hasCommonParameters(help.metadata)],
    [
      'details',
      obj(undefined, [
        ['name', help.name],
        ...(c?.synopsis ? ([['description', [para(c.synopsis)]]] as [string, unknown][]) : []),
      ]),
    ],
    [
      'Syntax',
      obj(undefined, [
        [
          'syntaxItem',
          syntax.map((line) =>
            obj(undefined, [
              ['name', help.name],
              ['text', line],
            ]),
          ),
        ],
      ]),
    ],
    ['parameters', obj(undefined, [['parameter', parameterObjects(help)]])],
    ['description', c?.description ? [para(c.description)] : null],
    [
      'examples',
      c && c.examples.length > 0
        ? obj(undefined, [
            [
              'example',
              c.examples.map((text, i) => {
                const e = exampleSections(text);
                return obj(undefined, [
                  ['title', `\t\t\t\t-------------------------- EXAMPLE ${i + 1} --------------------------`],
                  ['introduction', [para(e.prompt)]],
                  ['code', e.code],
                  ['remarks', [para(e.remarks)]],
                ]);
              }),
            ],
          ])
        : null,
    ],
    [
      'inputTypes',
      c && c.inputs.length > 0
        ? obj(undefined, [
            ['inputType', c.inputs.map((t) => obj(undefined, [['type', obj(undefined, [['name', t]])]]))],
          ])
        : null,
    ],
    [
      'returnValues',
      c && c.outputs.length > 0
        ? obj(undefined, [
            ['returnValue', c.outputs.map((t) => obj(undefined, [['type', obj(undefined, [['name', t]])]]))],
          ])
        : null,
    ],
    ['alertSet', c?.notes ? obj(undefined, [['alert', [para(c.notes)]]]) : null],
    ['relatedLinks', links.length > 0 ? obj(undefined, [['navigationLink', links]]) : null],
    ['aliases', help.aliases.length > 0 ? help.aliases.join('\n') : 'None'],
  ];
}
