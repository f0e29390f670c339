// Loads the ExchangeOnlineManagement module into a session when a script needs it (core is imported lazily).
import { PSObject, siblingModuleUrl, type Runspace } from '@exosh/runtime';
import type { EmbeddedEmulatorInfo } from './embedded-emulator.js';

// X509Certificate2 is registered by the module (for Connect-ExchangeOnline -Certificate and Get-PfxCertificate).
const moduleCommands = /exchangeonline|ippssession|connectioninformation|x509certificate2|pfxcertificate/i;

/** Whether a script could use the module: it names one of the module's own commands (proxies come after Connect). */
export function mayNeedExchangeModule(script: string): boolean {
  return moduleCommands.test(script);
}

export async function loadExchangeModule(runspace: Runspace, useEmulator: boolean): Promise<void> {
  const { registerExchangeOnlineModule } = await import('@exosh/core');
  let emulator: EmbeddedEmulatorInfo | undefined;
  if (useEmulator) {
    const url = siblingModuleUrl(
      import.meta.url,
      'load-module',
      'embedded-emulator',
      'exosh/embedded-emulator',
    );
    emulator = runspace.bridge.call<EmbeddedEmulatorInfo>(url, 'startEmbeddedEmulator', {});
    runspace.context.sessionState.set('ExoshEmulator', emulatorVariable(emulator), 'global');
  }
  registerExchangeOnlineModule(runspace, {
    warmWorker: true,
    ...(emulator
      ? { emulator: { url: emulator.url, caPem: emulator.caPem, complianceUrl: emulator.complianceUrl } }
      : {}),
  });
}

/** `$ExoshEmulator`: what a user needs to sign in to the emulator tenant (no secrets: the key stays in its file). */
function emulatorVariable(e: EmbeddedEmulatorInfo): PSObject {
  return PSObject.fromEntries([
    ['Url', e.url],
    ['TenantId', e.tenantId],
    ['Organization', e.tenantDomain],
    ['AdminUpn', e.adminUpn],
    ['AppId', e.appClientId],
    ['CertificateFilePath', e.appCertificateFile],
  ]);
}
