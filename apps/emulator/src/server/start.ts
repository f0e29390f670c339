// Starts the emulator: loads the state folder, builds the directory and routes, and serves HTTPS on 127.0.0.1.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Directory } from '../directory/directory.js';
import { seedTenant, SeedIds } from '../directory/seed.js';
import type { EntraContext } from '../entra/context.js';
import { GrantStore } from '../entra/grant-store.js';
import { RefreshTokens } from '../entra/refresh-tokens.js';
import { addEntraRoutes } from '../entra/routes.js';
import { DefaultEntraSettings, type EntraSettings } from '../entra/settings.js';
import { TokenIssuer } from '../entra/token-issuer.js';
import { FaultRegistry } from '../faults/fault-registry.js';
import { EmulatorStartupError } from '../state/messages.js';
import { loadOrCreateState } from '../state/state-folder.js';
import { createTlsMaterial } from '../tls/certificate.js';
import { addControlRoutes } from './control-routes.js';
import { defaultExchangeService } from './default-exchange-service.js';
import { addExchangeRoutes, batchItemFaultRoutes } from './exchange-routes.js';
import type { ExchangeService, ExchangeServiceFactory } from './exchange-service.js';
import { createPipeline } from './request-pipeline.js';
import { Router } from './router.js';

/** Fixed default port: MSAL keys its cache by host:port, so a stable port keeps cached sign-ins valid. */
export const DEFAULT_PORT = 47443;

export interface EmulatorOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. Default 47443. */
  readonly port?: number;
  /** Folder for the TLS CA PEM, the signing key, the app certificate and the tenant store. */
  readonly stateDir: string;
  /** Approve device-code sign-ins for the default admin automatically (default true). */
  readonly autoApprove?: boolean;
  /** Initial identity settings (lifetimes, device-code interval...). */
  readonly settings?: Partial<EntraSettings>;
  /** The Exchange admin API logic; defaults to the built-in one. */
  readonly exchangeService?: ExchangeServiceFactory;
  /** Extra generated mailboxes in the tenant (user000001...), for paging and memory benchmarks. */
  readonly generatedMailboxes?: number;
  /** The `X-IDENTITY-HEADER` value App Service-style managed identity requires (default: random per start). */
  readonly identityHeader?: string;
  /** Diagnostics sink (never receives secrets). */
  readonly log?: (line: string) => void;
}

export interface EmulatorAppCredentials {
  readonly clientId: string;
  readonly certFile: string;
  readonly keyFile: string;
  /** Hex SHA-1 thumbprint (MSAL `thumbprint`, `-CertificateThumbprint`). */
  readonly thumbprint: string;
  /** Hex SHA-256 thumbprint (MSAL `thumbprintSha256`). */
  readonly thumbprintSha256: string;
  /** The client secret (in-process only; the CLI never prints it). */
  readonly clientSecret: string;
}

export interface RunningEmulator {
  readonly url: string;
  readonly port: number;
  readonly tenantId: string;
  readonly tenantDomain: string;
  readonly caFile: string;
  readonly stateDir: string;
  /** Scope for the emulator's Exchange admin API (`<url>/.default`); its REST base is `url`. */
  readonly exchangeScope: string;
  /** Security & Compliance: REST base `<url>/compliance`, scope `<url>/compliance/.default`. */
  readonly complianceUrl: string;
  readonly complianceScope: string;
  readonly publicClientId: string;
  readonly adminUpn: string;
  readonly app: EmulatorAppCredentials;
  /** For managed identity: IMDS host (AZURE_POD_IDENTITY_AUTHORITY_HOST) and App Service endpoint/header. */
  readonly managedIdentity: {
    readonly imdsHost: string;
    readonly appServiceEndpoint: string;
    readonly identityHeader: string;
    readonly systemAssignedClientId: string;
    readonly userAssignedClientId: string;
  };
  /** Live identity settings; tests may change them (or PATCH /_emulator/settings). */
  readonly settings: EntraSettings;
  readonly faults: FaultRegistry;
  /** The one-line JSON the CLI prints (no secrets). */
  describe(): Record<string, unknown>;
  stop(): Promise<void>;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new EmulatorStartupError('PortInUse', [String(port)])
          : new EmulatorStartupError('ListenFailed', [String(port), err.code ?? err.message]),
      );
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const requestedPort = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    throw new EmulatorStartupError('InvalidPort', [String(options.port)]);
  }
  const state = await loadOrCreateState(options.stateDir);
  const tls = await createTlsMaterial(state.stateDir);
  const directory = new Directory([
    seedTenant({ appCertificate: state.app.certificate, appSecret: state.app.secret }),
  ]);
  const tenant = directory.defaultTenant;
  const settings: EntraSettings = {
    ...DefaultEntraSettings,
    ...options.settings,
    ...(options.autoApprove !== undefined ? { autoApprove: options.autoApprove } : {}),
  };
  const faults = new FaultRegistry();
  const stats = new Map<string, number>();
  const identityHeader = options.identityHeader ?? randomBytes(24).toString('base64url');
  const router = new Router();
  let baseUrl = 'https://127.0.0.1';
  const server: Server = createServer({ cert: tls.cert, key: tls.key });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.on('clientError', (_err, socket) => {
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  server.on('tlsClientError', () => undefined);
  await listen(server, requestedPort);
  const port = (server.address() as AddressInfo).port;
  baseUrl = `https://127.0.0.1:${port}`;

  const entra: EntraContext = {
    baseUrl,
    directory,
    issuer: new TokenIssuer(state.signingKey, baseUrl),
    grants: new GrantStore(),
    refreshTokens: new RefreshTokens(state.signingKey, directory),
    settings,
    claimsRequested: [],
  };
  let service: ExchangeService | undefined;
  try {
    service = await (options.exchangeService ?? defaultExchangeService)({
      stateDir: state.stateDir,
      tenantId: tenant.tenantId,
      tenantDomain: tenant.domains[0] ?? SeedIds.tenantDomain,
      ...(options.generatedMailboxes ? { generatedMailboxes: options.generatedMailboxes } : {}),
    });
  } catch (err) {
    server.close();
    throw err;
  }
  const exchange = service;
  const describe = (): Record<string, unknown> => ({
    url: baseUrl,
    tenantId: tenant.tenantId,
    tenantDomain: tenant.domains[0],
    caFile: tls.caFile,
    stateDir: state.stateDir,
    exchangeScope: `${baseUrl}/.default`,
    complianceUrl: `${baseUrl}/compliance`,
    complianceScope: `${baseUrl}/compliance/.default`,
    publicClientId: SeedIds.exoPowerShellClientId,
    adminUpn: SeedIds.adminUpn,
    appClientId: SeedIds.automationAppId,
    appCertFile: state.app.certFile,
    appKeyFile: state.app.keyFile,
    appThumbprint: state.app.thumbprints.sha1Hex,
    appThumbprintSha256: state.app.thumbprints.sha256Hex,
    imdsHost: baseUrl,
    appServiceEndpoint: `${baseUrl}/msi/token`,
    pid: process.pid,
  });
  addEntraRoutes(router, entra, identityHeader);
  addExchangeRoutes(router, {
    baseUrl,
    directory,
    publicKey: entra.issuer.publicKey,
    faults,
    service: () => exchange,
  });
  addControlRoutes(router, {
    entra,
    faults,
    stats,
    info: describe,
    routeNames: () => [...router.names().filter((n) => !n.startsWith('control.')), ...batchItemFaultRoutes],
    initialSettings: { ...settings },
  });
  server.on(
    'request',
    createPipeline({
      baseUrl: () => baseUrl,
      router,
      faults,
      stats,
      maxBodyBytes: { entra: 1 << 20, exchange: 8 << 20, control: 1 << 20, plain: 1 << 20 },
      ...(options.log ? { log: options.log } : {}),
    }),
  );
  const sweeper = setInterval(() => {
    entra.grants.sweep();
    entra.refreshTokens.sweep();
  }, 60_000);
  sweeper.unref();

  let stopped: Promise<void> | undefined;
  return {
    url: baseUrl,
    port,
    tenantId: tenant.tenantId,
    tenantDomain: tenant.domains[0] ?? SeedIds.tenantDomain,
    caFile: tls.caFile,
    stateDir: state.stateDir,
    exchangeScope: `${baseUrl}/.default`,
    complianceUrl: `${baseUrl}/compliance`,
    complianceScope: `${baseUrl}/compliance/.default`,
    publicClientId: SeedIds.exoPowerShellClientId,
    adminUpn: SeedIds.adminUpn,
    app: {
      clientId: SeedIds.automationAppId,
      certFile: state.app.certFile,
      keyFile: state.app.keyFile,
      thumbprint: state.app.thumbprints.sha1Hex,
      thumbprintSha256: state.app.thumbprints.sha256Hex,
      clientSecret: state.app.secret,
    },
    managedIdentity: {
      imdsHost: baseUrl,
      appServiceEndpoint: `${baseUrl}/msi/token`,
      identityHeader,
      systemAssignedClientId: SeedIds.systemIdentityAppId,
      userAssignedClientId: SeedIds.userIdentityAppId,
    },
    settings,
    faults,
    describe,
    stop: () =>
      (stopped ??= (async () => {
        clearInterval(sweeper);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await exchange.close?.();
      })()),
  };
}
