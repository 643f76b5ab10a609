import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { durable, tempHome } from './run.js';

describe('durable export', () => {
  test('writes the file, replacing an old one whole, and says what it wrote', () => {
    const home = tempHome();
    const out = join(home, 'plan.ics');
    writeFileSync(out, 'old calendar');
    const { status, stdout, stderr } = durable(['export', '--out', out, '--weeks', '2'], { home });
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Wrote 12 events \(2 weeks from 2026-11-23\) to .*plan\.ics\.\n$/);
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(readdirSync(home).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test("uses the profile's time zone and training time; flags override them", () => {
    const home = tempHome();
    durable(['init', '--yes', '--tz', 'America/New_York', '--time', '18:30'], { home });
    expect(durable(['export'], { home }).stdout).toMatch(/^DTSTART;TZID=America\/New_York:20261124T183000\r$/m);
    const overridden = durable(['export', '--tz', 'Asia/Tokyo', '--time', '06:15'], { home }).stdout;
    expect(overridden).toMatch(/^DTSTART;TZID=Asia\/Tokyo:20261124T061500\r$/m);
    expect(overridden).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo');
  });

  test('a re-export cancels a day that stopped being a training day, so the calendar drops its old event', () => {
    const home = tempHome();
    const out = join(home, 'plan.ics');
    durable(['init', '--yes', '--level', 'intermediate', '--run-days', '4', '--tz', 'Europe/Berlin'], { home });
    expect(durable(['export', '--out', out, '--weeks', '1'], { home }).status).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(first).not.toContain('STATUS:CANCELLED');
    // The long run moves to Saturday, and with it the rest day after it: Sunday's session is gone.
    const { status, stderr } = durable(['export', '--out', out, '--weeks', '1', '--long-run-day', 'saturday'], { home });
    expect(status).toBe(0);
    const again = readFileSync(out, 'utf8');
    const uids = (text: string, cancelled: boolean) =>
      text
        .split('BEGIN:VEVENT')
        .slice(1)
        .filter((e) => e.includes('STATUS:CANCELLED') === cancelled)
        .map((e) => /UID:(\S+)/.exec(e)![1]);
    const gone = uids(first, false).filter((uid) => !uids(again, false).includes(uid));
    expect(gone.length).toBeGreaterThan(0);
    expect(uids(again, true)).toEqual(gone);
    expect(stderr).toMatch(new RegExp(`and ${gone.length} cancelled days? that an earlier export had`));
  });

  test.each([
    [['--alarm', '-5'], /expected a whole number from 0 to 1440/],
    [['--tz', 'Mars/Olympus'], /unknown time zone "Mars\/Olympus"/],
    [['--time', '13pm'], /expected a time such as 07:00, 7am or 6:30pm/],
    [['--tz', 'EST'], /"EST" is a fixed offset, not a place: it ignores summer time; use America\/New_York/],
    [['--weeks', '0'], /expected a whole number from 1 to 104/],
    [['--out', '/no/such/folder/plan.ics'], /\/no\/such\/folder\/plan\.ics: no such folder/],
    [['--out', '.'], /is a folder/],
  ])('refuses %j with exit code 2, leaving an existing file alone', (args, message) => {
    const home = tempHome();
    const out = join(home, 'plan.ics');
    writeFileSync(out, 'old calendar');
    const { status, stderr } = durable(['export', ...(args.includes('--out') ? [] : ['--out', out]), ...args], { home, cwd: home });
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(readFileSync(out, 'utf8')).toBe('old calendar');
    expect(existsSync('/no/such')).toBe(false);
  });
});
