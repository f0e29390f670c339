// `$args` of a simple function keeps the `-names` it was given as strings tagged (as PowerShell does with a
// `<CommandParameterName>` note), so that `f @args` passes them on as parameter names, not values.
import type { BindState, CommandArgument, SourcePosition } from '@exosh/cmdlet-binding';
import { PSObject } from '../../values/ps-object.js';

const NOTE = '<CommandParameterName>';

export function argsWithParameterNames(state: BindState): unknown[] {
  const args = [...state.unboundArguments];
  for (const i of state.unboundParameterNameIndexes) {
    const text = String(args[i]);
    const tagged = new PSObject({ baseObject: text, typeNames: ['System.String', 'System.Object'] });
    tagged.setNote(NOTE, text.replace(/^-/, '').replace(/:$/, ''));
    args[i] = tagged;
  }
  return args;
}

/** The command arguments one splatted array produces: tagged `-names` become parameter tokens again. */
export function splatArrayItems(items: readonly unknown[], position: SourcePosition): CommandArgument[] {
  const out: CommandArgument[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const name = item instanceof PSObject ? item.getMember(NOTE) : undefined;
    if (!(item instanceof PSObject) || name?.memberType !== 'NoteProperty') {
      out.push({ kind: 'argument', value: item, fromArraySplat: true, position });
      continue;
    }
    const text = String(item.baseObject);
    // `-b:` was typed with its value attached; the value follows it in $args.
    if (text.endsWith(':') && i + 1 < items.length) {
      out.push({
        kind: 'parameter',
        name: String(name.value),
        nameText: text,
        hasArgument: true,
        argument: items[++i],
        position,
      });
    } else {
      out.push({ kind: 'parameter', name: String(name.value), nameText: text, position });
    }
  }
  return out;
}
