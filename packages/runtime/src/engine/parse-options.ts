// The parse options a runspace passes when it parses code to run: what pwsh looks up at parse time (`using module`
// through Get-Module -ListAvailable, the types named in classes through TypeResolver), answered from this runspace.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  attributeTypeInfo,
  type ParseOptions,
  type TypeResolution,
  type TypeResolutionRequest,
  type UsingModuleRequest,
} from '@exosh/language';
import type { ExecutionContext } from './execution-context.js';
import type { TypeRegistry } from '../types/type-registry.js';
import { availableModules, versionMatches, type VersionFilter } from '../cmdlets/core/module-path.js';
import { builtinModules } from '../cmdlets/core/modules.js';
import { PSVersion } from '../values/ps-version.js';

/** ModuleIntrinsics.PSModuleExtensions: what Get-Module -ListAvailable takes as a module file (not a .ps1). */
const moduleExtensions = ['.psd1', '.psm1', '.cdxml', '.dll', '.exe'];
const isVersion = (name: string): boolean => /^\d+(\.\d+){1,3}$/.test(name);

const hasModuleFile = (folder: string, name: string): boolean =>
  moduleExtensions.some((ext) => existsSync(path.join(folder, name + ext)));

/**
 * Get-Module -ListAvailable on a path (GetModuleForRootedPaths): a module file, or a module folder holding
 * `<name>.psd1` (or .psm1...) directly or in a version folder; a version folder is named for its parent.
 */
function modulePathExists(full: string): boolean {
  try {
    if (!statSync(full).isDirectory()) return moduleExtensions.includes(path.extname(full).toLowerCase());
    const base = path.basename(full);
    const name = isVersion(base) ? path.basename(path.dirname(full)) : base;
    if (hasModuleFile(full, name)) return true;
    return readdirSync(full).some((v) => isVersion(v) && hasModuleFile(path.join(full, v), name));
  } catch {
    return false;
  }
}

/**
 * SymbolResolver.GetModulesFromUsingModule: Get-Module -FullyQualifiedName <name, path or specification>
 * -ListAvailable. A relative path is relative to the script's folder (the current location for typed code); a name is
 * a built-in module or a module folder under $env:PSModulePath within the specification's version bounds (a versioned
 * folder's version).
 */
function findUsingModule(ctx: ExecutionContext, request: UsingModuleRequest): boolean {
  const spec = 'specification' in request ? request.specification : null;
  const name = spec === null ? (request as { name: string }).name : (spec.moduleName ?? '');
  if (name.includes('/') || name.includes('\\')) {
    const base = request.fileName !== undefined ? path.dirname(request.fileName) : ctx.currentLocation;
    return modulePathExists(path.resolve(base, name));
  }
  const version = (text: string | null): PSVersion | undefined =>
    text === null ? undefined : PSVersion.tryParse(text);
  const required = version(spec?.requiredVersion ?? null);
  const minimum = version(spec?.moduleVersion ?? null);
  const maximum = version(spec?.maximumVersion ?? null);
  const filter: VersionFilter = {
    ...(required ? { required } : {}),
    ...(minimum ? { minimum } : {}),
    ...(maximum ? { maximum } : {}),
  };
  const lower = name.toLowerCase();
  const builtin = builtinModules.find((m) => m.name.toLowerCase() === lower);
  if (builtin !== undefined && versionMatches(PSVersion.tryParse(builtin.version), filter)) return true;
  return availableModules((n) => n.toLowerCase() === lower).some((c) =>
    c.version === undefined
      ? !filter.required && !filter.minimum && !filter.maximum
      : versionMatches(c.version, filter),
  );
}

/**
 * TypeResolver for a type named in a class (or a catch type of a try with several catches): the runspace's emulated types (accelerators, full names, `System.` and
 * `using namespace` prefixes, ``Name`N`` for generics), then the attribute types the parser knows (FlagsAttribute...);
 * for an attribute, `<name>Attribute` too. What this runspace cannot resolve is not found, as it is at run time.
 */
function resolveTypeIn(types: TypeRegistry, request: TypeResolutionRequest): TypeResolution {
  const names =
    request.isAttribute && !/attribute$/i.test(request.name)
      ? [request.name, `${request.name}Attribute`]
      : [request.name];
  const usingNamespaces = request.namespaces;
  for (const name of names) {
    if (request.genericArgumentCount > 0) {
      // A closed form of the generic type resolves exactly when its definition does (int satisfies `struct` constraints).
      for (const arg of ['object', 'int']) {
        const args = new Array<string>(request.genericArgumentCount).fill(arg).join(',');
        if (types.tryResolve(`${name}[${args}]`, { usingNamespaces }) !== undefined)
          return { fullName: name };
      }
      continue;
    }
    const found = types.tryResolve(name, { usingNamespaces });
    // Its base classes, nearest first, so a catch of a subclass after its base is ExceptionTypeAlreadyCaught.
    if (found !== undefined) return { fullName: found.fullName, baseTypes: types.baseChain(found).slice(1) };
    if (request.isAttribute)
      for (const candidate of [name, `System.${name}`, ...usingNamespaces.map((ns) => `${ns}.${name}`)])
        if (attributeTypeInfo(candidate) !== undefined) return { fullName: candidate };
  }
  return 'notFound';
}

/** The options for parsing code this runspace will run (a script file, typed or -Command text, a script block, a module). */
export function parseOptionsFor(ctx: ExecutionContext, fileName?: string): ParseOptions {
  return {
    ...(fileName !== undefined ? { fileName } : {}),
    findUsingModule: (request) => findUsingModule(ctx, request),
    resolveType: (request) => resolveTypeIn(ctx.types, request),
  };
}
