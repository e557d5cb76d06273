import { describe, expect, test } from 'vitest';
import { arrivalAction, urlWithoutFragment } from './arrival';

describe('opening a share link', () => {
  test('opens at once when nothing was autosaved, asks when saved work differs', () => {
    expect(arrivalAction(undefined, 'example', 'shared')).toBe('open');
    expect(arrivalAction('my work', 'my work', 'shared')).toBe('ask');
    expect(arrivalAction('shared', 'shared', 'shared')).toBe('already-open');
    expect(arrivalAction('shared', 'other', 'shared')).toBe('open');
  });

  test('the fragment is dropped, the rest of the address kept', () => {
    expect(urlWithoutFragment('http://127.0.0.1:4173/app/?x=1#share=abc')).toBe('http://127.0.0.1:4173/app/?x=1');
    expect(urlWithoutFragment('http://h/')).toBe('http://h/');
  });
});
