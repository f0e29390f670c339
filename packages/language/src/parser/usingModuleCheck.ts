// SymbolResolver.VisitUsingStatement: the errors PowerShell reports at parse time for `using module`.
import type { UsingStatementAst } from '../ast/nodes.js';
import { constantValue, notConstant } from './constantValue.js';
import { containsWildcard, readModuleSpecification } from './moduleSpecification.js';
import type { ModuleSpecificationFields } from './moduleSpecification.js';
import type { ParseOptions, UsingModuleRequest } from './parseResult.js';
import type { ReportError } from './semanticChecks.js';

export function checkUsingModule(node: UsingStatementAst, options: ParseOptions, report: ReportError): void {
  let request: UsingModuleRequest;
  let name: string;
  if (node.moduleSpecification !== null) {
    const value = constantValue(node.moduleSpecification);
    if (value === notConstant || value === null || typeof value !== 'object' || Array.isArray(value)) {
      report(node.extent, 'RequiresArgumentMustBeConstant');
      return;
    }
    const spec = readModuleSpecification(value.hashtable);
    if ('error' in spec) {
      // PowerShell reuses the #requires message for the exception's text.
      report(node.extent, 'RequiresModuleInvalid', spec.error);
      return;
    }
    const fields: ModuleSpecificationFields = spec.fields;
    name = fields.moduleName ?? '';
    request = { specification: fields, fileName: options.fileName };
  } else if (node.name !== null) {
    name = node.name.value;
    request = { name, fileName: options.fileName };
  } else return;
  if (containsWildcard(name)) {
    report(node.extent, 'WildCardModuleNameError');
    return;
  }
  if (options.findUsingModule === undefined) return;
  let found: boolean;
  try {
    found = options.findUsingModule(request);
  } catch (e) {
    report(node.extent, 'RequiresModuleInvalid', e instanceof Error ? e.message : String(e));
    return;
  }
  if (!found) {
    const text = node.name !== null ? node.name.value : (node.moduleSpecification?.extent.text ?? name);
    report(node.extent, 'ModuleNotFoundDuringParse', text);
  }
}
