// "EU nexus": is the promotion aimed at EU clients? (Guideline 1 annex, Section 6 §36): the countries
// and languages cases point at, localised links (country TLDs, locale paths, app-store countries) and
// how far geo-targeted ads reached into each EEA country.
import { INDICATORS } from '../../pipelines/indicators/indicator-codes.ts';
import { EEA_ONLY_COUNTRIES, EU_COUNTRIES } from '../../pipelines/links/eu-countries.ts';
import type { DashboardSpec, VisSpec } from './kibana-objects.ts';

const PERSONS = { type: 'cardinality', field: 'enrichment.personKey', label: 'Persons' } as const;

/** MiCA is EEA-relevant, so reach is shown for the EU 27 and Iceland, Liechtenstein, Norway. */
export const REACH_COUNTRIES: readonly string[] = [...EU_COUNTRIES, ...EEA_ONLY_COUNTRIES];

const nexusCodes = Object.entries(INDICATORS).filter(([, d]) => d.group === 'nexus');

export const caseCountries: VisSpec = {
  id: 'rsmon-vis-eu-case-countries',
  title: 'EU countries targeted (cases)',
  description: "Cases per EU country of their nexus (ad targeting, country TLD or path, phone, the person's country, country mentions).",
  dataView: 'cases',
  type: 'horizontal_bar',
  metrics: [{ type: 'count', label: 'Cases' }],
  buckets: [{ agg: { type: 'terms', field: 'euNexus.countries.country', size: 30, label: 'Country' }, schema: 'segment' }],
};

export const nexusIndicators: VisSpec = {
  id: 'rsmon-vis-eu-nexus-indicators',
  title: 'EU nexus indicators',
  description: 'Items and persons per EU-nexus indicator, labelled with the paragraph it rests on.',
  dataView: 'items',
  type: 'table',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [
    {
      agg: {
        type: 'filters',
        label: 'Paragraph · indicator',
        filters: nexusCodes.map(([code, d]) => ({ label: `${d.guideline} · ${code}`, kql: `enrichment.indicators.code : "${code}"` })),
      },
      schema: 'bucket',
    },
  ],
};

export const itemLanguages: VisSpec = {
  id: 'rsmon-vis-eu-languages',
  title: 'Languages of items promoting a firm',
  description: 'Detected language of items carrying any indicator; an EU official language other than English is a nexus (G1 annex).',
  dataView: 'items',
  type: 'pie',
  kql: 'enrichment.indicators.code : *',
  metrics: [{ type: 'count', label: 'Items' }],
  buckets: [{ agg: { type: 'terms', field: 'enrichment.language.code', size: 12, label: 'Language' }, schema: 'segment' }],
};

export const tldCountries: VisSpec = {
  id: 'rsmon-vis-eu-tld-countries',
  title: 'Country TLDs of links',
  description: 'Country-code top-level domains of links (e.g. binance.fr -> FR) and the domains that carry them.',
  dataView: 'items',
  type: 'table',
  kql: 'enrichment.links.geo.tldCountry : *',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [
    { agg: { type: 'terms', field: 'enrichment.links.geo.tldCountry', size: 30, label: 'TLD country' }, schema: 'bucket' },
    { agg: { type: 'terms', field: 'enrichment.links.domain', size: 5, label: 'Domain' }, schema: 'bucket' },
  ],
};

export const pathLocales: VisSpec = {
  id: 'rsmon-vis-eu-path-locales',
  title: 'Localised link paths',
  description: 'Locales in link paths (/fr/, /de-DE/): the firm site in an EU language or for an EU country.',
  dataView: 'items',
  type: 'table',
  kql: 'enrichment.links.geo.pathLocale : *',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [{ agg: { type: 'terms', field: 'enrichment.links.geo.pathLocale', size: 30, label: 'Path locale' }, schema: 'bucket' }],
};

export const langParams: VisSpec = {
  id: 'rsmon-vis-eu-lang-params',
  title: 'Language parameters of links',
  description: 'Locale query parameters of links (?lang=de, ?locale=fr_FR).',
  dataView: 'items',
  type: 'table',
  kql: 'enrichment.links.geo.langParam : *',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [{ agg: { type: 'terms', field: 'enrichment.links.geo.langParam', size: 30, label: 'Language parameter' }, schema: 'bucket' }],
};

export const appStoreCountries: VisSpec = {
  id: 'rsmon-vis-eu-app-store-countries',
  title: 'App-store countries of links',
  description: 'Country storefronts of app links (apps.apple.com/fr/..., play.google.com ...&gl=DE).',
  dataView: 'items',
  type: 'table',
  kql: 'enrichment.links.geo.appStoreCountry : *',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [{ agg: { type: 'terms', field: 'enrichment.links.geo.appStoreCountry', size: 30, label: 'Store country' }, schema: 'bucket' }],
};

export const adReachByCountry: VisSpec = {
  id: 'rsmon-vis-eu-ad-reach-by-country',
  title: 'Geo-targeted ads: reach by EEA country',
  description: 'Summed delivery of ads per EEA country, from the ad libraries\' per-country reach (ad.reachByCountry.<CC>).',
  dataView: 'items',
  type: 'metric',
  kql: 'kind : "ad"',
  metrics: REACH_COUNTRIES.map((c) => ({ type: 'sum', field: `ad.reachByCountry.${c}`, label: c }) as const),
  buckets: [],
};

export const adTargetLocations: VisSpec = {
  id: 'rsmon-vis-eu-ad-target-locations',
  title: 'Ads by targeted location',
  description: 'Ads per targeted location with their total EU reach; an ad targeting several countries counts under each.',
  dataView: 'items',
  type: 'table',
  kql: 'kind : "ad"',
  metrics: [
    { type: 'count', label: 'Ads' },
    { type: 'sum', field: 'ad.euTotalReach', label: 'EU reach of these ads' },
    PERSONS,
  ],
  buckets: [{ agg: { type: 'terms', field: 'ad.targetLocations', size: 30, label: 'Targeted location' }, schema: 'bucket' }],
};

export const euPhones: VisSpec = {
  id: 'rsmon-vis-eu-phones',
  title: 'EU phone numbers by country',
  description: 'Items giving a phone number with an EU country code (S6 §36).',
  dataView: 'items',
  type: 'table',
  kql: 'enrichment.phones.eu : true',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [{ agg: { type: 'terms', field: 'enrichment.phones.country', size: 30, label: 'Country' }, schema: 'bucket' }],
};

export const nexusTimeline: VisSpec = {
  id: 'rsmon-vis-eu-timeline',
  title: 'Timeline: EU nexus signals',
  description: 'Items per publication date carrying each EU-nexus indicator.',
  dataView: 'items',
  type: 'histogram',
  stacked: true,
  metrics: [{ type: 'count', label: 'Items' }],
  buckets: [
    { agg: { type: 'date_histogram', field: 'publishedAt', label: 'Published' }, schema: 'segment' },
    {
      agg: { type: 'filters', filters: nexusCodes.map(([code]) => ({ label: code, kql: `enrichment.indicators.code : "${code}"` })) },
      schema: 'group',
    },
  ],
};

export const euNexusDashboard: DashboardSpec = {
  id: 'rsmon-dashboard-eu-nexus',
  title: 'EU nexus',
  description:
    'Is the promotion aimed at EU clients? Countries, languages, localised links and geo-targeted ad reach (ESMA guidelines: Guideline 1 annex, Section 6 §36).',
  timeFrom: 'now-90d',
  rows: [
    { height: 15, panels: [{ vis: caseCountries, w: 16 }, { vis: nexusIndicators, w: 16 }, { vis: itemLanguages, w: 16 }] },
    {
      height: 15,
      panels: [
        { vis: tldCountries, w: 12 },
        { vis: pathLocales, w: 12 },
        { vis: langParams, w: 12 },
        { vis: appStoreCountries, w: 12 },
      ],
    },
    { height: 14, panels: [{ vis: adReachByCountry, w: 48 }] },
    { height: 15, panels: [{ vis: adTargetLocations, w: 24 }, { vis: euPhones, w: 24 }] },
    { height: 14, panels: [{ vis: nexusTimeline, w: 48 }] },
  ],
};
