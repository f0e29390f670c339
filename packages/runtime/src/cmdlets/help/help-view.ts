// Help text as pwsh's help views lay it out: NAME, SYNOPSIS, SYNTAX, ... sections, bodies indented four spaces.
import { orderedParameters, positionText, type CommandHelp } from './help-info.js';
import { hasCommonParameters, syntaxLines } from './syntax.js';

export type HelpView = 'Default' | 'Detailed' | 'Full' | 'Examples';

const indent = (lines: readonly string[], by = '    '): string[] =>
  lines.map((l) => (l === '' ? '' : by + l));
const text = (s: string | null | undefined): string[] => (s ? s.split('\n') : []);

function section(title: string, body: readonly string[]): string[] {
  return [title, ...indent(body.length > 0 ? body : ['None']), ''];
}

const commonParametersText = [
  '<CommonParameters>',
  '    This cmdlet supports the common parameters: Verbose, Debug,',
  '    ErrorAction, ErrorVariable, WarningAction, WarningVariable,',
  '    OutBuffer, PipelineVariable, and OutVariable. For more information, see',
  '    about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).',
];

/** Built-in modules ship updatable help: their cmdlets' remarks say how to get it. */
function remarksWithoutHelp(help: CommandHelp): string[] {
  if (!/^Microsoft\.PowerShell\./i.test(help.moduleName)) return ['None'];
  return [
    'Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial help.',
    '    -- To download and install Help files for the module that includes this cmdlet, use Update-Help.',
  ];
}

function parameterBlocks(help: CommandHelp, full: boolean): string[] {
  const out: string[] = [];
  for (const p of orderedParameters(help)) {
    out.push(p.isSwitch ? `-${p.name} [<SwitchParameter>]` : `-${p.name} <${p.type}>`);
    out.push(...indent(text(help.comment?.parameters[p.name.toUpperCase()])));
    if (full)
      out.push(
        '',
        ...indent([
          `Required?                    ${String(p.mandatory)}`,
          `Position?                    ${positionText(help, p.position)}`,
          'Default value                ',
          `Accept pipeline input?       ${p.pipelineInput}`,
          `Aliases                      ${p.aliases.join(', ')}`,
          'Accept wildcard characters?  false',
        ]),
      );
    out.push('');
  }
  if (hasCommonParameters(help.metadata)) out.push(...commonParametersText, '');
  return out;
}

function exampleBlocks(help: CommandHelp): string[] {
  return (help.comment?.examples ?? []).flatMap((example, i) => [
    `-------------------------- EXAMPLE ${i + 1} --------------------------`,
    '',
    ...text(`PS > ${example.trim()}`),
    '',
  ]);
}

function remarks(help: CommandHelp, view: HelpView): string[] {
  const name = help.name;
  const lines: string[] = [];
  if (view !== 'Examples' && (help.comment?.examples.length ?? 0) > 0)
    lines.push(`To see the examples, type: "Get-Help ${name} -Examples"`);
  if (view === 'Default') lines.push(`For more information, type: "Get-Help ${name} -Detailed"`);
  if (view !== 'Full') lines.push(`For technical information, type: "Get-Help ${name} -Full"`);
  return lines;
}

/** The text Out-Default shows for a command's help object in one of Get-Help's views. */
export function renderHelp(help: CommandHelp, view: HelpView): string {
  const c = help.comment;
  const syntax = syntaxLines(help.metadata, help.name).flatMap((l) => [l, '']);
  const out: string[] = ['', ...section('NAME', [help.name])];
  if (!c) {
    out.push(...section('SYNTAX', syntax));
    if (view === 'Full' || view === 'Detailed')
      out.push(...section('PARAMETERS', parameterBlocks(help, view === 'Full')));
    out.push(...section('ALIASES', help.aliases.length > 0 ? [...help.aliases] : ['None']));
    out.push(...section('REMARKS', remarksWithoutHelp(help)));
    return out.join('\n');
  }
  out.push(...section('SYNOPSIS', text(c.synopsis)));
  if (view === 'Examples') {
    out.push(...indent(exampleBlocks(help)));
    return out.join('\n');
  }
  out.push(...section('SYNTAX', syntax));
  out.push(...section('DESCRIPTION', text(c.description)));
  if (view !== 'Default') out.push(...section('PARAMETERS', parameterBlocks(help, view === 'Full')));
  if (view === 'Full') {
    out.push(...section('INPUTS', c.inputs.flatMap(text)));
    out.push(...section('OUTPUTS', c.outputs.flatMap(text)));
    if (c.notes) out.push(...section('NOTES', text(c.notes)));
  }
  if (view !== 'Default' && c.examples.length > 0) out.push(...indent(exampleBlocks(help)));
  if (c.links.length > 0)
    out.push(
      ...section(
        'RELATED LINKS',
        c.links.map((l) => l.trim()),
      ),
    );
  const r = remarks(help, view);
  if (r.length > 0) out.push(...section('REMARKS', r));
  return out.join('\n');
}
