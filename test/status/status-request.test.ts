import { describe, expect, it } from 'vitest';
import { statusRequest } from '../../src/status/status-request.js';

describe('statusRequest', () => {
  it('reads the stream named after `status`, quoted or not, in any case', () => {
    expect(statusRequest('status Web orders')).toBe('Web orders');
    expect(statusRequest('  STATUS   "Web orders" ')).toBe('Web orders');
    expect(statusRequest('status “Web orders”')).toBe('Web orders');
    expect(statusRequest('status')).toBe('');
  });

  it('leaves questions and other words to the advisor', () => {
    expect(statusRequest('status of my stream?')).toBeNull();
    expect(statusRequest('what is the status of Web orders')).toBeNull();
    expect(statusRequest('statuses')).toBeNull();
    expect(statusRequest('Web orders')).toBeNull();
  });
});
