/**
 * Countries: ISO 3166-1 alpha-2 codes and the sets that decide the exemptions.
 * Display names come from Intl.DisplayNames in the UI.
 *
 * Sources: EEA = EU 27 + Iceland, Liechtenstein, Norway (EEA Agreement, 'eea-agreement');
 * Switzerland: EU–Swiss agreement on the free movement of persons ('eu-swiss-free-movement');
 * both exempt from work authorisation ('vlaanderen-who-needs-permit', 'brussels-exemptions').
 */

/** Every officially assigned ISO 3166-1 alpha-2 code (249). */
export const countryCodes = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN',
  'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE',
  'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM',
  'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM',
  'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC',
  'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG',
  'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const;
export type CountryCode = (typeof countryCodes)[number];

/** The 27 EU Member States. */
export const euCountries = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const satisfies readonly CountryCode[];

/** EEA: the EU 27 plus Iceland, Liechtenstein and Norway (30). Switzerland is not in the EEA. */
export const eeaCountries = [...euCountries, 'IS', 'LI', 'NO'] as const satisfies readonly CountryCode[];

/**
 * User-assigned code in common use for nationals without an officially assigned code: Kosovo (XK),
 * used by the European Commission. Not an ISO 3166-1 assigned code, so `isCountryCode('XK')` is false.
 */
export const userAssignedNationalityCodes = ['XK'] as const;

const countrySet: ReadonlySet<string> = new Set(countryCodes);
const eeaSet: ReadonlySet<string> = new Set(eeaCountries);
const nationalitySet: ReadonlySet<string> = new Set([...countryCodes, ...userAssignedNationalityCodes]);

/** Officially assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): code is CountryCode {
  return countrySet.has(code);
}

/** An assigned code or a user-assigned nationality code in common use (XK). */
export function isNationalityCode(code: string): boolean {
  return nationalitySet.has(code);
}

/** National of an EEA state (EU 27 + IS, LI, NO): no work authorisation needed. */
export function isEeaNational(code: string): boolean {
  return eeaSet.has(code);
}

/** National of Switzerland: no work authorisation needed. */
export function isSwissNational(code: string): boolean {
  return code === 'CH';
}
