// Types for proxy-from-env 2.x (the package ships none): the proxy URL for a request URL, per HTTPS_PROXY/NO_PROXY.
declare module 'proxy-from-env' {
  /** The proxy to use for `url` ('' for none), read from the environment at each call; lowercase names win. */
  export function getProxyForUrl(url: string | URL): string;
}
