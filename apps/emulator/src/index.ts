// exosh-emulator: a local Entra ID and Exchange Online admin API emulator over HTTPS on 127.0.0.1.
export { startEmulator, type EmulatorOptions, type RunningEmulator } from './server/start.js';
export { runCli } from './cli.js';
