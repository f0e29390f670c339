// Splits a variable name into scope/drive and name, as PowerShell's VariablePath does.
import type { VariablePath } from '../ast/expressions.js';

const scopes: Readonly<Record<string, VariablePath['scope']>> = {
  global: 'Global',
  local: 'Local',
  private: 'Private',
  script: 'Script',
  workflow: 'Workflow',
};

/** `script:x` -> scope Script; `env:PATH` -> drive env; `variable:x` -> plain x; `a b` -> unqualified. */
export function makeVariablePath(userPath: string): VariablePath {
  const colon = userPath.indexOf(':');
  if (colon <= 0) {
    return {
      userPath,
      unqualifiedPath: userPath,
      scope: null,
      driveName: null,
      isUnqualified: true,
      isDriveQualified: false,
    };
  }
  const prefix = userPath.slice(0, colon);
  const rest = userPath.slice(colon + 1);
  const lower = prefix.toLowerCase();
  const scope = scopes[lower];
  if (scope !== undefined) {
    return {
      userPath,
      unqualifiedPath: rest,
      scope,
      driveName: null,
      isUnqualified: false,
      isDriveQualified: false,
    };
  }
  if (lower === 'variable') {
    return {
      userPath,
      unqualifiedPath: rest,
      scope: null,
      driveName: null,
      isUnqualified: false,
      isDriveQualified: false,
    };
  }
  return {
    userPath,
    unqualifiedPath: rest,
    scope: null,
    driveName: prefix,
    isUnqualified: false,
    isDriveQualified: true,
  };
}
