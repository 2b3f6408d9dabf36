/**
 * A custom-entity value without blank string attributes. The platform refuses a `string` attribute
 * that is empty or whitespace only (storage-reference/entities-api, "Limitations"), so such an
 * attribute is left out instead: an absent attribute is not in any index that uses it and never
 * matches an `equalTo` filter, which is what an empty value should mean to a query. Only top-level
 * attributes are typed; values inside an `any` attribute (the full record) are kept as they are.
 *
 * @example withoutBlankStrings({ issueKey: '', seq: 3 }) // { seq: 3 }
 */
export function withoutBlankStrings<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => !(typeof v === 'string' && !/\S/u.test(v)))) as T;
}
