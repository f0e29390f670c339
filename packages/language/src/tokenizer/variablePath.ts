// Splits a variable name into scope/drive and name, as PowerShell's VariablePath does.
import type { VariablePath } from '../ast/expressions.js';

const scopes: Readonly<Record<string, VariablePath['scope']>> = {
  global: 'Global',
  local: 'Local',
  private: 'Private',
  script: 'Script',
};

/**
 * `script:x` -> scope Script; `env:PATH` -> drive env; `variable:x` -> plain x; `a b` -> unqualified. As pwsh 7.4's
 * VariablePath: the scopes are global, local, private and script (`workflow:` is a drive); after `variable:` pwsh means
 * to look for a scope again but reads the first character again, so it never finds one (`variable:local:x` is the
 * variable `local:x`); a leading colon is dropped from the name (`${:x}` is `$x`).
 */
export function makeVariablePath(userPath: string): VariablePath {
  const colon = userPath.indexOf(':');
  if (colon <= 0) {
    return {
      userPath,
      unqualifiedPath: colon === 0 ? userPath.slice(1) : userPath,
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
