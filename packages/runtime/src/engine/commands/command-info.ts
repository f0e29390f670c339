// CommandInfo: what command discovery finds for a name (cmdlet, function, alias, application, script).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { ScriptBlock } from '../script-block.js';
import type { CmdletImplementation } from './cmdlet-implementation.js';

export interface CmdletInfo {
  readonly commandType: 'Cmdlet';
  readonly name: string;
  readonly metadata: CommandMetadata;
  readonly implementation: CmdletImplementation;
  readonly moduleName: string;
}

export interface FunctionInfo {
  readonly commandType: 'Function' | 'Filter';
  readonly name: string;
  readonly scriptBlock: ScriptBlock;
  readonly moduleName: string;
}

export interface AliasInfo {
  readonly commandType: 'Alias';
  readonly name: string;
  readonly definition: string;
}

export interface ApplicationInfo {
  readonly commandType: 'Application';
  readonly name: string;
  readonly path: string;
}

export interface ExternalScriptInfo {
  readonly commandType: 'ExternalScript';
  readonly name: string;
  readonly path: string;
}

export type CommandInfo = CmdletInfo | FunctionInfo | AliasInfo | ApplicationInfo | ExternalScriptInfo;
