// Injected into the CommonJS bundle by bundle.mjs in place of import.meta (see there).
import { pathToFileURL } from 'node:url';

export const importMetaUrl = pathToFileURL(__filename).href;
export const importMetaResolve = (specifier) => pathToFileURL(require.resolve(specifier)).href;
