// Vocabulary for signs that content addresses a non-EU audience (docs/decisions/0018): currencies and
// payment rails of non-EU countries, names and demonyms in audience phrases, places in an author's
// location. The Guideline 1 annex counts an EU language as a nexus only when nothing shows the content
// targets a non-EU jurisdiction using the same language; these are such indications. Data only.
// Countries are ISO 3166-1 alpha-2. Deliberately absent: "$" and USD (the currency of crypto everywhere),
// "฿" (written for bitcoin too), and names that are ordinary words ("Maya", "Dana", "Wave", "Pay now").

/** Currency signs written before an amount ("₱500", "R$ 50"), and the country they belong to. */
export const CURRENCY_SIGNS: ReadonlyArray<readonly [string, string]> = [
  ['₱', 'PH'], ['₦', 'NG'], ['₹', 'IN'], ['R$', 'BR'], ['₨', 'PK'], ['Rs.', 'IN'], ['₺', 'TR'], ['₽', 'RU'], ['₴', 'UA'], ['₩', 'KR'], ['₫', 'VN'],
  ['GH₵', 'GH'], ['₵', 'GH'], ['KSh', 'KE'], ['Ksh', 'KE'], ['Rp', 'ID'], ['RM', 'MY'], ['MX$', 'MX'], ['C$', 'CA'], ['A$', 'AU'], ['£', 'GB'],
  ['₸', 'KZ'], ['₾', 'GE'],
];

/**
 * Currency words written after an amount ("5.000 dinara", "100 KM", "3.000 денари"), exact spelling: Western Balkan and
 * eastern neighbours' currencies, whose readers EU-language identifiers take for Croatian or Bulgarian.
 */
export const CURRENCY_WORDS_AFTER: Readonly<Record<string, string>> = {
  dinara: 'RS', dinar: 'RS', dinari: 'RS', 'динара': 'RS', 'динар': 'RS', 'динари': 'RS', KM: 'BA', 'денари': 'MK', 'денара': 'MK', 'денар': 'MK',
  'тенге': 'KZ', 'теңге': 'KZ', 'lekë': 'AL', 'leke': 'AL', 'грн': 'UA', 'гривень': 'UA', 'гривні': 'UA', 'гривен': 'UA', 'рублей': 'RU', 'руб': 'RU', 'рубля': 'RU', 'lira': 'TR', 'TL': 'TR',
};

/** ISO 4217 codes of non-EU currencies, counted next to an amount ("500 PHP", "NGN 20,000"). */
export const CURRENCY_CODES: Readonly<Record<string, string>> = {
  PHP: 'PH', NGN: 'NG', INR: 'IN', BRL: 'BR', PKR: 'PK', KES: 'KE', IDR: 'ID', MYR: 'MY', VND: 'VN', TRY: 'TR', ARS: 'AR', MXN: 'MX', COP: 'CO',
  ZAR: 'ZA', GHS: 'GH', RSD: 'RS', BAM: 'BA', MKD: 'MK', KZT: 'KZ', CHF: 'CH', GEL: 'GE', MDL: 'MD', BYN: 'BY', UZS: 'UZ', AZN: 'AZ', EGP: 'EG', THB: 'TH', UGX: 'UG', TZS: 'TZ', BDT: 'BD', RUB: 'RU', UAH: 'UA', GBP: 'GB', CAD: 'CA', AUD: 'AU', PEN: 'PE', CLP: 'CL',
};

/** Payment methods used in one non-EU country or region (phrase-matcher syntax; "=" keeps the spelling). */
export const NON_EU_PAYMENT_METHODS: ReadonlyArray<readonly [string, string]> = [
  ['GCash', 'PH'], ['PayMaya', 'PH'], ['=UPI', 'IN'], ['Paytm', 'IN'], ['PhonePe', 'IN'], ['=Pix', 'BR'], ['=PIX', 'BR'], ['M-Pesa', 'KE'], ['Mpesa', 'KE'],
  ['OPay', 'NG'], ['PalmPay', 'NG'], ['Easypaisa', 'PK'], ['JazzCash', 'PK'], ['bKash', 'BD'], ['QRIS', 'ID'], ['PromptPay', 'TH'], ['DuitNow', 'MY'],
  ['Mercado Pago', 'AR'], ['Nequi', 'CO'], ['Yape', 'PE'], ['=SPEI', 'MX'], ['Interac', 'CA'], ['Zelle', 'US'], ['Venmo', 'US'], ['Cash App', 'US'],
  ['Orange Money', 'CI'], ['Airtel Money', 'KE'], ['MTN MoMo', 'GH'],
  ['Kaspi', 'KZ'], ['Monobank', 'UA'], ['PrivatBank', 'UA'], ['ПриватБанк', 'UA'], ['Сбербанк', 'RU'], ['=СБП', 'RU'], ['Tinkoff', 'RU'], ['Papara', 'TR'], ['=TWINT', 'CH'],
];

/** Country names and demonyms of non-EU countries where crypto promotion is common; they count in an audience phrase. */
export const NON_EU_NAMES: Readonly<Record<string, readonly string[]>> = {
  PH: ['Philippines', 'Pilipinas', 'Filipino', 'Filipinos', 'Filipina', 'Pinoy', 'Pinoys', 'Pinay'],
  NG: ['Nigeria', 'Nigerian', 'Nigerians', 'Naija'],
  IN: ['India', 'Indian', 'Indians', 'Bharat'],
  BR: ['Brazil', 'Brasil', 'Brazilian', 'Brazilians', 'brasileiro*', 'brasileira*'],
  KE: ['Kenya', 'Kenyan', 'Kenyans'],
  PK: ['Pakistan', 'Pakistani', 'Pakistanis'],
  ID: ['Indonesia', 'Indonesian', 'Indonesians', 'orang Indonesia'],
  MY: ['Malaysia', 'Malaysian', 'Malaysians'],
  VN: ['Vietnam', 'Viet Nam', 'Việt Nam', 'Vietnamese'],
  TR: ['Türkiye', '=Turkey', 'Türkei', 'Turquie', 'Turkish'],
  GH: ['Ghana', 'Ghanaian', 'Ghanaians'],
  ZA: ['South Africa', 'South African', 'South Africans', 'Mzansi'],
  EG: ['Egypt', 'Egyptian', 'Egyptians'],
  MX: ['Mexico', 'México', 'Mexican', 'Mexicans', 'mexicano*'],
  AR: ['Argentina', 'argentino*'],
  CO: ['Colombia', 'colombiano*'],
  PE: ['Peru', 'Perú', 'peruano*'],
  CL: ['=Chile', 'chileno*'],
  US: ['=USA', '=US', 'United States', 'Americans'],
  CA: ['Canada', 'Canadian', 'Canadians'],
  AU: ['Australia', 'Australian', 'Australians', 'Aussie', 'Aussies'],
  GB: ['United Kingdom', '=UK', 'British', 'Brits', 'Großbritannien', 'Grossbritannien', 'Grande-Bretagne', 'Royaume-Uni', 'Reino Unido', 'Regno Unito', 'Verenigd Koninkrijk',
    'Storbritannien', 'Storbritannia', 'Wielka Brytania', 'Wielkiej Brytanii', 'Velká Británie', 'Velké Británii', 'Veľká Británia', 'Veľkej Británii', 'Iso-Britannia', 'Isossa-Britanniassa',
    'Nagy-Britannia', 'Nagy-Britanniában', 'Marea Britanie', 'Velika Britanija', 'Veliki Britaniji', 'Ujedinjeno Kraljevstvo', 'Великобритания', 'Ηνωμένο Βασίλειο'],
  BD: ['Bangladesh', 'Bangladeshi'],
  TH: ['Thailand', 'Thai'],
  AE: ['UAE', 'Emirates', 'Dubai'],
  KZ: ['Kazakhstan', 'Qazaqstan', 'Казахстан', 'Казахстана', 'Казахстане', 'Қазақстан'],
  RS: ['Serbia', 'Srbija', 'Srbiji', 'Srbije', 'Србија', 'Србији', 'Србије'],
  BA: ['Bosnia', 'BiH', 'Bosna', 'Bosni', 'Bosne'],
  MK: ['North Macedonia', 'Makedonija', 'Македонија'],
  AL: ['Albania', 'Shqipëri', 'Shqipëria', 'Shqipërinë'],
  CH: ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Suiza', 'Suíça', 'Zwitserland', 'Szwajcaria', 'Szwajcarii', 'Švýcarsko', 'Švýcarsku', 'Elveția', 'Švicarska', 'Švicarskoj'],
  RU: ['Russia', 'Россия', 'России'],
  VE: ['Venezuela', 'venezolano*', 'venezolana*'],
  AO: ['Angola', 'angolano*', 'angolana*'],
  MZ: ['Moçambique', 'Mocambique', 'Mozambique', 'moçambicano*'],
  MD: ['Moldova', 'Republica Moldova', 'Moldovei', 'moldoveni', 'Moldawien', 'Moldavie', 'Молдова', 'Молдове', 'Молдавия'],
  UA: ['Ukraine', 'Ukraina', 'Ukrainie', 'Україна', 'Україні', 'Украйна', 'Украина', 'Украине'],
  // Danish-speaking outside the EU: Greenland and the Faroe Islands (Danish realm, not EU territory).
  GL: ['Greenland', 'Grønland', 'Grönland', 'Groenland', 'Nuuk'],
  FO: ['Faroe Islands', 'Færøerne', 'Føroyar', 'Färöer', 'Tórshavn', 'Torshavn'],
  SN: ['Sénégal', 'Senegal', 'sénégalais*'],
  CI: ["Côte d'Ivoire", 'ivoirien*'],
  CM: ['Cameroun', 'Cameroon', 'camerounais*'],
  MA: ['Maroc', 'Morocco', 'marocain*'],
  // Dutch-speaking outside the EU: Suriname, and Aruba, Curaçao and Sint Maarten (overseas countries, not EU territory).
  SR: ['Suriname', 'Surinamers', 'Surinaamse', 'Paramaribo'],
  AW: ['Aruba'],
  CW: ['Curaçao', 'Curacao'],
  SX: ['Sint Maarten'],
  // Regions outside the EU, as audiences are named in posts ("mes abonnés d'Afrique de l'Ouest", "para Latinoamérica").
  // Not a country: a code of their own, with the EU languages written there (EU_LANGUAGES_OF_COUNTRY).
  'AFRICA': ['Africa', 'West Africa', 'East Africa', 'Afrique', "Afrique de l'Ouest", "Afrique de l'Est", 'Afrique francophone', 'África', 'Afrika', 'Westafrika'],
  'LATAM': ['Latin America', 'América Latina', 'Latinoamérica', 'Latinoamerica', 'Lateinamerika', 'Amérique latine', 'LatAm', 'Hispanoamérica'],
  'ASIA': ['Asia', 'Southeast Asia', 'South Asia', 'Asie', 'Asien', 'Ásia', 'Sudeste Asiático'],
  'MENA': ['Middle East', 'MENA', 'Moyen-Orient', 'Oriente Medio', 'Oriente Médio', 'Naher Osten', 'GCC'],
};

/** In-group words that name a non-EU audience on their own ("mga kababayan", "Naija"). */
export const NON_EU_AUDIENCE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['kabayan', 'PH'], ['kababayan', 'PH'], ['Pinoy', 'PH'], ['Pinoys', 'PH'], ['Naija', 'NG'], ['Mzansi', 'ZA'],
  // A local currency named without an amount ("comprar USDT con bolívares", "negociar com kwanzas").
  ['bolívares', 'VE'], ['bolivares', 'VE'], ['kwanzas', 'AO'], ['kwanza', 'AO'], ['meticais', 'MZ'], ['naira', 'NG'], ['cedis', 'GH'], ['rupees', 'IN'],
];

/** Large cities people give as their location (author location and bio), with their country. */
export const NON_EU_CITIES: Readonly<Record<string, readonly string[]>> = {
  VE: ['Caracas', 'Maracaibo'], AO: ['Luanda'], MZ: ['Maputo'], SN: ['Dakar'], CI: ['Abidjan'], CM: ['Douala', 'Yaoundé'], MA: ['Casablanca', 'Rabat'],
  PH: ['Manila', 'Quezon City', 'Cebu', 'Davao', 'Makati'], NG: ['Lagos', 'Abuja', 'Port Harcourt', 'Ibadan'], IN: ['Mumbai', 'Delhi', 'New Delhi', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Chennai', 'Kolkata', 'Pune'],
  BR: ['São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Brasília', 'Belo Horizonte'], KE: ['Nairobi', 'Mombasa'], PK: ['Karachi', 'Lahore', 'Islamabad'],
  ID: ['Jakarta', 'Surabaya', 'Bandung'], MY: ['Kuala Lumpur'], VN: ['Hanoi', 'Ho Chi Minh City', 'Saigon'], TR: ['Istanbul', 'İstanbul', 'Ankara'],
  GH: ['Accra', 'Kumasi'], ZA: ['Johannesburg', 'Cape Town', 'Durban'], EG: ['Cairo'], MX: ['Mexico City', 'Ciudad de México', 'Guadalajara', 'Monterrey'],
  AR: ['Buenos Aires'], CO: ['Bogotá', 'Bogota', 'Medellín', 'Medellin'], US: ['New York', 'Los Angeles', 'San Francisco', 'Miami', 'Chicago'],
  GB: ['London', 'Manchester'], AE: ['Dubai', 'Abu Dhabi'], SG: ['Singapore'], HK: ['Hong Kong'], TH: ['Bangkok'], MD: ['Chișinău', 'Chişinău', 'Chisinau', 'Кишинёв'],
};

/**
 * Languages of each country above that are also EU official languages: content in one of them addressed
 * to that country has a non-EU audience the annex exempts ("Portuguese for Brazil").
 */
export const EU_LANGUAGES_OF_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  BR: ['pt'], AO: ['pt'], MZ: ['pt'], VE: ['es'], MX: ['es'], AR: ['es'], CO: ['es'], PE: ['es'], CL: ['es'], US: ['en', 'es'], CA: ['en', 'fr'], CI: ['fr'],
  GL: ['da'], FO: ['da'], SN: ['fr'], CM: ['fr'], MA: ['fr'], DZ: ['fr'], TN: ['fr'], SR: ['nl'], AW: ['nl'], CW: ['nl'], SX: ['nl'], CH: ['de', 'fr', 'it'], AU: ['en'], GB: ['en'], PH: ['en'], NG: ['en'], IN: ['en'],
  KE: ['en'], GH: ['en'], ZA: ['en'], PK: ['en'], SG: ['en'], AE: ['en'],
  // Bosnian and Serbian in Latin letters are read as Croatian, Macedonian as Bulgarian (identify-language.ts): a post
  // paid in dinars or marks addresses Serbia or Bosnia whatever the identifier said. Moldova writes Romanian.
  RS: ['hr'], BA: ['hr'], ME: ['hr'], MK: ['bg'], MD: ['ro'],
  AFRICA: ['en', 'fr', 'pt'], LATAM: ['es', 'pt'], ASIA: ['en'], MENA: ['en', 'fr'],
};

/**
 * Field labels of ad-library and listing pages before the country an ad is shown in ("Localização: Brasil",
 * "Location: Nigeria", "Zielregion: Schweiz"): a non-EU place after one is the audience. Folded, matched at a line start.
 */
export const LOCATION_LABELS: readonly string[] = [
  'location', 'locations', 'target location', 'target locations', 'targeting', 'target country', 'country', 'countries', 'region', 'market', 'audience location',
  'localização', 'localizacao', 'localización', 'localizacion', 'ubicación', 'ubicacion', 'país', 'pais', 'países', 'paises', 'región', 'region', 'região', 'regiao',
  'standort', 'land', 'länder', 'zielland', 'zielregion', 'pays', 'localisation', 'zone', 'paese', 'località', 'localita', 'lokalizacja', 'kraj', 'locatie',
  // an ad library's delivery line ("Angezeigt in: Schweiz", "Shown in: Brazil")
  'shown in', 'ad shown in', 'displayed in', 'delivered in', 'angezeigt in', 'ausgespielt in', 'affiché en', 'affichée en', 'diffusé en', 'mostrado en', 'mostrada en',
  'mostrato in', 'mostrata in', 'exibido em', 'exibida em', 'weergegeven in', 'getoond in', 'wyświetlane w', 'wyświetlana w', 'zobrazeno v', 'visad i', 'vist i',
];
