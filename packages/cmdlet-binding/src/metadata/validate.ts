// validateCommandMetadata: ajv against the schema, with one readable line per problem.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileCommand } from '../compile/compile-command.js';
import { CommandMetadataException } from '../errors/parameter-binding-exception.js';
import { metadataAjv } from '../validation/ajv-instances.js';
import { commandMetadataSchema } from './schema.js';
import type { CommandMetadata } from './types.js';

export type MetadataValidationResult =
  | { readonly valid: true; readonly metadata: CommandMetadata }
  | { readonly valid: false; readonly errors: readonly string[] };

let validator: ValidateFunction | undefined;

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown property '${String(error.params['additionalProperty'])}'`;
  }
  if (error.keyword === 'enum') {
    return `${where}: must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where}: ${error.message ?? error.keyword}`;
}

/**
 * Checks untrusted data against the CommandMetadata schema, then that it compiles (unique names and
 * aliases, at most 32 sets, valid patterns); never throws.
 */
export function validateCommandMetadata(data: unknown): MetadataValidationResult {
  validator ??= metadataAjv().compile(commandMetadataSchema);
  if (validator(data)) {
    const metadata = data as CommandMetadata;
    try {
      compileCommand(metadata);
    } catch (e) {
      if (e instanceof CommandMetadataException)
        return { valid: false, errors: [`${e.errorId}: ${e.message}`] };
      throw e;
    }
    return { valid: true, metadata };
  }
  const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'if').map(describe);
  return { valid: false, errors: [...new Set(errors)] };
}
