/** The lifecycle the explorer's views share: follow the store, one request at a time, all stopped on unmount. */
import { describe, expect, it } from 'vitest';
import { LatestRequest, ViewLifecycle } from '../../../client/shell/viewLifecycle.ts';
import { Store } from '../../../client/state/store.ts';

describe('ViewLifecycle', () => {
  it('calls the view with the state at once, then on every change, and no more after unmount', () => {
    const store = new Store({ window: '90d' });
    const seen: Array<[string, string | undefined]> = [];
    const life = new ViewLifecycle<{ window: string }>(() => {});
    life.follow(store, (state, previous) => seen.push([state.window, previous?.window]));
    store.update({ window: '30d' });
    life.unmount();
    store.update({ window: '365d' });
    expect(seen).toEqual([
      ['90d', undefined],
      ['30d', '90d'],
    ]);
  });

  it('aborts the request in flight and releases the view once on unmount', () => {
    let released = 0;
    const life = new ViewLifecycle<object>(() => released++);
    life.follow(new Store({}), () => {});
    const signal = life.requests.next();
    life.unmount();
    expect(signal.aborted).toBe(true);
    expect(released).toBe(1);
  });
});

describe('LatestRequest', () => {
  it('aborts the request before when a new one starts, and leaves the new one running', () => {
    const requests = new LatestRequest();
    const first = requests.next();
    const second = requests.next();
    expect([first.aborted, second.aborted]).toEqual([true, false]);
    requests.abort();
    expect(second.aborted).toBe(true);
  });
});
