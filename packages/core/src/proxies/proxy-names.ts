// `Verb-<Prefix>Noun`: the name a prefixed proxy is registered under (the service still gets `Verb-Noun`).
export function prefixedName(cmdletName: string, prefix: string): string {
  if (!prefix) return cmdletName;
  const dash = cmdletName.indexOf('-');
  return dash < 0
    ? `${prefix}${cmdletName}`
    : `${cmdletName.slice(0, dash + 1)}${prefix}${cmdletName.slice(dash + 1)}`;
}
