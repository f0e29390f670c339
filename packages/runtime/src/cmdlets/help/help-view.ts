// Help text as pwsh's help views lay it out (HelpV3 custom controls): sections, bodies in four-space frames.
import {
  exampleSections,
  helpTypeName,
  orderedParameters,
  positionText,
  type CommandHelp,
} from './help-info.js';
import { hasCommonParameters, syntaxLines } from './syntax.js';

export type HelpView = 'Default' | 'Detailed' | 'Full' | 'Examples';

const frame = '    ';
/** Lines inside a frame keep its indent even when empty (pwsh writes `    ` there). */
const framed = (lines: readonly string[]): string[] => lines.map((l) => frame + l);
const text = (s: string | null | undefined): string[] => (s ? s.split('\n') : []);

const commonParametersText = [
  '<CommonParameters>',
  '    This cmdlet supports the common parameters: Verbose, Debug,',
  '    ErrorAction, ErrorVariable, WarningAction, WarningVariable,',
  '    OutBuffer, PipelineVariable, and OutVariable. For more information, see',
  '    about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216). ',
];

/** Built-in modules ship updatable help: their cmdlets' remarks say how to get it (GetLatestHelpContent). */
function remarksWithoutHelp(help: CommandHelp): string[] {
  if (!/^Microsoft\.PowerShell\./i.test(help.moduleName)) return ['None'];
  return [
    'Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial help.',
    '    -- To download and install Help files for the module that includes this cmdlet, use Update-Help.',
  ];
}

function syntaxSection(help: CommandHelp): string[] {
  const lines = syntaxLines(help.metadata, help.name, help.comment !== null, help.valueGroups);
  return ['SYNTAX', ...framed(lines.flatMap((l) => [l, ''])), frame];
}

function parametersSection(help: CommandHelp, full: boolean): string[] {
  const out: string[] = ['PARAMETERS'];
  for (const p of orderedParameters(help)) {
    const type = helpTypeName(help, p.type);
    out.push(frame + (p.isSwitch ? `-${p.name} [<SwitchParameter>]` : `-${p.name} <${type}>`));
    out.push(...framed(text(help.comment?.parameters[p.name.toUpperCase()]).map((l) => frame + l)));
    if (full)
      out.push(
        frame + frame,
        ...framed(
          [
            `Required?                    ${String(p.mandatory)}`,
            `Position?                    ${positionText(help, p.position)}`,
            'Default value                ',
            `Accept pipeline input?       ${p.pipelineInput}`,
            `Aliases                      ${p.aliases.join(', ')}`,
            'Accept wildcard characters?  false',
          ].map((l) => frame + l),
        ),
      );
    out.push(frame + frame);
  }
  if (hasCommonParameters(help.metadata)) out.push(...framed(commonParametersText), frame + frame);
  return out;
}

function examplesSection(help: CommandHelp): string[] {
  return (help.comment?.examples ?? []).flatMap((example, i) => {
    const e = exampleSections(example);
    return framed([
      `-------------------------- EXAMPLE ${i + 1} --------------------------`,
      '',
      ...text(e.prompt + e.code),
      '',
      ...text(e.remarks),
      '',
      '',
      '',
    ]);
  });
}

function remarksSection(help: CommandHelp, view: HelpView): string[] {
  const name = help.name;
  const lines: string[] = [];
  if (view !== 'Examples' && (help.comment?.examples.length ?? 0) > 0)
    lines.push(`To see the examples, type: "Get-Help ${name} -Examples"`);
  if (view === 'Default') lines.push(`For more information, type: "Get-Help ${name} -Detailed"`);
  if (view !== 'Full') lines.push(`For technical information, type: "Get-Help ${name} -Full"`);
  return ['REMARKS', ...framed(lines)];
}

/** The text Out-Default shows for a command's help object in one of Get-Help's views. */
export function renderHelp(help: CommandHelp, view: HelpView): string {
  const c = help.comment;
  const out: string[] = ['', 'NAME', frame + help.name, frame];
  if (!c) {
    // ExtendedCmdletHelpInfo: what pwsh builds from the command's metadata when no help exists.
    out.push(...syntaxSection(help));
    if (view === 'Full' || view === 'Detailed') out.push(...parametersSection(help, view === 'Full'), '');
    out.push('ALIASES', ...framed(help.aliases.length > 0 ? help.aliases : ['None']), frame, '');
    out.push('REMARKS', ...framed(remarksWithoutHelp(help)), '', '');
    return out.join('\n');
  }
  out.push('SYNOPSIS', ...framed(text(c.synopsis)), frame, frame);
  if (view === 'Examples') {
    out.push(...examplesSection(help));
    return out.join('\n');
  }
  out.push(...syntaxSection(help));
  out.push('DESCRIPTION', ...framed(text(c.description)), frame, '');
  if (view !== 'Default') out.push(...parametersSection(help, view === 'Full'));
  if (view === 'Full') {
    out.push('INPUTS', ...framed(c.inputs.flatMap(text)), frame, frame);
    out.push('OUTPUTS', ...framed(c.outputs.flatMap(text)), frame, frame);
    if (c.notes) out.push('NOTES', ...framed(text(c.notes)), frame, frame);
  }
  if (view !== 'Default') out.push(...examplesSection(help));
  out.push('RELATED LINKS', ...framed(c.links.map((l) => l.trim())), '');
  const remarks = remarksSection(help, view);
  if (remarks.length > 1) out.push(...remarks);
  out.push('', '');
  return out.join('\n');
}
