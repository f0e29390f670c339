// @exosh/cmdlet-binding: CommandMetadata as data and PowerShell's parameter binder; pure, no Node APIs.
export {
  commonParameters,
  commonParametersFor,
  type CommonParameterInfo,
} from './common-parameters/index.js';
