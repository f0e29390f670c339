// Import-Module's check of imported command names (ModuleCmdletBase.ValidateCommandName): one warning per import for
// unapproved verbs and one for restricted characters in nouns, a verbose line per command; -DisableNameChecking skips it.
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { isApprovedVerb, suggestedVerbs } from './approved-verbs.js';

const restricted = /[#,(){}[\]&\-/\\$^;:"'<>|?@`*%+=~]/;
const restrictedList = '# , ( ) { } [ ] & - / \\ $ ^ ; : " \' < > | ? @ ` * % + = ~';

/** What one import has warned about already (the warnings come once per import). */
export interface NameCheck {
  verbWarned: boolean;
  nounWarned: boolean;
}

export function checkCommandName(
  rt: CommandRuntime,
  check: NameCheck,
  name: string,
  moduleName: string,
): void {
  const dash = name.indexOf('-');
  if (dash <= 0) return;
  const verb = name.slice(0, dash);
  const noun = name.slice(dash + 1);
  // pwsh's own Sort-Object and Tee-Object are exempt.
  if (!isApprovedVerb(verb) && !/^(sort|tee)-object$/i.test(name)) {
    if (!check.verbWarned) {
      check.verbWarned = true;
      rt.writeWarning(
        `The names of some imported commands from the module '${moduleName}' include unapproved verbs that might make them less discoverable. To find the commands with unapproved verbs, run the Import-Module command again with the Verbose parameter. For a list of approved verbs, type Get-Verb.`,
      );
    }
    // pwsh's message has no opening quote before the module name.
    const suggested = suggestedVerbs(verb);
    rt.writeVerbose(
      suggested
        ? `The '${name}' command in the ${moduleName}' module was imported, but because its name does not include an approved verb, it might be difficult to find. The suggested alternative verbs are "${suggested.join(',')}".`
        : `The '${name}' command in the ${moduleName}' module was imported, but because its name does not include an approved verb, it might be difficult to find. For a list of approved verbs, type Get-Verb.`,
    );
  }
  if (restricted.test(noun)) {
    if (!check.nounWarned) {
      check.nounWarned = true;
      rt.writeWarning(
        `Some imported command names contain one or more of the following restricted characters: ${restrictedList}`,
      );
    }
    rt.writeVerbose(
      `The command name '${name}' from the module '${moduleName}' contains one or more of the following restricted characters: ${restrictedList}`,
    );
  }
}
