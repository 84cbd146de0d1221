import { describe, expect, it } from 'vitest';
import { describeShareError } from '../../../src/renderer/lib/screen-share-errors';

const dom = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('why a screen share did not start', () => {
  it('says nothing when the host closed the picker', () => {
    expect(describeShareError(dom('NotAllowedError', 'Permission denied'))).toEqual({ kind: 'cancelled' });
    expect(describeShareError(dom('AbortError'))).toEqual({ kind: 'cancelled' });
  });

  it('tells the host how to allow screen recording when the system refused it', () => {
    const problem = describeShareError(dom('NotAllowedError', 'Permission denied by system'));
    expect(problem).toMatchObject({ kind: 'blocked', message: expect.stringContaining('Screen & System Audio Recording') as unknown });
  });

  it('names a missing surface, a protected window and an unsupported browser', () => {
    expect(describeShareError(dom('NotFoundError')).kind).toBe('nothing');
    expect(describeShareError(dom('NotReadableError')).kind).toBe('busy');
    expect(describeShareError(new TypeError('getDisplayMedia is not a function')).kind).toBe('unsupported');
    expect(describeShareError(dom('NotSupportedError')).kind).toBe('unsupported');
  });

  it('keeps the browser’s own name for anything else', () => {
    expect(describeShareError(dom('InvalidStateError', 'x'))).toEqual({ kind: 'other', message: expect.stringContaining('InvalidStateError') as unknown });
    expect(describeShareError('boom')).toEqual({ kind: 'other', message: expect.stringContaining('boom') as unknown });
  });
});
