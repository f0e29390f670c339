// msal-node configuration for the emulator: static authority metadata (no discovery) and the trusting client.
import { authorityMetadata, type RunningEmulator } from '../../src/index.js';
import { TrustingHttpClient } from './trusting-network-client.js';

export function emulatorAuth(emu: RunningEmulator, clientId: string, tenant = 'organizations') {
  return {
    clientId,
    authority: `${emu.url}/${tenant}`,
    knownAuthorities: [new URL(emu.url).host],
    authorityMetadata: JSON.stringify(authorityMetadata(emu.url, tenant, undefined)),
  };
}

export function emulatorSystem(ca: string) {
  const networkClient = new TrustingHttpClient(ca);
  return { networkClient };
}
