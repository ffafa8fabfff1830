// "Guideline 2: persons soliciting": who acts on behalf of which third-country firm, on what
// evidence (ESMA reverse-solicitation guidelines, Guideline 2 §20 indicators).
//
// Items and cases map their object arrays as plain objects (not nested, see the templates' _meta), so a
// terms aggregation on one array field inside a query on another counts every element of a matching
// item. Where that would mislead (indicator codes vs their paragraph) the panels use one filters bucket
// per code instead of two nested terms.
import { INDICATORS } from '../../pipelines/indicators/indicator-codes.ts';
import type { DashboardSpec, VisSpec } from './kibana-objects.ts';

const PERSONS = { type: 'cardinality', field: 'enrichment.personKey', label: 'Persons' } as const;

/** Codes that show a person acting for a firm (G2 §20): the items whose disclosure rate matters. */
const ACTING_CODES = Object.entries(INDICATORS)
  .filter(([, d]) => d.group === 'acting' && d.guideline === 'G2 §20')
  .map(([code]) => code)
  .filter((c) => c !== 'disclosure');

const kqlAnyOf = (field: string, values: string[]) => `${field} : (${values.map((v) => `"${v}"`).join(' or ')})`;

export const casesByLevel: VisSpec = {
  id: 'rsmon-vis-g2-cases-by-level',
  title: 'Cases by level',
  description: 'Person x firm cases by scoring level (none = only counter-indications).',
  dataView: 'cases',
  type: 'pie',
  metrics: [{ type: 'count', label: 'Cases' }],
  buckets: [{ agg: { type: 'terms', field: 'level', size: 4, label: 'Level' }, schema: 'segment' }],
};

export const casesToReview: VisSpec = {
  id: 'rsmon-vis-g2-cases-to-review',
  title: 'Cases at medium or high',
  description: 'Cases whose score reached medium or high, and how many distinct persons and firms they involve.',
  dataView: 'cases',
  type: 'metric',
  kql: kqlAnyOf('level', ['medium', 'high']),
  metrics: [
    { type: 'count', label: 'Cases' },
    { type: 'cardinality', field: 'personKey', label: 'Persons' },
    { type: 'cardinality', field: 'firmId', label: 'Firms' },
  ],
  buckets: [],
};

export const disclosureRate: VisSpec = {
  id: 'rsmon-vis-g2-disclosure-rate',
  title: 'Disclosure rate of promotional items',
  description:
    'Share of items with a G2 §20 means of access or deal (referral/app/site link, promo code or offer) that disclose sponsorship, affiliation or paid placement.',
  dataView: 'items',
  type: 'pie',
  kql: kqlAnyOf('enrichment.indicators.code', ACTING_CODES),
  metrics: [{ type: 'count', label: 'Items' }],
  buckets: [
    {
      agg: {
        type: 'filters',
        filters: [
          { label: 'discloses', kql: 'enrichment.disclosures.kind : *' },
          { label: 'no disclosure', kql: 'not enrichment.disclosures.kind : *' },
        ],
      },
      schema: 'segment',
    },
  ],
};

export const casesByFirm: VisSpec = {
  id: 'rsmon-vis-g2-cases-by-firm',
  title: 'Cases by firm and level',
  description: 'Firms with the most person x firm cases, split by level.',
  dataView: 'cases',
  type: 'horizontal_bar',
  stacked: true,
  metrics: [{ type: 'count', label: 'Cases' }],
  buckets: [
    { agg: { type: 'terms', field: 'firm.name.keyword', size: 15, label: 'Firm' }, schema: 'segment' },
    { agg: { type: 'terms', field: 'level', size: 4, label: 'Level' }, schema: 'group' },
  ],
};

export const topPersons: VisSpec = {
  id: 'rsmon-vis-g2-top-persons',
  title: 'Top persons by reach per firm',
  description: 'For each firm, the persons with the largest reach (followers or EU ad reach), with their score and number of items.',
  dataView: 'cases',
  type: 'table',
  metrics: [
    { type: 'max', field: 'reach', label: 'Reach' },
    { type: 'max', field: 'score', label: 'Score' },
    { type: 'sum', field: 'itemCount', label: 'Items' },
  ],
  buckets: [
    { agg: { type: 'terms', field: 'firm.name.keyword', size: 10, label: 'Firm', orderBy: 1 }, schema: 'bucket' },
    { agg: { type: 'terms', field: 'personKey', size: 10, label: 'Person', orderBy: 1 }, schema: 'bucket' },
    { agg: { type: 'terms', field: 'level', size: 1, label: 'Level' }, schema: 'bucket' },
  ],
};

export const indicatorsByParagraph: VisSpec = {
  id: 'rsmon-vis-g2-indicators-by-paragraph',
  title: 'Indicators by guideline paragraph',
  description: 'Items and persons per indicator, labelled with the paragraph of the ESMA guidelines it rests on (counter = counter-indication).',
  dataView: 'items',
  type: 'table',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [
    {
      agg: {
        type: 'filters',
        label: 'Paragraph · indicator',
        filters: Object.entries(INDICATORS).map(([code, d]) => ({
          label: `${d.guideline} · ${code}${d.group === 'counter' ? ' (counter)' : ''}`,
          kql: `enrichment.indicators.code : "${code}"`,
        })),
      },
      schema: 'bucket',
    },
  ],
};

export const referralDomains: VisSpec = {
  id: 'rsmon-vis-g2-referral-domains',
  title: 'Referral link domains',
  description: 'Domains of the links in items that carry a referral link (G2 §20 means of access).',
  dataView: 'items',
  type: 'table',
  kql: 'enrichment.links.role : "referral"',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [{ agg: { type: 'terms', field: 'enrichment.links.domain', size: 20, label: 'Domain' }, schema: 'bucket' }],
};

export const referralCodes: VisSpec = {
  id: 'rsmon-vis-g2-referral-codes',
  title: 'Referral codes',
  description: 'Referral codes found in links, with the firm they lead to; one code used by several persons points at a shared affiliate scheme.',
  dataView: 'items',
  type: 'table',
  kql: 'enrichment.links.referralCode : *',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [
    { agg: { type: 'terms', field: 'enrichment.links.referralCode', size: 20, label: 'Code' }, schema: 'bucket' },
    { agg: { type: 'terms', field: 'enrichment.links.firmId', size: 3, label: 'Firm' }, schema: 'bucket' },
  ],
};

export const promoCodes: VisSpec = {
  id: 'rsmon-vis-g2-promo-codes',
  title: 'Promo codes',
  description: 'Promotional codes in text (G2 §20 promotional deal), with the firm they were attributed to.',
  dataView: 'items',
  type: 'table',
  kql: 'enrichment.promoCodes.code : *',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [
    { agg: { type: 'terms', field: 'enrichment.promoCodes.code', size: 20, label: 'Code' }, schema: 'bucket' },
    { agg: { type: 'terms', field: 'enrichment.promoCodes.firmId', size: 3, label: 'Firm' }, schema: 'bucket' },
  ],
};

export const watchlistHits: VisSpec = {
  id: 'rsmon-vis-g2-watchlist-hits',
  title: 'Watchlist hits',
  description: 'Items each watchlist (WATCHLISTS_FILE) matched, with the query terms that matched; filter on a watchlist to read its items.',
  dataView: 'items',
  type: 'table',
  kql: 'enrichment.watchlistHits.watchlist : *',
  metrics: [{ type: 'count', label: 'Items' }, PERSONS],
  buckets: [
    { agg: { type: 'terms', field: 'enrichment.watchlistHits.watchlist', size: 20, label: 'Watchlist' }, schema: 'bucket' },
    { agg: { type: 'terms', field: 'enrichment.watchlistHits.terms', size: 5, label: 'Terms matched' }, schema: 'bucket' },
  ],
};

export const indicatorTimeline: VisSpec = {
  id: 'rsmon-vis-g2-timeline',
  title: 'Timeline: items with indicators, by paragraph',
  description: 'Items per publication date carrying at least one indicator of each guideline paragraph.',
  dataView: 'items',
  type: 'histogram',
  stacked: true,
  kql: 'enrichment.indicators.code : *',
  metrics: [{ type: 'count', label: 'Items' }],
  buckets: [
    { agg: { type: 'date_histogram', field: 'publishedAt', label: 'Published' }, schema: 'segment' },
    { agg: { type: 'terms', field: 'enrichment.indicators.guideline', size: 10, label: 'Paragraph' }, schema: 'group' },
  ],
};

export const guideline2Dashboard: DashboardSpec = {
  id: 'rsmon-dashboard-guideline-2',
  title: 'Guideline 2: persons soliciting',
  description:
    'Persons promoting third-country crypto firms to EU clients: cases, reach, and the Guideline 2 §20 indicators behind them (ESMA reverse-solicitation guidelines).',
  timeFrom: 'now-90d',
  rows: [
    {
      height: 13,
      panels: [
        { vis: casesToReview, w: 12 },
        { vis: casesByLevel, w: 12 },
        { vis: disclosureRate, w: 12 },
        { vis: casesByFirm, w: 12 },
      ],
    },
    { height: 16, panels: [{ vis: topPersons, w: 24 }, { vis: indicatorsByParagraph, w: 24 }] },
    { height: 15, panels: [{ vis: referralDomains, w: 16 }, { vis: referralCodes, w: 16 }, { vis: promoCodes, w: 16 }] },
    { height: 14, panels: [{ vis: indicatorTimeline, w: 32 }, { vis: watchlistHits, w: 16 }] },
  ],
};
