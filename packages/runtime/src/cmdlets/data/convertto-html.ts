// ConvertTo-Html: objects as an XHTML page or fragment, one output string per line, exactly as pwsh's ConvertToHtmlCommand.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { ScriptBlock } from '../../engine/script-block.js';
import {
  getMember,
  getPropertyForBinding,
  matchesWildcard,
  propertyNamesOf,
  toStr,
} from '../../engine/semantics/index.js';
import { objectToString } from '../../conversion/index.js';
import { htmlEncode } from '../../types/builtin/net-types.js';
import { PSHashtable } from '../../values/ps-hashtable.js';

const implementingType = 'Microsoft.PowerShell.Commands.ConvertToHtmlCommand';
const notNullOrEmpty = [{ kind: 'ValidateNotNullOrEmpty' as const }];

export const convertToHtmlMetadata: CommandMetadata = {
  name: 'ConvertTo-Html',
  commandType: 'Cmdlet',
  implementingType,
  defaultParameterSetName: 'Page',
  parameters: [
    {
      name: 'InputObject',
      type: 'psobject',
      parameterSets: { __AllParameterSets: { valueFromPipeline: true } },
    },
    { name: 'Property', type: 'object[]', parameterSets: { __AllParameterSets: { position: 0 } } },
    { name: 'Body', type: 'string[]', parameterSets: { Page: { position: 3 } } },
    { name: 'Head', type: 'string[]', parameterSets: { Page: { position: 1 } } },
    { name: 'Title', type: 'string', parameterSets: { Page: { position: 2 } }, validation: notNullOrEmpty },
    {
      name: 'As',
      type: 'string',
      validation: [...notNullOrEmpty, { kind: 'ValidateSet', values: ['Table', 'List'], ignoreCase: true }],
    },
    {
      name: 'CssUri',
      type: 'uri',
      aliases: ['cu', 'uri'],
      parameterSets: { Page: {} },
      validation: notNullOrEmpty,
    },
    { name: 'Fragment', type: 'switch', parameterSets: { Fragment: {} }, validation: notNullOrEmpty },
    { name: 'PostContent', type: 'string[]', validation: notNullOrEmpty },
    { name: 'PreContent', type: 'string[]', validation: notNullOrEmpty },
    { name: 'Meta', type: 'hashtable', parameterSets: { Page: {} }, validation: notNullOrEmpty },
    {
      name: 'Charset',
      type: 'string',
      parameterSets: { Page: {} },
      validation: [
        ...notNullOrEmpty,
        { kind: 'ValidatePattern', pattern: '^[A-Za-z0-9]\\w+\\S+[A-Za-z0-9]$' },
      ],
    },
    { name: 'Transitional', type: 'switch', parameterSets: { Page: {} }, validation: notNullOrEmpty },
  ],
};

/** One -Property entry before resolution: a name (maybe a wildcard) or a script block, with its hashtable keys. */
interface PropertySpec {
  readonly expression: string | ScriptBlock;
  readonly label?: string;
  readonly alignment?: string;
  readonly width?: string;
}

/** One column after resolving names against an input object. */
interface Column extends PropertySpec {
  readonly name: string;
}

interface State {
  specs: PropertySpec[];
  columns: Column[] | undefined;
  headerWritten: boolean;
  count: number;
}
const states = new WeakMap<CommandRuntime, State>();

/** Reads a calculated-property hashtable's keys as pwsh's ParameterProcessor accepts them (unique prefixes). */
function entry(table: PSHashtable, ...names: string[]): unknown {
  for (const key of table.keys()) {
    const k = String(key).toLowerCase();
    if (names.some((n) => n.startsWith(k))) return table.get(key);
  }
  return undefined;
}

function specsOf(rt: CommandRuntime): PropertySpec[] {
  const ctx = rt.context;
  const props = (rt.parameters['Property'] as unknown[] | undefined) ?? ['*'];
  return props.map((p): PropertySpec => {
    if (p instanceof ScriptBlock) return { expression: p };
    if (!(p instanceof PSHashtable)) return { expression: toStr(ctx, p) };
    const e = entry(p, 'expression');
    const label = entry(p, 'label', 'name');
    const alignment = entry(p, 'alignment');
    const width = entry(p, 'width');
    return {
      expression: e instanceof ScriptBlock ? e : toStr(ctx, e),
      ...(label !== undefined && label !== null ? { label: toStr(ctx, label) } : {}),
      ...(alignment !== undefined && alignment !== null ? { alignment: toStr(ctx, alignment) } : {}),
      ...(width !== undefined && width !== null ? { width: toStr(ctx, width) } : {}),
    };
  });
}

/** PSPropertyExpression.ResolveNames: wildcards expand to the object's properties, exact names must exist. */
function resolve(specs: readonly PropertySpec[], input: unknown): Column[] {
  const out: Column[] = [];
  for (const spec of specs) {
    const e = spec.expression;
    if (e instanceof ScriptBlock) {
      out.push({ ...spec, name: e.toString() });
      continue;
    }
    const names = /[*?[]/.test(e)
      ? propertyNamesOf(input).filter((n) => matchesWildcard(n, e))
      : getPropertyForBinding(input, e)
        ? [e]
        : [];
    for (const name of names) out.push({ ...spec, expression: name, name });
  }
  return out;
}

function cellText(rt: CommandRuntime, column: Column, input: unknown): string {
  const e = column.expression;
  const values =
    e instanceof ScriptBlock ? e.invokeWithDollarUnder(input) : [getMember(rt.context, input, e)];
  // Several results of a script block are joined with ", "; a $null result still takes its slot.
  return values
    .map((v) => (v === null || v === undefined ? '' : (htmlEncode(objectToString(v)) ?? '')))
    .join(', ');
}

const label = (c: Column): string => c.label ?? c.name;

function writeAll(rt: CommandRuntime, lines: unknown): void {
  for (const line of lines as string[]) rt.writeObject(line);
}

function writeMeta(rt: CommandRuntime, meta: PSHashtable): void {
  for (const key of meta.keys()) {
    const name = String(key);
    const value = toStr(rt.context, meta.get(key));
    switch (name.toLowerCase()) {
      case 'content-type':
      case 'default-style':
      case 'x-ua-compatible':
        rt.writeObject(`<meta http-equiv="${name}" content="${value}">`);
        break;
      case 'application-name':
      case 'author':
      case 'description':
      case 'generator':
      case 'keywords':
      case 'viewport':
        rt.writeObject(`<meta name="${name}" content="${value}">`);
        break;
      default:
        rt.writeWarning(
          `Accepted meta properties are content-type, default-style, application-name, author, description, generator, keywords, x-ua-compatible, and viewport. The meta pair: ${name} and ${value} may not function correctly.`,
        );
        rt.writeObject(`<meta name="${name}" content="${value}">`);
    }
  }
}

export const convertToHtml: CmdletImplementation = {
  begin(rt) {
    const p = rt.parameters;
    const css = p['CssUri'];
    if (css !== undefined && String(css).trim() === '') {
      rt.throwTerminatingError(
        new ErrorRecord({
          message:
            "This command cannot be run because 'CSSUri' is empty or blank. Please specify CSSUri and then run the command.",
          errorId: 'ArgumentException',
          category: 'InvalidArgument',
          exceptionType: 'System.ArgumentException',
          targetObject: 'CSSUri',
          implementingType,
        }),
      );
    }
    states.set(rt, { specs: specsOf(rt), columns: undefined, headerWritten: false, count: 0 });
    if (p['Fragment'] !== true) {
      rt.writeObject(
        p['Transitional'] === true
          ? '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
          : '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
      );
      rt.writeObject('<html xmlns="http://www.w3.org/1999/xhtml">');
      rt.writeObject('<head>');
      if (p['Charset'] !== undefined) rt.writeObject(`<meta charset="${String(p['Charset'])}">`);
      if (p['Meta'] instanceof PSHashtable) writeMeta(rt, p['Meta']);
      // The title goes in as given: pwsh computes an encoded title and discards it.
      writeAll(rt, p['Head'] ?? [`<title>${(p['Title'] as string | undefined) ?? 'HTML TABLE'}</title>`]);
      if (css !== undefined)
        rt.writeObject(`<link rel="stylesheet" type="text/css" href="${String(css)}" />`);
      rt.writeObject('</head><body>');
      if (p['Body'] !== undefined) writeAll(rt, p['Body']);
    }
    if (p['PreContent'] !== undefined) writeAll(rt, p['PreContent']);
    rt.writeObject('<table>');
  },
  process(rt) {
    const input = rt.parameters['InputObject'];
    if (input === null || input === undefined) return;
    const state = states.get(rt)!;
    state.count++;
    const asList = String(rt.parameters['As'] ?? 'Table').toLowerCase() === 'list';
    if (!state.headerWritten) {
      // A list resolves the names again for every object; a table fixes its columns on the first one.
      state.columns = resolve(state.specs, input);
      if (state.columns.length === 0) return;
      if (asList) {
        if (state.count > 1) rt.writeObject('<tr><td><hr></td></tr>');
        for (const c of state.columns)
          rt.writeObject(`<tr><td>${label(c)}:</td><td>${cellText(rt, c, input)}</td></tr>`);
      } else {
        const cols = state.columns.map(
          (c) =>
            `<col${c.width !== undefined ? ` width = "${c.width}"` : ''}${c.alignment !== undefined ? ` align = "${c.alignment}"` : ''}/>`,
        );
        rt.writeObject(`<colgroup>${cols.join('')}</colgroup>`);
        rt.writeObject(`<tr>${state.columns.map((c) => `<th>${label(c)}</th>`).join('')}</tr>`);
        state.headerWritten = true;
      }
    }
    if (!asList && state.columns)
      rt.writeObject(`<tr>${state.columns.map((c) => `<td>${cellText(rt, c, input)}</td>`).join('')}</tr>`);
  },
  end(rt) {
    rt.writeObject('</table>');
    if (rt.parameters['PostContent'] !== undefined) writeAll(rt, rt.parameters['PostContent']);
    if (rt.parameters['Fragment'] !== true) rt.writeObject('</body></html>');
  },
};
