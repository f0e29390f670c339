// Clear-Host.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';

export const clearHostMetadata: CommandMetadata = {
  name: 'Clear-Host',
  commandType: 'Function',
  parameters: [],
};

/** Clears a terminal screen; on anything else it writes nothing. */
export const clearHost: CmdletImplementation = {
  end: (rt) => {
    if (process.stdout.isTTY) rt.writeHost('\x1b[2J\x1b[3J\x1b[H', { noNewLine: true });
  },
};
