const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `60000000` → `60,000,000`: every number a review states is written this way. */
export function count(value: number): string {
  const rounded = Math.round(value);
  // Intl is slow for the 10,000-stream file; it is kept for numbers too large for plain digits.
  if (!Number.isSafeInteger(rounded)) return WHOLE.format(value);
  return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `['a', 'b', 'c']` → `a, b and c`. */
export function listWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** A setting as the person would write it inline: `schedule=daily`. */
export function setting(key: string, value: string | number | boolean): string {
  return `${key}=${value}`;
}

/** A key of one or more fields: `order_id` or `order_id + line_no`. */
export function keyFields(fields: readonly string[]): string {
  return fields.join(' + ');
}
