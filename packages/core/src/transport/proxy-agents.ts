// Which agent carries a request: direct, or a CONNECT tunnel through the proxy that HTTPS_PROXY / NO_PROXY name.
import { Agent } from 'node:https';
import { createRequire } from 'node:module';
import type * as ProxyAgentPackage from 'https-proxy-agent';
import type { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';

type ProxyAgentModule = typeof ProxyAgentPackage;
let proxyAgentModule: ProxyAgentModule | undefined;
/** https-proxy-agent (~20 ms to load) only when a proxy is configured, not on every first Connect. */
const proxyAgents = (): ProxyAgentModule =>
  (proxyAgentModule ??= createRequire(import.meta.url)('https-proxy-agent') as ProxyAgentModule);

export interface AgentOptions {
  /** Extra CA certificates (PEM) for the target servers. */
  readonly caPem?: string;
}

/**
 * One keep-alive agent per route: the direct one and one per proxy URL. The environment is read per request (as
 * curl and .NET's HttpClient do at start-up), so `$env:HTTPS_PROXY` set before the first call is honoured.
 */
export class ProxyAwareAgents {
  private readonly direct: Agent;
  private readonly tunnels = new Map<string, HttpsProxyAgent<string>>();

  constructor(private readonly options: AgentOptions = {}) {
    this.direct = new Agent({ keepAlive: true, maxSockets: 16, ...this.ca() });
  }

  private ca(): { ca?: string } {
    return this.options.caPem ? { ca: this.options.caPem } : {};
  }

  /** The agent for `url`, and the proxy it goes through ('' when direct). */
  agentFor(url: URL): { agent: Agent; proxy: string } {
    const proxy = getProxyForUrl(url.href);
    if (!proxy) return { agent: this.direct, proxy: '' };
    let tunnel = this.tunnels.get(proxy);
    if (!tunnel) {
      tunnel = new (proxyAgents().HttpsProxyAgent)(proxy, { keepAlive: true, maxSockets: 16, ...this.ca() });
      this.tunnels.set(proxy, tunnel);
    }
    return { agent: tunnel, proxy };
  }

  destroy(): void {
    this.direct.destroy();
    for (const t of this.tunnels.values()) t.destroy();
    this.tunnels.clear();
  }
}
