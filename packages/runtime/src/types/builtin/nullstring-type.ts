// System.Management.Automation.Language.NullString ([NullString]): its one Value passes a null string to [string].
import { PSNullString } from '../../values/ps-null-string.js';
import type { TypeInfoInit } from '../type-info.js';
import { constant } from './define.js';

export const NullStringType: TypeInfoInit = {
  fullName: 'System.Management.Automation.Language.NullString',
  isInstance: (v) => v instanceof PSNullString,
  staticProperties: [
    constant('Value', 'System.Management.Automation.Language.NullString', PSNullString.value),
  ],
};
