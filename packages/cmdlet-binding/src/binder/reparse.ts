// Phase A+B: arguments to elements (hashtable-splatted ones last), then pairing `-Name value`.
import type { CommandArgument } from '../arguments/types.js';
import { raise, type BindContext, type Element } from './context.js';
import { matchParameter } from './match-parameter.js';

function toElement(a: CommandArgument): Element {
  if (a.kind === 'parameter') {
    return {
      name: a.name,
      nameText: a.nameText ?? `-${a.name}${a.hasArgument ? ':' : ''}`,
      value: a.hasArgument ? a.argument : undefined,
      hasValue: a.hasArgument === true,
      switchPresent: false,
      parameter: undefined,
      fromSplat: a.fromHashtableSplat === true,
      position: a.position,
    };
  }
  return {
    name: undefined,
    nameText: undefined,
    value: a.value,
    hasValue: true,
    switchPresent: false,
    parameter: undefined,
    fromSplat: false,
    position: a.position,
  };
}

export function collectElements(args: readonly CommandArgument[]): Element[] {
  const out: Element[] = [];
  let splatted: Element[] | undefined;
  for (const a of args) {
    if (a.kind === 'parameter' && a.fromHashtableSplat) (splatted ??= []).push(toElement(a));
    else out.push(toElement(a));
  }
  return splatted ? out.concat(splatted) : out;
}

/** ReparseUnboundArguments: gives every non-switch `-Name` the element after it. */
export function reparse(ctx: BindContext, elements: Element[]): Element[] {
  const result: Element[] = [];
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i] as Element;
    if (e.name === undefined || e.hasValue) {
      result.push(e);
      continue;
    }
    const p = matchParameter(ctx, e.name, e.position);
    if (p === undefined) {
      result.push(e);
      continue;
    }
    e.parameter = p;
    if (p.isSwitch) {
      e.switchPresent = true;
      e.hasValue = true;
      e.value = true;
      result.push(e);
      continue;
    }
    const next = elements[i + 1];
    if (next === undefined) throw raise(ctx, 'MissingArgument', p, e.position);
    if (next.name !== undefined) {
      if (next.hasValue || matchParameter(ctx, next.name, next.position) !== undefined) {
        throw raise(ctx, 'MissingArgument', p, e.position);
      }
      // An unknown `-word` after a parameter is that parameter's value, as typed.
      e.value = next.nameText;
    } else {
      e.value = next.value;
    }
    e.name = p.name;
    e.hasValue = true;
    i++;
    result.push(e);
  }
  return result;
}
