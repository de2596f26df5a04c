import { describe, expect, it } from 'vitest';
import { announce, createShiftCounter } from './shiftCounter';

describe('quick-exit Shift counter', () => {
  it('triggers on the third press within five seconds and says so', () => {
    const c = createShiftCounter();
    expect(announce(c.press(0))).toBe('Shift, press 2 more times to exit.');
    expect(announce(c.press(1000))).toBe('Shift, press 1 more time to exit.');
    const third = c.press(4999);
    expect(third.triggered).toBe(true);
    expect(announce(third)).toBe('Exit this page activated.');
  });

  it('does not trigger when the presses are spread over more than five seconds', () => {
    const c = createShiftCounter();
    c.press(0);
    c.press(3000);
    const late = c.press(5000); // the first press has expired
    expect(late.triggered).toBe(false);
    expect(late.count).toBe(2);
  });

  it('starts again when another key is pressed in between (typing capitals)', () => {
    const c = createShiftCounter();
    c.press(0);
    c.press(100);
    c.reset();
    expect(c.press(200)).toMatchObject({ count: 1, triggered: false });
  });

  it('needs three fresh presses after it has triggered', () => {
    const c = createShiftCounter();
    c.press(0);
    c.press(1);
    c.press(2);
    expect(c.press(3).triggered).toBe(false);
  });
});
