// The Ajv instances: one for metadata documents, two for validation attributes (PowerShell regexes are not /u).
import { Ajv } from 'ajv';

/** .NET patterns such as `[\w-]` are errors under JavaScript's /u flag, so compile without it. */
const ignoreCaseEngine = Object.assign((pattern: string) => new RegExp(pattern, 'i'), {
  code: 'ignoreCaseRegExp',
});
const caseSensitiveEngine = Object.assign((pattern: string) => new RegExp(pattern), {
  code: 'caseSensitiveRegExp',
});

let ignoreCase: Ajv | undefined;
let caseSensitive: Ajv | undefined;
let metadata: Ajv | undefined;

export function attributeAjv(caseInsensitive: boolean): Ajv {
  if (caseInsensitive) return (ignoreCase ??= new Ajv({ code: { regExp: ignoreCaseEngine } }));
  return (caseSensitive ??= new Ajv({ code: { regExp: caseSensitiveEngine } }));
}

export function metadataAjv(): Ajv {
  return (metadata ??= new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false }));
}
