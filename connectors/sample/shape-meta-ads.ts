// Meta Ad Library API (ads_archive): the EU transparency fields (target_locations, eu_total_reach,
// age_country_gender_reach_breakdown, beneficiary_payers) are what give an ad its EU nexus.
import type { Rng } from './prng.ts';
import { collectedAt, handleOf, isoSeconds, sha256Json, source, urlsIn, type Draft, type Shaped } from './draft.ts';

const COUNTRY_NAMES: Record<string, string> = {
  AT: 'Austria', BE: 'Belgium', DE: 'Germany', DK: 'Denmark', ES: 'Spain', FR: 'France', IE: 'Ireland', IT: 'Italy',
  LU: 'Luxembourg', NL: 'Netherlands', PL: 'Poland', PT: 'Portugal', RO: 'Romania', SE: 'Sweden', CZ: 'Czechia',
};
const AGES = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'];
const pageIds = new Map<string, string>();

/** Forget assigned ids, so that every generator run starts from the same state. */
export function resetMetaAdIds(): void {
  pageIds.clear();
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function shapeMetaAd(d: Draft, rng: Rng): Shaped {
  if (!d.ad) throw new Error('meta_ads draft without ad details');
  const handle = handleOf(d);
  let pageId = pageIds.get(handle);
  if (!pageId) {
    pageId = rng.digits(15);
    pageIds.set(handle, pageId);
  }
  const adId = rng.digits(rng.chance(0.5) ? 15 : 16);
  const stop = rng.chance(0.8) ? new Date(d.publishedAt.getTime() + rng.int(5, 30) * 86_400_000) : null;
  const breakdown = d.ad.targets.map((country) => ({
    country,
    age_gender_breakdowns: AGES.map((age_range, i) => {
      const scale = [6, 9, 7, 4, 2, 1][i] ?? 1;
      return { age_range, male: rng.int(100, 900) * scale, female: rng.int(80, 700) * scale, unknown: rng.int(0, 40) };
    }),
  }));
  const reachByCountry: Record<string, number> = {};
  for (const b of breakdown) reachByCountry[b.country] = b.age_gender_breakdowns.reduce((s, a) => s + a.male + a.female + a.unknown, 0);
  const euTotalReach = Object.values(reachByCountry).reduce((s, n) => s + n, 0);
  const snapshotUrl = `https://www.facebook.com/ads/library/?id=${adId}`;
  const links = urlsIn(d.text);
  const raw = {
    ad_archive_id: adId,
    ad_creation_time: day(new Date(d.publishedAt.getTime() - 86_400_000)),
    ad_creative_bodies: [d.text],
    ad_creative_link_captions: d.ad.caption ? [d.ad.caption] : [],
    ad_creative_link_titles: d.title ? [d.title] : [],
    ad_delivery_start_time: day(d.publishedAt),
    ...(stop ? { ad_delivery_stop_time: day(stop) } : {}),
    ad_snapshot_url: snapshotUrl,
    page_id: pageId,
    page_name: d.person.name,
    bylines: d.ad.payer,
    beneficiary_payers: [{ payer: d.ad.payer, beneficiary: d.ad.beneficiary, current: true }],
    target_locations: d.ad.targets.map((c) => ({ name: COUNTRY_NAMES[c] ?? c, num_obfuscated: 0, type: 'countries', excluded: false })),
    target_ages: ['18', '65+'],
    target_gender: 'All',
    eu_total_reach: euTotalReach,
    age_country_gender_reach_breakdown: breakdown,
    languages: [d.lang],
    publisher_platforms: rng.chance(0.5) ? ['facebook', 'instagram'] : ['instagram'],
    // Page details come from a separate Pages lookup; kept with the ad so the evidence is self-contained.
    page: { id: pageId, username: handle, name: d.person.name, followers_count: d.person.followers, location: d.person.location, about: d.person.bio },
  };
  return {
    raw,
    item: {
      id: `meta_ads:${adId}`,
      platform: 'meta_ads',
      kind: 'ad',
      url: snapshotUrl,
      publishedAt: isoSeconds(d.publishedAt),
      collectedAt: collectedAt(d.publishedAt, rng),
      author: {
        id: pageId,
        handle,
        name: d.person.name,
        url: `https://www.facebook.com/${handle}`,
        followers: d.person.followers,
        location: d.person.location || null,
        description: d.person.bio,
      },
      title: d.title ?? null,
      text: d.text,
      links: links.map((url) => ({ url })),
      media: d.logo
        ? [{ type: 'image' as const, url: `https://scontent.xx.fbcdn.net/v/t45.1600-4/${rng.digits(9)}_n.jpg`, altText: d.logo.altText, logoFirmIds: [d.logo.firmId] }]
        : [],
      ad: {
        pageName: d.person.name,
        payer: d.ad.payer,
        beneficiary: d.ad.beneficiary,
        targetLocations: d.ad.targets,
        reachByCountry,
        euTotalReach,
        deliveryStart: isoSeconds(d.publishedAt),
        deliveryStop: stop ? isoSeconds(stop) : null,
        snapshotUrl,
      },
      metrics: {},
      source: source(d),
      evidence: { sha256: sha256Json(raw), rawRef: `sample/raw/meta_ads:${adId}` },
    },
  };
}
