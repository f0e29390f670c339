// Finds a module that must run as its own file (worker code) next to the caller, in sources, builds and bundles.
/**
 * `metaUrl` is the caller's import.meta.url. Unbundled, the target is the sibling file `to` next to `from`;
 * inside a bundle (where every module shares the bundle's URL) it is found through the package's exports.
 */
export function siblingModuleUrl(
  metaUrl: string,
  from: string,
  to: string,
  packageSpecifier: string,
): string {
  const own = new RegExp(`/${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(ts|js)$`);
  if (own.test(metaUrl)) return metaUrl.replace(own, `/${to}.$1`);
  return import.meta.resolve(packageSpecifier);
}
