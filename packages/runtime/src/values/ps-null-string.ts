// PSNullString: [System.Management.Automation.Language.NullString]::Value, the one object that converts to a null string.
import { PS_TYPE_NAMES } from './symbols.js';

/**
 * NullString.Value: an object (not $null: it equals only itself and is true as a condition) whose conversion to
 * [string] is null, so a [string] variable, parameter or method argument gets a real null string.
 */
export class PSNullString {
  static readonly value = new PSNullString();
  private constructor() {}
  /** `$n.ToString()`: NullString.ToString() returns null (host reflection finds this name before toString). */
  ToString(): null {
    return null;
  }
  /** Its text (string expansion, display) is empty. */
  toString(): string {
    return '';
  }
  get [PS_TYPE_NAMES](): string[] {
    return ['System.Management.Automation.Language.NullString', 'System.Object'];
  }
}
