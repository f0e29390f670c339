// The options pwsh 7.4's InitialSessionState gives its built-in aliases (ReadOnly ones need -Force to change).
import { ScopedItemOptions } from '../../engine/session-state/ps-variable.js';

const readOnly = new Set(
  (
    'clc cli clp clv cpi cvpa dbp ebp epal epcsv fl ft fw gal gbp gc gci gcm gdr gcs ghy gi gl gm gmo gp gpv gps ' +
    'group gu gv iex ihy ii ipmo ipal ipcsv measure mi mp nal ndr ni nv nmo oh rbp rdr ri rni rnp rp rmo rv gerr ' +
    'rvpa sal sbp si sl sp saps spps sv irm iwr ac compare cpp diff gsv sleep sort start sasv spsv tee write cnsn ' +
    'dnsn ogv shcm fc gwmi iwmi ise rwmi sc swmi trcm clhy npssc rcsn'
  ).split(' '),
);
const allScope = new Set('cp cd dir echo md popd pushd copy del move'.split(' '));
const readOnlyAllScope = new Set(['foreach', '%', 'where', '?', 'select']);

/** A built-in alias's ScopedItemOptions (None for the rest). */
export function defaultAliasOptions(name: string): number {
  const n = name.toLowerCase();
  if (readOnlyAllScope.has(n)) return ScopedItemOptions.ReadOnly | ScopedItemOptions.AllScope;
  if (readOnly.has(n)) return ScopedItemOptions.ReadOnly;
  if (allScope.has(n)) return ScopedItemOptions.AllScope;
  return ScopedItemOptions.None;
}
