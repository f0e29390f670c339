// OPATH filter syntax tree: comparisons joined by -and/-or/-not.

export type ComparisonOperator = 'eq' | 'ne' | 'like' | 'notlike' | 'gt' | 'lt' | 'ge' | 'le';

/** A literal: a string (quoted or bare) or one of $true/$false/$null. */
export type FilterValue =
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' };

export type FilterNode =
  | {
      readonly type: 'comparison';
      readonly property: string;
      readonly operator: ComparisonOperator;
      readonly value: FilterValue;
      readonly position: number;
    }
  | { readonly type: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly type: 'not'; readonly operand: FilterNode };
