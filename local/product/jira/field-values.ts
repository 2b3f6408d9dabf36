import type { CustomFieldDef } from '../product-types';

/** Why a value does not fit an app custom field's type, or undefined when it does (`null` clears). */
export function checkFieldValue(field: CustomFieldDef, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  switch (field.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'The value must be a number.';
    case 'string':
      if (typeof value !== 'string') return 'The value must be a string.';
      return value.length > 255 ? 'The value must be at most 255 characters.' : undefined;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? undefined
        : 'The value must be a date (YYYY-MM-DD).';
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? undefined
        : 'The value must be a date-time.';
    case 'user':
      return typeof value === 'string' ? undefined : 'The value must be an account id.';
    case 'object':
      return typeof value === 'object' ? undefined : 'The value must be an object.';
  }
}
