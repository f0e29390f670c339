// Reflective access for host objects without an adapter (ErrorRecord, view objects): case-insensitive JS properties.

/** Property names of a host object: own enumerable keys and prototype getters, public ones only. */
export function hostPropertyNames(value: object): string[] {
  const names = new Set<string>();
  for (const k of Object.keys(value)) if (!k.startsWith('_')) names.add(k);
  let proto: object | null = Object.getPrototypeOf(value);
  while (proto && proto !== Object.prototype) {
    for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (d.get && k !== 'constructor' && !k.startsWith('_')) names.add(k);
    }
    proto = Object.getPrototypeOf(proto);
  }
  return [...names].filter((k) => typeof (value as Record<string, unknown>)[k] !== 'function');
}

/** Method names of a host object (prototype functions other than the constructor and JS conventions). */
export function hostMethodNames(value: object): string[] {
  const names = new Set<string>();
  let proto: object | null = Object.getPrototypeOf(value);
  while (proto && proto !== Object.prototype) {
    for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      if (typeof d.value === 'function' && k !== 'constructor' && !k.startsWith('_') && k !== 'toJSON')
        names.add(k);
    }
    proto = Object.getPrototypeOf(proto);
  }
  for (const [k, v] of Object.entries(value)) if (typeof v === 'function') names.add(k);
  return [...names];
}

export function findHostName(names: readonly string[], wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  return names.find((n) => n === wanted) ?? names.find((n) => n.toLowerCase() === lower);
}

/** Display names are PascalCase as .NET members are: `fullyQualifiedErrorId` -> `FullyQualifiedErrorId`. */
export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
