// Connect-ExchangeOnline and Connect-IPPSSession: sign in, record the connection, register the service's proxies.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import {
  credentialSecret,
  BridgeOperationError,
  ErrorRecord,
  RuntimeException,
  type CmdletImplementation,
  type CommandRuntime,
} from '@exosh/runtime';
import { Connection } from '../connection/connection.js';
import { resolveEndpoints } from '../connection/endpoints.js';
import type { ExchangeEnvironmentName } from '../environments/index.js';
import type { ExchangeOnlineModule } from '../module/exchange-online-module.js';
import { connectExchangeOnlineParameters, connectIPPSSessionParameters } from './connect-parameters.js';
import type { SignInFlow, SignInPayload, SignInResult } from '../worker/sign-in-types.js';
import { workerOpsUrl } from '../worker/ops-url.js';
import { banner } from './banner.js';
import { metadataFromModuleFile } from '../proxies/module-file-metadata.js';
import type { ModuleCacheKey } from '../proxies/module-metadata-cache.js';
import { moduleVersion } from '../rest/module-version.js';
import { certificateFolders } from '../certificates/certificate-folders.js';
import {
  certificateErrorCategory,
  certificateKeyNotSupportedMessage,
  certificateLoadFailedMessage,
  certificateWithoutPrivateKeyMessage,
  type CertificateErrorId,
} from '../certificates/certificate-errors.js';
import type { CertificateRequest, LoadedCertificate } from '../certificates/certificate-material.js';
import { certificateMaterialOf, loadCertificate } from '../certificates/x509-certificate2.js';
import { plainText } from './secret-text.js';
import { ConnectionLog, defaultLogDirectory, type LogLevel } from '../logging/connection-log.js';

export const exchangeOnlinePowerShellClientId = 'fb78d390-0c51-40cd-8e17-fdbfab77341b';

export const connectExchangeOnlineMetadata: CommandMetadata = {
  name: 'Connect-ExchangeOnline',
  commandType: 'Cmdlet',
  parameters: connectExchangeOnlineParameters,
};

export const connectIPPSSessionMetadata: CommandMetadata = {
  name: 'Connect-IPPSSession',
  commandType: 'Cmdlet',
  parameters: connectIPPSSessionParameters,
};

function fail(
  rt: CommandRuntime,
  errorId: string,
  message: string,
  category:
    | 'InvalidArgument'
    | 'AuthenticationError'
    | 'ConnectionError'
    | 'InvalidData'
    | 'ObjectNotFound' = 'InvalidArgument',
): never {
  rt.throwTerminatingError(
    new ErrorRecord({
      message,
      errorId,
      category,
      exceptionType: 'System.Exception',
      commandName: rt.commandName,
    }),
  );
}

/**
 * The module's `throw "<text>"` inside the function: pwsh makes the text both the message and the error id
 * (RuntimeException, OperationStopped).
 */
function thrownByScript(rt: CommandRuntime, message: string): never {
  rt.throwTerminatingError(
    new ErrorRecord({
      message,
      errorId: message,
      category: 'OperationStopped',
      exceptionType: 'System.Management.Automation.RuntimeException',
      targetObject: message,
    }),
  );
}

/** The certificate and key to sign with, from -Certificate, -CertificateFilePath or -CertificateThumbprint. */
function signingCertificate(
  rt: CommandRuntime,
  module: ExchangeOnlineModule,
  p: Readonly<Record<string, unknown>>,
): { certificatePem: string; privateKeyPem: string } {
  const password = plainText(p['CertificatePassword']);
  const file = p['CertificateFilePath'] as string | undefined;
  let loaded: LoadedCertificate | undefined;
  if (p['Certificate'] !== undefined) {
    loaded = certificateMaterialOf(p['Certificate']);
  } else {
    const request: CertificateRequest =
      file !== undefined
        ? { kind: 'file', path: path.resolve(rt.context.currentLocation, file) }
        : {
            kind: 'thumbprint',
            thumbprint: String(p['CertificateThumbprint']),
            folders: certificateFolders(),
          };
    try {
      loaded = loadCertificate(module.runspace, password !== undefined ? { ...request, password } : request);
    } catch (err) {
      if (!(err instanceof BridgeOperationError)) throw err;
      const id = err.errorName as CertificateErrorId;
      const fromFile =
        file !== undefined && (id === 'CertificateLoadFailed' || id === 'CertificateFileNotFound');
      fail(
        rt,
        fromFile ? 'CertificateLoadFailed' : id,
        fromFile ? certificateLoadFailedMessage(err.message) : err.message,
        certificateErrorCategory[id] ?? 'InvalidArgument',
      );
    }
  }
  if (!loaded) fail(rt, 'CertificateNotFound', 'The Certificate parameter needs an X509Certificate2 object.');
  if (!loaded.privateKeyPem)
    fail(
      rt,
      'CertificateWithoutPrivateKey',
      certificateWithoutPrivateKeyMessage(loaded.subject, loaded.thumbprint),
      'InvalidData',
    );
  if (loaded.privateKeyType !== undefined && loaded.privateKeyType !== 'rsa')
    fail(rt, 'CertificateKeyNotSupported', certificateKeyNotSupportedMessage(loaded.subject), 'InvalidData');
  return { certificatePem: loaded.certificatePem, privateKeyPem: loaded.privateKeyPem };
}

/** -Credential's user name and password for the username/password flow; PSCredential.Empty has neither. */
function signInCredential(rt: CommandRuntime, value: unknown): { userName: string; password: string } {
  const secret = credentialSecret(value);
  if (!secret)
    fail(rt, 'CredentialRequired', 'The Credential parameter needs a PSCredential with a user name.');
  return secret;
}

function chooseFlow(p: Readonly<Record<string, unknown>>): SignInFlow {
  if (p['AccessToken'] !== undefined) return 'AccessToken';
  if (p['ManagedIdentity'] === true) return 'ManagedIdentity';
  if (
    p['CertificateFilePath'] !== undefined ||
    p['Certificate'] !== undefined ||
    p['CertificateThumbprint'] !== undefined
  )
    return 'Certificate';
  if (p['Credential'] !== undefined) return 'Credential';
  if (p['Device'] === true) return 'Device';
  return 'Interactive';
}

/**
 * The proxies' metadata: from the disk cache for this tenant, service, module version and role set, else downloaded
 * (EXOModuleFile), parsed, validated, and cached for the next Connect.
 */
function proxyMetadata(
  rt: CommandRuntime,
  module: ExchangeOnlineModule,
  connection: Connection,
  roleFingerprint: string,
  commandName: unknown,
): CommandMetadata[] {
  const commandNames = commandName as string[] | undefined;
  const cache = module.moduleCache;
  const key: ModuleCacheKey = {
    tenantId: connection.tenantId,
    connectionUri: connection.connectionUri,
    moduleVersion,
    roleFingerprint,
    ...(commandNames ? { commandNames } : {}),
  };
  if (cache) {
    const found = cache.load(key);
    if (found.kind === 'hit') return found.metadata;
    if (found.kind === 'damaged')
      rt.writeWarning(
        `The cached cmdlet list ${found.file} could not be used (${found.reason}); it is downloaded again.`,
      );
  }
  const file = module.client.moduleFile(connection, commandNames);
  const metadata = metadataFromModuleFile(module.runspace, file.fileContent, file.exportedCmdlets);
  if (cache) {
    try {
      cache.save(key, metadata);
    } catch (err) {
      rt.writeWarning(`The cmdlet list could not be cached in ${cache.dir}: ${(err as Error).message}`);
    }
  }
  return metadata;
}

/** -EnableErrorReporting: the connection's log file, announced as the module does; else none. */
function openLog(rt: CommandRuntime, connectionId: string): ConnectionLog | undefined {
  const p = rt.parameters;
  if (p['EnableErrorReporting'] !== true) return undefined;
  const given = p['LogDirectoryPath'] as string | undefined;
  const dir = given ? path.resolve(rt.context.currentLocation, given) : defaultLogDirectory();
  let log: ConnectionLog;
  try {
    log = new ConnectionLog(dir, connectionId, (p['LogLevel'] as LogLevel | undefined) ?? 'Default');
  } catch (err) {
    rt.writeWarning(`The log file could not be created in ${dir}: ${(err as Error).message}`);
    return undefined;
  }
  rt.writeHost(`Writing cmdlet logs to ${log.file}`, { foregroundColor: 'Yellow' });
  return log;
}

/** A failure's id and text for the log (the record's, never a stack). */
function logDetail(err: unknown): string {
  if (err instanceof RuntimeException)
    return `${err.errorRecord.fullyQualifiedErrorId}: ${err.errorRecord.exception.message}`;
  return err instanceof Error ? err.message : String(err);
}

export function connectCmdlet(module: ExchangeOnlineModule, compliance: boolean): CmdletImplementation {
  return {
    end(rt) {
      const prefix = (rt.parameters['Prefix'] as string | undefined) ?? '';
      // The module's own checks, before its logger starts: a script `throw` (the message is the error id).
      if (prefix && !/^[a-z0-9]+$/i.test(prefix))
        thrownByScript(rt, 'Use of any special characters in the Prefix string is not supported.');
      if (prefix.toUpperCase() === 'EXO')
        thrownByScript(rt, "Prefix 'EXO' is a reserved Prefix, please use a different prefix.");
      const connectionId = randomUUID();
      const log = openLog(rt, connectionId);
      const started = Date.now();
      log?.write({ event: 'CmdletStart', cmdletName: rt.commandName });
      log?.write({
        event: 'Parameters',
        cmdletName: rt.commandName,
        detail: Object.keys(rt.parameters).join(' '),
      });
      try {
        connect(rt, module, compliance, connectionId, prefix, log);
      } catch (err) {
        log?.write({ event: 'Error', cmdletName: rt.commandName, detail: logDetail(err) });
        throw err;
      } finally {
        log?.write({ event: 'CmdletEnd', cmdletName: rt.commandName, durationMs: Date.now() - started });
      }
    },
  };
}

function connect(
  rt: CommandRuntime,
  module: ExchangeOnlineModule,
  compliance: boolean,
  connectionId: string,
  prefix: string,
  log: ConnectionLog | undefined,
): void {
  const p = rt.parameters;
  const flow = chooseFlow(p);
  const organization = (p['Organization'] as string | undefined) ?? '';
  const appId = (p['AppId'] as string | undefined) ?? '';
  if ((flow === 'Certificate' || flow === 'ManagedIdentity') && !organization) {
    fail(
      rt,
      'OrganizationRequired',
      `The Organization parameter is required with ${flow === 'Certificate' ? 'certificate' : 'managed identity'} authentication.`,
    );
  }
  if (flow === 'Certificate' && !appId)
    fail(rt, 'AppIdRequired', 'The AppId parameter is required with certificate-based authentication.');
  const endpoints = resolveEndpoints({
    environment: ((p['ExchangeEnvironmentName'] as string | undefined) ??
      'O365Default') as ExchangeEnvironmentName,
    compliance,
    ...(p['ConnectionUri'] !== undefined ? { connectionUri: p['ConnectionUri'] as string } : {}),
    ...(p['AzureADAuthorizationEndpointUri'] !== undefined
      ? { authorizationEndpointUri: p['AzureADAuthorizationEndpointUri'] as string }
      : {}),
    ...(module.emulator ? { emulator: module.emulator } : {}),
  });
  const tenantSegment = flow === 'Certificate' || flow === 'ManagedIdentity' ? organization : 'organizations';
  const payload: SignInPayload = {
    authKey: connectionId,
    flow,
    clientId: appId || exchangeOnlinePowerShellClientId,
    authority: `${endpoints.authorityHost}/${tenantSegment}`,
    scope: endpoints.scope,
    ...(endpoints.knownAuthorities ? { knownAuthorities: endpoints.knownAuthorities } : {}),
    ...(endpoints.caPem ? { caPem: endpoints.caPem } : {}),
    ...(p['UserPrincipalName'] !== undefined ? { loginHint: p['UserPrincipalName'] as string } : {}),
    ...(flow === 'Certificate' ? { certificate: signingCertificate(rt, module, p) } : {}),
    ...(flow === 'AccessToken' ? { accessToken: plainText(p['AccessToken']) ?? '' } : {}),
    ...(flow === 'Credential' ? { credential: signInCredential(rt, p['Credential']) } : {}),
    ...(p['ManagedIdentityAccountId'] !== undefined
      ? { managedIdentityClientId: p['ManagedIdentityAccountId'] as string }
      : {}),
  };
  let result: SignInResult;
  try {
    result = rt.context.bridge.call<SignInResult>(workerOpsUrl, 'signIn', payload);
  } catch (err) {
    if (err instanceof BridgeOperationError) fail(rt, err.errorName, err.message, 'AuthenticationError');
    throw err;
  }
  const connection = new Connection({
    connectionId,
    id: module.registry.nextId(),
    isEopSession: compliance,
    userPrincipalName: result.userPrincipalName || (organization ? `OAuthUser@${organization}` : ''),
    connectionUri: endpoints.connectionUri,
    azureAdAuthorizationEndpointUri: `${endpoints.authorityHost}/${tenantSegment}`,
    tokenExpiresOn: new Date(result.expiresOn),
    certificateAuthentication: flow === 'Certificate',
    moduleName: path.join(module.tempDir, `tmpEXO_${randomUUID().slice(0, 8)}.${randomUUID().slice(0, 3)}`),
    modulePrefix: prefix,
    organization,
    delegatedOrganization: (p['DelegatedOrganization'] as string | undefined) ?? '',
    appId: flow === 'Certificate' ? appId : '',
    pageSize: (p['PageSize'] as number | undefined) ?? 1000,
    tenantId: result.tenantId,
    authKey: connectionId,
    restBase: `${endpoints.connectionUri}/adminapi/beta/${result.tenantId}`,
  });
  connection.log = log;
  try {
    const metadata = proxyMetadata(rt, module, connection, result.roleFingerprint, p['CommandName']);
    module.addConnection(connection, metadata);
  } catch (err) {
    module.forget(connection);
    fail(
      rt,
      'ConnectFailed',
      `Connect failed while loading the service's cmdlets: ${(err as Error).message}`,
      'ConnectionError',
    );
  }
  // The module signs the script module it writes with it; exosh's proxies live in memory, so nothing is signed.
  if (p['SigningCertificate'] !== undefined)
    rt.writeVerbose(
      'SigningCertificate: exosh writes no module files to sign (its cmdlets live in memory), so the certificate is not used.',
    );
  for (const w of result.warnings) rt.writeWarning(w);
  if (p['ShowBanner'] !== false) rt.writeHost(banner);
}
