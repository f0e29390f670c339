// Well-known symbols shared by the value classes (kept apart so any module can import them without cycles).
/** Optional on arrays: the element type of a typed array (`[int[]]`), for GetType(). */
export const ELEMENT_TYPE: unique symbol = Symbol.for('exosh.elementType');
/** Host objects (ErrorRecord, CommandInfo, regex matches...) expose their type-name chain through this symbol. */
export const PS_TYPE_NAMES: unique symbol = Symbol.for('exosh.typeNames');
