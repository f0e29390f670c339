// Loads the emulator's persistent identity material from the state folder, creating it on first start.
// Identity material (token signing key, app certificate, app secret) survives restarts so MSAL caches and
// certificate sign-in keep working; a damaged file stops start-up instead of silently re-creating a tenant.
import { createPrivateKey, generateKeyPair, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { RegisteredCertificate } from '../directory/model.js';
import {
  generateAppCertificate,
  registerCertificate,
  type CertificateThumbprints,
} from './app-certificate.js';
import { EmulatorStartupError } from './messages.js';

export const StateFiles = {
  state: 'emulator-state.json',
  appCert: 'app-cert.pem',
  appKey: 'app-key.pem',
} as const;

const FORMAT = 'exosh-emulator-state';
const VERSION = 1;

interface StateFile {
  readonly format: typeof FORMAT;
  readonly version: number;
  readonly createdAt: string;
  readonly signingKey: { readonly kid: string; readonly privateKeyPem: string };
  readonly automationApp: { readonly secret: string };
}

export interface AppCredentialFiles {
  readonly certFile: string;
  readonly keyFile: string;
  readonly certPem: string;
  readonly keyPem: string;
  readonly thumbprints: CertificateThumbprints;
  readonly certificate: RegisteredCertificate;
  readonly secret: string;
}

export interface EmulatorState {
  readonly stateDir: string;
  readonly signingKey: { readonly kid: string; readonly privateKey: KeyObject };
  readonly app: AppCredentialFiles;
}

const generateRsa = promisify(generateKeyPair);

async function writeAtomic(file: string, text: string, mode: number): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(tmp, text, { mode });
  await rename(tmp, file);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function parseStateFile(stateDir: string, text: string): StateFile {
  const fail = (reason: string): never => {
    throw new EmulatorStartupError('StateFileInvalid', [stateDir, StateFiles.state, reason]);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  if (typeof raw !== 'object' || raw === null) return fail('not a JSON object');
  const o = raw as Record<string, unknown>;
  if (o.format !== FORMAT) return fail(`"format" is not "${FORMAT}"`);
  if (typeof o.version !== 'number') return fail('"version" is missing');
  if (o.version > VERSION) throw new EmulatorStartupError('StateFileNewer', [stateDir, String(o.version)]);
  const key = o.signingKey as Record<string, unknown> | undefined;
  if (typeof key?.kid !== 'string' || typeof key.privateKeyPem !== 'string')
    return fail('"signingKey" is missing');
  const app = o.automationApp as Record<string, unknown> | undefined;
  if (typeof app?.secret !== 'string') return fail('"automationApp.secret" is missing');
  return raw as StateFile;
}

async function readRequired(stateDir: string, name: string): Promise<string> {
  try {
    return await readFile(path.join(stateDir, name), 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new EmulatorStartupError('StateFileUnreadable', [stateDir, name, reason]);
  }
}

function appCredentials(
  stateDir: string,
  certPem: string,
  keyPem: string,
  secret: string,
): AppCredentialFiles {
  let registered: ReturnType<typeof registerCertificate>;
  try {
    registered = registerCertificate(certPem);
    createPrivateKey(keyPem);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new EmulatorStartupError('StateFileInvalid', [
      stateDir,
      `${StateFiles.appCert}/${StateFiles.appKey}`,
      reason,
    ]);
  }
  const { sha1Hex, sha256Hex, ...certificate } = registered;
  return {
    certFile: path.join(stateDir, StateFiles.appCert),
    keyFile: path.join(stateDir, StateFiles.appKey),
    certPem,
    keyPem,
    thumbprints: { sha1Hex, sha256Hex },
    certificate,
    secret,
  };
}

async function createState(stateDir: string): Promise<EmulatorState> {
  const [{ privateKey }, pems] = await Promise.all([
    generateRsa('rsa', { modulusLength: 2048 }),
    generateAppCertificate('exosh automation'),
  ]);
  const secret = `emu8Q~${randomBytes(27).toString('base64url')}`;
  const file: StateFile = {
    format: FORMAT,
    version: VERSION,
    createdAt: new Date().toISOString(),
    signingKey: {
      kid: randomBytes(15).toString('base64url'),
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    },
    automationApp: { secret },
  };
  await writeAtomic(path.join(stateDir, StateFiles.appCert), pems.certPem, 0o644);
  await writeAtomic(path.join(stateDir, StateFiles.appKey), pems.keyPem, 0o600);
  // The state file is written last: its presence means the folder is complete.
  await writeAtomic(path.join(stateDir, StateFiles.state), JSON.stringify(file, null, 2) + '\n', 0o600);
  return {
    stateDir,
    signingKey: { kid: file.signingKey.kid, privateKey },
    app: appCredentials(stateDir, pems.certPem, pems.keyPem, secret),
  };
}

export async function loadOrCreateState(stateDir: string): Promise<EmulatorState> {
  const dir = path.resolve(stateDir);
  if ((await exists(dir)) && !(await stat(dir)).isDirectory()) {
    throw new EmulatorStartupError('StateFolderNotDirectory', [dir]);
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const stateFile = path.join(dir, StateFiles.state);
  if (!(await exists(stateFile))) return createState(dir);
  const file = parseStateFile(dir, await readRequired(dir, StateFiles.state));
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(file.signingKey.privateKeyPem);
  } catch (err) {
    throw new EmulatorStartupError('StateFileInvalid', [
      dir,
      StateFiles.state,
      err instanceof Error ? err.message : String(err),
    ]);
  }
  const certPem = await readRequired(dir, StateFiles.appCert);
  const keyPem = await readRequired(dir, StateFiles.appKey);
  return {
    stateDir: dir,
    signingKey: { kid: file.signingKey.kid, privateKey },
    app: appCredentials(dir, certPem, keyPem, file.automationApp.secret),
  };
}
