// Tab completion: command names (prefixed proxies too), parameters still possible, ValidateSet/enum values, variables,
// members after `.`, paths.
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  compileCommand,
  staticBind,
  type CommandArgument,
  type CommandMetadata,
} from '@exosh/cmdlet-binding';
import { findAll, parse, type CommandAst } from '@exosh/language';
import { commandMetadataFromScriptBlock, type Runspace, type ScriptBlock } from '@exosh/runtime';
import { memberCompletions } from './members.js';

export interface Completion {
  /** Replacement candidates for `word`. */
  readonly items: readonly string[];
  /** The text at the end of the line that the candidates replace. */
  readonly word: string;
}

const startsWith = (candidate: string, prefix: string) =>
  candidate.toLowerCase().startsWith(prefix.toLowerCase());

function commandNames(runspace: Runspace): string[] {
  const ss = runspace.context.sessionState;
  const names = new Set<string>();
  for (const c of runspace.context.commands.allCmdlets()) names.add(c.name);
  for (let s: typeof ss.current | null = ss.current; s; s = s.parent) {
    for (const f of s.functions.values()) names.add((f as { name: string }).name);
    for (const a of s.aliases.keys()) names.add(a);
  }
  return [...names];
}

function metadataFor(runspace: Runspace, name: string): CommandMetadata | undefined {
  const ctx = runspace.context;
  const alias = ctx.sessionState.lookupAlias(name);
  const target = alias ?? name;
  const cmdlet = ctx.commands.getCmdlet(target);
  if (cmdlet) return cmdlet.metadata;
  const fn = ctx.sessionState.lookupFunction(target) as { scriptBlock?: ScriptBlock } | undefined;
  return fn?.scriptBlock ? commandMetadataFromScriptBlock(ctx, target, fn.scriptBlock.ast) : undefined;
}

/** The command whose arguments end at the cursor (the end of the line). */
function commandAtEnd(line: string): CommandAst | undefined {
  const { ast } = parse(line);
  const commands = findAll(ast, (n) => n.type === 'CommandAst') as CommandAst[];
  return commands.filter((c) => c.extent.endOffset >= line.trimEnd().length).pop();
}

function staticArguments(command: CommandAst, upTo: number): CommandArgument[] {
  return command.commandElements
    .slice(1)
    .filter((e) => e.extent.endOffset <= upTo)
    .map((e): CommandArgument =>
      e.type === 'CommandParameterAst'
        ? {
            kind: 'parameter',
            name: e.parameterName,
            ...(e.argument ? { hasArgument: true, argument: null } : {}),
          }
        : { kind: 'argument', value: e.extent.text },
    );
}

function parameterValues(metadata: CommandMetadata, parameter: string): readonly string[] {
  const p = metadata.parameters.find((q) => q.name.toLowerCase() === parameter.toLowerCase());
  if (!p) return [];
  const set = p.validation?.find((v) => v.kind === 'ValidateSet');
  if (set && set.kind === 'ValidateSet') return set.values;
  return p.enumValues ?? [];
}

function paths(base: string, word: string): string[] {
  const expanded = word.startsWith('~') ? os.homedir() + word.slice(1) : word;
  const dirPart = expanded.endsWith('/') ? expanded : path.dirname(expanded);
  const filePart = expanded.endsWith('/') ? '' : path.basename(expanded);
  const dir = path.resolve(base, dirPart === '.' && !expanded.startsWith('.') ? '' : dirPart);
  try {
    return readdirSync(dir)
      .filter((f) => startsWith(f, filePart))
      .map((f) => {
        const shown =
          (dirPart === '.' && !expanded.startsWith('./')
            ? ''
            : word.slice(0, word.length - filePart.length)) + f;
        return statSync(path.join(dir, f)).isDirectory() ? `${shown}/` : shown;
      });
  } catch {
    return [];
  }
}

export function complete(runspace: Runspace, line: string): Completion {
  const word = /[^\s|;(){}]*$/.exec(line)?.[0] ?? '';
  const members = memberCompletions(runspace, word);
  if (members) return { word, items: members };
  if (word.startsWith('$')) {
    const names = new Set<string>();
    for (
      let s: ReturnType<() => typeof runspace.context.sessionState.current> | null =
        runspace.context.sessionState.current;
      s;
      s = s.parent
    ) {
      for (const v of s.variables.values()) names.add(v.name);
    }
    return {
      word,
      items: [...names]
        .filter((n) => startsWith(n, word.slice(1)))
        .sort()
        .map((n) => `$${n}`),
    };
  }
  const command = commandAtEnd(line);
  const nameElement = command?.commandElements[0];
  const isFirstWord =
    !command || (nameElement !== undefined && nameElement.extent.endOffset === line.length && word !== '');
  if (isFirstWord) {
    const items = commandNames(runspace)
      .filter((n) => startsWith(n, word))
      .sort();
    return { word, items: items.length ? items : paths(runspace.context.currentLocation, word) };
  }
  const name = nameElement?.type === 'StringConstantExpressionAst' ? nameElement.value : undefined;
  const metadata = name ? metadataFor(runspace, name) : undefined;
  if (!metadata || !command) return { word, items: paths(runspace.context.currentLocation, word) };
  const bound = staticBind(compileCommand(metadata), staticArguments(command, line.length - word.length));
  if (word.startsWith('-')) {
    return {
      word,
      items: bound.nextParameters.filter((p) => startsWith(p, word.slice(1))).map((p) => `-${p}`),
    };
  }
  if (bound.awaitingValueFor) {
    const values = parameterValues(metadata, bound.awaitingValueFor).filter((v) => startsWith(v, word));
    if (values.length) return { word, items: values };
  }
  return { word, items: paths(runspace.context.currentLocation, word) };
}
