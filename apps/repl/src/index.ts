// exosh: the shell app (pwsh-compatible command line and interactive REPL).
export { main } from './main.js';
export { parseFlags, type ShellFlags, type FlagsResult } from './cli/flags.js';
