// Import-PowerShellDataFile (the file's hashtable, read without running code) and Test-ModuleManifest (a manifest's
// PSModuleInfo when it reads, an error otherwise).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { resolveFsPath } from '../management/test-path.js';
import { DataFileError, readDataFile } from './data-file.js';
import { moduleInfoObject } from './module-info.js';
import { analyzedExports } from './module-analysis.js';
import { manifestFrom, rootModuleFile } from './module-manifest.js';

const importDataFileType = 'Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand';
const testManifestType = 'Microsoft.PowerShell.Commands.TestModuleManifestCommand';

export const importPowerShellDataFileMetadata: CommandMetadata = {
  name: 'Import-PowerShellDataFile',
  commandType: 'Cmdlet',
  implementingType: importDataFileType,
  defaultParameterSetName: 'ByPath',
  parameters: [
    {
      name: 'Path',
      type: 'string[]',
      parameterSets: { ByPath: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true } },
    },
    {
      name: 'LiteralPath',
      type: 'string[]',
      aliases: ['PSPath', 'LP'],
      parameterSets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } },
    },
    { name: 'SkipLimitCheck', type: 'switch' },
  ],
};

export const importPowerShellDataFile: CmdletImplementation = {
  process(rt) {
    const paths = (rt.parameters['Path'] ?? rt.parameters['LiteralPath']) as string[];
    for (const p of paths) {
      const file = resolveFsPath(rt.context.currentLocation, p);
      try {
        const keyLimit = rt.parameters['SkipLimitCheck'] === true ? undefined : 500;
        rt.writeObject(readDataFile(rt.context, file, keyLimit === undefined ? {} : { keyLimit }));
      } catch (e) {
        if (!(e instanceof DataFileError)) throw e;
        // SafeGetValue's exception escapes the cmdlet (statement-terminating); the others are written.
        const record = e.record(importDataFileType, e.errorId === 'PathNotFound' ? p : file);
        if (e.errorId === 'System.InvalidOperationException') rt.throwTerminatingError(record);
        rt.writeError(record);
      }
    }
  },
};

export const testModuleManifestMetadata: CommandMetadata = {
  name: 'Test-ModuleManifest',
  commandType: 'Cmdlet',
  implementingType: testManifestType,
  parameters: [
    {
      name: 'Path',
      type: 'string',
      parameterSets: {
        __AllParameterSets: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
      },
    },
  ],
};

export const testModuleManifest: CmdletImplementation = {
  process(rt) {
    const file = resolveFsPath(rt.context.currentLocation, rt.parameters['Path'] as string);
    if (!existsSync(file)) {
      rt.writeError(
        new ErrorRecord({
          message: `The specified module '${rt.parameters['Path'] as string}' was not loaded because no valid module file was found in any module directory.`,
          errorId: 'Modules_ModuleNotFound',
          category: 'ResourceUnavailable',
          exceptionType: 'System.IO.FileNotFoundException',
          targetObject: rt.parameters['Path'],
          implementingType: testManifestType,
        }),
      );
      return;
    }
    try {
      const m = manifestFrom(rt, readDataFile(rt.context, file, { manifest: true }));
      rt.writeObject(
        moduleInfoObject(rt, {
          name: path.basename(file).replace(/\.psd1$/i, ''),
          moduleType: m.rootModule ? 'Script' : 'Manifest',
          version: m.moduleVersion,
          path: file,
          moduleBase: path.dirname(file),
          functions: analyzedExports(
            m.rootModule ? rootModuleFile(path.dirname(file), m.rootModule) : undefined,
            m.exports.functions,
          ),
          aliases: (m.exports.aliases ?? []).filter((f) => !/[*?[]/.test(f)),
          variables: (m.exports.variables ?? []).filter((f) => !/[*?[]/.test(f)),
          ...(m.guid ? { guid: m.guid } : {}),
          ...(m.author ? { author: m.author } : {}),
          ...(m.description ? { description: m.description } : {}),
          ...(m.powerShellVersion ? { powerShellVersion: m.powerShellVersion } : {}),
        }),
      );
    } catch (e) {
      if (!(e instanceof DataFileError)) throw e;
      rt.writeError(e.record(testManifestType, file));
    }
  },
};
