import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import timezones from 'timezones.json';

/**
 * Windows time-zone ids (as Outlook and Exchange write them in TZID) and the IANA zone each
 * stands for: CLDR's windowsZones mapping for the zone's main region ("001"), as the
 * `windows-iana` package ships it.
 */
export const WINDOWS_ZONES: Readonly<Record<string, string>> = Object.fromEntries(
  WINDOWS_TO_IANA_MAP.filter((m) => m.territory === '001').map((m) => [m.windowsName, m.iana[0]]),
);

/**
 * The display names Windows writes (its time-zone settings, `tzutil /l`), each with its Windows
 * id. The `timezones.json` list adds older spellings; where the two differ, these win.
 */
export const WINDOWS_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  'International Date Line West': 'Dateline Standard Time',
  'Coordinated Universal Time-11': 'UTC-11',
  Hawaii: 'Hawaiian Standard Time',
  Alaska: 'Alaskan Standard Time',
  'Baja California': 'Pacific Standard Time (Mexico)',
  'Pacific Time (US & Canada)': 'Pacific Standard Time',
  Arizona: 'US Mountain Standard Time',
  'La Paz, Mazatlan': 'Mountain Standard Time (Mexico)',
  'Chihuahua, La Paz, Mazatlan': 'Mountain Standard Time (Mexico)',
  'Mountain Time (US & Canada)': 'Mountain Standard Time',
  'Central America': 'Central America Standard Time',
  'Central Time (US & Canada)': 'Central Standard Time',
  'Guadalajara, Mexico City, Monterrey': 'Central Standard Time (Mexico)',
  Saskatchewan: 'Canada Central Standard Time',
  'Bogota, Lima, Quito, Rio Branco': 'SA Pacific Standard Time',
  'Bogota, Lima, Quito': 'SA Pacific Standard Time',
  'Eastern Time (US & Canada)': 'Eastern Standard Time',
  'Indiana (East)': 'US Eastern Standard Time',
  Asuncion: 'Paraguay Standard Time',
  'Atlantic Time (Canada)': 'Atlantic Standard Time',
  Caracas: 'Venezuela Standard Time',
  Cuiaba: 'Central Brazilian Standard Time',
  'Georgetown, La Paz, Manaus, San Juan': 'SA Western Standard Time',
  Santiago: 'Pacific SA Standard Time',
  Newfoundland: 'Newfoundland Standard Time',
  Brasilia: 'E. South America Standard Time',
  'Cayenne, Fortaleza': 'SA Eastern Standard Time',
  'City of Buenos Aires': 'Argentina Standard Time',
  'Buenos Aires': 'Argentina Standard Time',
  Greenland: 'Greenland Standard Time',
  Montevideo: 'Montevideo Standard Time',
  Salvador: 'Bahia Standard Time',
  'Coordinated Universal Time-02': 'UTC-02',
  Azores: 'Azores Standard Time',
  'Cabo Verde Is.': 'Cape Verde Standard Time',
  'Cape Verde Is.': 'Cape Verde Standard Time',
  'Coordinated Universal Time': 'UTC',
  'Monrovia, Reykjavik': 'Greenwich Standard Time',
  Casablanca: 'Morocco Standard Time',
  'Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna': 'W. Europe Standard Time',
  'Belgrade, Bratislava, Budapest, Ljubljana, Prague': 'Central Europe Standard Time',
  'Brussels, Copenhagen, Madrid, Paris': 'Romance Standard Time',
  'Sarajevo, Skopje, Warsaw, Zagreb': 'Central European Standard Time',
  'West Central Africa': 'W. Central Africa Standard Time',
  'Athens, Bucharest': 'GTB Standard Time',
  Beirut: 'Middle East Standard Time',
  Cairo: 'Egypt Standard Time',
  Chisinau: 'E. Europe Standard Time',
  Damascus: 'Syria Standard Time',
  'Harare, Pretoria': 'South Africa Standard Time',
  'Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius': 'FLE Standard Time',
  'Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius': 'FLE Standard Time',
  Jerusalem: 'Israel Standard Time',
  Kaliningrad: 'Kaliningrad Standard Time',
  Tripoli: 'Libya Standard Time',
  Windhoek: 'Namibia Standard Time',
  Amman: 'Jordan Standard Time',
  Baghdad: 'Arabic Standard Time',
  Istanbul: 'Turkey Standard Time',
  'Kuwait, Riyadh': 'Arab Standard Time',
  Nairobi: 'E. Africa Standard Time',
  Tehran: 'Iran Standard Time',
  'Abu Dhabi, Muscat': 'Arabian Standard Time',
  Baku: 'Azerbaijan Standard Time',
  'Port Louis': 'Mauritius Standard Time',
  Tbilisi: 'Georgian Standard Time',
  Yerevan: 'Caucasus Standard Time',
  Kabul: 'Afghanistan Standard Time',
  'Ashgabat, Tashkent': 'West Asia Standard Time',
  'Islamabad, Karachi': 'Pakistan Standard Time',
  'Chennai, Kolkata, Mumbai, New Delhi': 'India Standard Time',
  'Sri Jayawardenepura': 'Sri Lanka Standard Time',
  Kathmandu: 'Nepal Standard Time',
  Astana: 'Central Asia Standard Time',
  Dhaka: 'Bangladesh Standard Time',
  'Yangon (Rangoon)': 'Myanmar Standard Time',
  'Bangkok, Hanoi, Jakarta': 'SE Asia Standard Time',
  Krasnoyarsk: 'North Asia Standard Time',
  Novosibirsk: 'N. Central Asia Standard Time',
  'Beijing, Chongqing, Hong Kong, Urumqi': 'China Standard Time',
  Irkutsk: 'North Asia East Standard Time',
  'Kuala Lumpur, Singapore': 'Singapore Standard Time',
  Perth: 'W. Australia Standard Time',
  Taipei: 'Taipei Standard Time',
  Ulaanbaatar: 'Ulaanbaatar Standard Time',
  Seoul: 'Korea Standard Time',
  Yakutsk: 'Yakutsk Standard Time',
  Adelaide: 'Cen. Australia Standard Time',
  Darwin: 'AUS Central Standard Time',
  Brisbane: 'E. Australia Standard Time',
  'Canberra, Melbourne, Sydney': 'AUS Eastern Standard Time',
  'Guam, Port Moresby': 'West Pacific Standard Time',
  Hobart: 'Tasmania Standard Time',
  Vladivostok: 'Vladivostok Standard Time',
  Magadan: 'Magadan Standard Time',
  Sakhalin: 'Sakhalin Standard Time',
  'Solomon Is., New Caledonia': 'Central Pacific Standard Time',
  'Auckland, Wellington': 'New Zealand Standard Time',
  'Coordinated Universal Time+12': 'UTC+12',
  Fiji: 'Fiji Standard Time',
  "Nuku'alofa": 'Tonga Standard Time',
  Samoa: 'Samoa Standard Time',
  'Aleutian Islands': 'Aleutian Standard Time',
  'Marquesas Islands': 'Marquesas Standard Time',
  'Coordinated Universal Time-09': 'UTC-09',
  'Coordinated Universal Time-08': 'UTC-08',
  Yukon: 'Yukon Standard Time',
  'Easter Island': 'Easter Island Standard Time',
  Chetumal: 'Eastern Standard Time (Mexico)',
  Haiti: 'Haiti Standard Time',
  Havana: 'Cuba Standard Time',
  'Turks and Caicos': 'Turks And Caicos Standard Time',
  Araguaina: 'Tocantins Standard Time',
  'Punta Arenas': 'Magallanes Standard Time',
  'Saint Pierre and Miquelon': 'Saint Pierre Standard Time',
  'Sao Tome': 'Sao Tome Standard Time',
  'Gaza, Hebron': 'West Bank Standard Time',
  Juba: 'South Sudan Standard Time',
  Khartoum: 'Sudan Standard Time',
  Minsk: 'Belarus Standard Time',
  'Moscow, St. Petersburg': 'Russian Standard Time',
  'Moscow, St. Petersburg, Volgograd': 'Russian Standard Time',
  'Astrakhan, Ulyanovsk': 'Astrakhan Standard Time',
  'Izhevsk, Samara': 'Russia Time Zone 3',
  Saratov: 'Saratov Standard Time',
  Volgograd: 'Volgograd Standard Time',
  Ekaterinburg: 'Ekaterinburg Standard Time',
  Qyzylorda: 'Qyzylorda Standard Time',
  Omsk: 'Omsk Standard Time',
  'Barnaul, Gorno-Altaysk': 'Altai Standard Time',
  Hovd: 'W. Mongolia Standard Time',
  Tomsk: 'Tomsk Standard Time',
  Eucla: 'Aus Central W. Standard Time',
  Chita: 'Transbaikal Standard Time',
  'Osaka, Sapporo, Tokyo': 'Tokyo Standard Time',
  Pyongyang: 'North Korea Standard Time',
  'Lord Howe Island': 'Lord Howe Standard Time',
  'Bougainville Island': 'Bougainville Standard Time',
  Chokurdakh: 'Russia Time Zone 10',
  'Norfolk Island': 'Norfolk Standard Time',
  'Anadyr, Petropavlovsk-Kamchatsky': 'Russia Time Zone 11',
  'Chatham Islands': 'Chatham Islands Standard Time',
  'Coordinated Universal Time+13': 'UTC+13',
  'Kiritimati Island': 'Line Islands Standard Time',
  'Dublin, Edinburgh, Lisbon, London': 'GMT Standard Time',
  'Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London': 'GMT Standard Time',
  'Greenwich Mean Time: Dublin, Edinburgh, Lisbon, London': 'GMT Standard Time',
};

/** The part of a display name after its offset: "(UTC-05:00) Eastern Time (US & Canada)" → "eastern time (us & canada)". */
export function displayNameKey(name: string): string {
  return name
    .replace(/^\s*\((?:UTC|GMT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\)\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const BY_DISPLAY_NAME = new Map<string, string>();
for (const [name, id] of Object.entries(WINDOWS_DISPLAY_NAMES))
  BY_DISPLAY_NAME.set(name.toLowerCase(), id);
for (const t of timezones) {
  // The list also carries summer-time names Windows never writes ("Eastern Daylight Time"); only ids CLDR knows count.
  if (WINDOWS_ZONES[t.value]) BY_DISPLAY_NAME.set(displayNameKey(t.text), t.value);
}

/** The Windows zone id a display name such as "(UTC-03:00) Brasilia" stands for, or null. */
export function windowsIdOfDisplayName(name: string): string | null {
  return BY_DISPLAY_NAME.get(displayNameKey(name)) ?? null;
}
