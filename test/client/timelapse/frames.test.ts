import { describe, expect, it } from 'vitest';
import { monthLabel, snapshotPeriods } from '../../../client/timelapse/frames.ts';
import { Player } from '../../../client/timelapse/player.ts';
import { monthlySnapshots } from '../../../server/analytics/compute/warmUp.ts';

describe('time-lapse frames', () => {
  it('asks for exactly the snapshots the server warms, oldest first', () => {
    for (const end of ['2026-11-01', '2026-03-31', '2025-01-01', '2024-02-29']) {
      const server = monthlySnapshots(new Date(`${end}T00:00:00Z`)).reverse();
      expect(snapshotPeriods(end)).toEqual(server);
    }
  });

  it('names each frame by the month of its last day, twelve different months', () => {
    const periods = snapshotPeriods('2026-11-01');
    expect(monthLabel(periods[11]!)).toBe('Oct 2026');
    expect(monthLabel(periods[0]!)).toBe('Nov 2025');
    expect(new Set(periods.map(monthLabel)).size).toBe(12);
  });
});

describe('time-lapse player', () => {
  it('steps within the frames and restarts from the first when played at the end', () => {
    const shown: number[] = [];
    const player = new Player(3, { show: (i) => shown.push(i), changed: () => {} });
    player.go(2);
    player.step(1);
    player.step(-1);
    player.step(-1);
    player.go(2);
    player.play();
    expect(player.playing).toBe(true);
    player.pause();
    expect(shown).toEqual([2, 2, 1, 0, 2, 0]);
    expect(player.playing).toBe(false);
  });
});
