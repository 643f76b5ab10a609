// Time zones as a runner types them: spelled any case, by city, or as an abbreviation.
import { DateTime, IANAZone } from 'luxon';

/**
 * Zones that the IANA database has renamed but Node's ICU still lists under the old
 * name (CLDR keeps old identifiers stable). Both names work; a runner sees and saves
 * the current one.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** A zone under its current IANA name. */
const current = (zone: string): string => RENAMED[zone] ?? zone;

/** The IANA zones this Node knows, by their current canonical names. */
export const knownZones = (): readonly string[] => Intl.supportedValuesOf('timeZone').map(current);

export const systemZone = (): string => current(Intl.DateTimeFormat().resolvedOptions().timeZone);

/**
 * Abbreviations and POSIX-style names that stand for a fixed offset, or for a region's
 * rules without a place: a calendar shows them an hour off for part of the year. Each
 * maps to the real zone a runner most likely means.
 */
const NOT_A_PLACE: Record<string, string> = {
  EST: 'America/New_York',
  EST5EDT: 'America/New_York',
  CST6CDT: 'America/Chicago',
  MST: 'America/Denver',
  MST7MDT: 'America/Denver',
  PST8PDT: 'America/Los_Angeles',
  HST: 'Pacific/Honolulu',
  CET: 'Europe/Paris',
  MET: 'Europe/Paris',
  EET: 'Europe/Athens',
  WET: 'Europe/Lisbon',
};

/** Offset now, in minutes, or undefined for a name luxon does not know. */
const offsetOf = (zone: string, at: DateTime) => (IANAZone.isValidZone(zone) ? at.setZone(zone).offset : undefined);

/** For a fixed-offset zone such as Etc/GMT+5: the system's zone if it has that offset now, else the first known place that does. */
function placeWithOffset(zone: string, at: DateTime): string | undefined {
  const offset = offsetOf(zone, at);
  const system = systemZone();
  if (offsetOf(system, at) === offset && !isFixed(system)) return system;
  return knownZones().find((z) => z.includes('/') && !isFixed(z) && offsetOf(z, at) === offset);
}

const isFixed = (zone: string) => /^(Etc\/)?(GMT|UTC)?[+-]\d{1,2}$/i.test(zone) || zone.toUpperCase() in NOT_A_PLACE;

const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, ' ').trim();

/** Known zones whose city part (or whole name) contains what was typed, the exact city first. */
export function zonesMatching(term: string): string[] {
  const wanted = squash(term);
  if (!wanted) return [];
  const city = (zone: string) => squash(zone.split('/').at(-1)!);
  const zones = knownZones();
  return [...zones.filter((z) => city(z) === wanted), ...zones.filter((z) => city(z) !== wanted && squash(z).includes(wanted))];
}

export type ZoneCheck = { zone: string } | { problem: string };

/**
 * A typed zone in its canonical spelling (`europe/berlin` is `Europe/Berlin`), or why
 * not, with the real zone to use instead where one can be guessed.
 */
export function checkZone(typed: string, at: DateTime = DateTime.now()): ZoneCheck {
  const text = typed.trim();
  if (isFixed(text)) {
    const place = NOT_A_PLACE[text.toUpperCase()] ?? placeWithOffset(text, at);
    return { problem: `"${text}" is a fixed offset, not a place: it ignores summer time${place ? `; use ${place}` : ''}` };
  }
  const exact = knownZones().find((z) => z.toLowerCase() === text.toLowerCase());
  if (exact) return { zone: exact };
  if (text && IANAZone.isValidZone(text)) return { zone: current(new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone) };
  const near = zonesMatching(text).slice(0, 3);
  return { problem: `unknown time zone "${text}"; ${near.length ? `did you mean ${near.join(', ')}?` : 'use a name such as Europe/Berlin or America/New_York'}` };
}

/** The zones for a searchable prompt: the system's zone first, then those matching what is typed. */
export function zoneChoices(term: string | undefined, system: string = systemZone()): string[] {
  const zones = term?.trim() ? zonesMatching(term) : [...knownZones()];
  const first = zones.includes(system) || !term?.trim() ? [system] : [];
  return [...first, ...zones.filter((z) => z !== system)];
}
