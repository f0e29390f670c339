// Bridge operation: starts exosh-emulator inside the I/O worker, so the blocked engine thread can still reach it.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type RunningEmulator } from 'exosh-emulator';

export interface EmbeddedEmulatorInfo {
  readonly url: string;
  readonly caPem: string;
  readonly complianceUrl: string;
  readonly tenantId: string;
  readonly tenantDomain: string;
  readonly adminUpn: string;
  readonly appClientId: string;
  /** PEM with the app's certificate and private key, for Connect-ExchangeOnline -CertificateFilePath. */
  readonly appCertificateFile: string;
}

let running: Promise<RunningEmulator> | undefined;

export async function startEmbeddedEmulator(payload: {
  readonly stateDir?: string;
  readonly port?: number;
}): Promise<EmbeddedEmulatorInfo> {
  const stateDir = payload.stateDir ?? path.join(os.homedir(), '.exosh', 'emulator');
  running ??= startEmulator({
    stateDir,
    port: payload.port ?? 47443,
    autoApprove: true,
    settings: { deviceCodeIntervalSec: 1 },
  }).catch((err: unknown) => {
    // The fixed port may be taken (another exosh -Emulator): any free port works for this session.
    if ((err as { errorId?: string; message?: string }).message?.includes('in use'))
      return startEmulator({ stateDir, port: 0, autoApprove: true, settings: { deviceCodeIntervalSec: 1 } });
    throw err;
  });
  const emu = await running;
  // -CertificateFilePath takes one PEM with the certificate and its key (what a PFX holds): write that bundle.
  const bundle = path.join(emu.stateDir, 'app-certificate-and-key.pem');
  writeFileSync(bundle, readFileSync(emu.app.certFile, 'utf8') + readFileSync(emu.app.keyFile, 'utf8'), {
    mode: 0o600,
  });
  return {
    url: emu.url,
    caPem: readFileSync(emu.caFile, 'utf8'),
    complianceUrl: emu.complianceUrl,
    tenantId: emu.tenantId,
    tenantDomain: emu.tenantDomain,
    adminUpn: emu.adminUpn,
    appClientId: emu.app.clientId,
    appCertificateFile: bundle,
  };
}
