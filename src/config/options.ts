/** The Hub's choice lists (statuses, types, tracks…) are `{ value, label }` lists; `labelOf` names a stored value. */

export interface Option {
  readonly value: string
  readonly label: string
}

/** The label of `value` in `options`; `fallback` (the value itself by default) for a value the list does not have. */
export function labelOf(options: readonly Option[], value: string | null | undefined, fallback: string = value ?? ''): string {
  return options.find((option) => option.value === value)?.label ?? fallback
}
