// The preset dictionary of the embedded store's codec 2 (sqlite-doc-codec.ts, decision 0044).
// Deflate starts every document with an empty window, so a 1-2 kB item or evidence document paid
// for its own key names ("enrichment", "firmMentions", "guideline", ...) once more in each row.
// With these bytes as the window's start, the keys, the indicator codes and their guideline
// references, and the shapes of the stored documents are back-references from the first byte.
//
// FROZEN: a stored document of codec 2 inflates only with exactly these bytes. Never edit this
// text; a better dictionary is a new codec byte with a new constant beside this one. The test
// (sqlite-doc-codec.test.ts) pins its SHA-256.
//
// Built by hand from the document shapes the code writes (no data from a run): alerts and cases
// first, then the enriched item, then the evidence document, the most frequent rows last (deflate
// reaches the end of its window with the shortest distances).
export const DOC_DICTIONARY_V1 = [
  '{"id":"","dedupKey":"","rule":"","to":[],"mode":"digest","createdAt":"","kind":"watchlist_hit","caseId":null,"itemId":"","watchlistId":"","level":null,"summary":"watchlist matched","terms":["firm:","lang:"],"evidence":[{"itemId":"","url":"https://","capturedAt":"","text":""}],"status":"pending"}',
  '{"id":"","personKey":"","person":{"platform":"","handle":"","name":"","url":"https://","followers":},"firmId":"","firm":{"id":"","name":"","status":"third_country"},"score":,"level":"high","indicators":[',
  '{"code":"disclosure","guideline":"G2 §20","label":"remuneration: sponsorship or affiliate disclosure","count":,"points":,"counter":false,"details":["discloses sponsored content (#ad)"]},',
  '{"code":"promo_code","guideline":"G2 §20","label":"promotional deal: promo code","count":,"points":,"counter":false,"details":["promo code "]},',
  '{"code":"promo_offer","guideline":"G2 §20","label":"promotional deal: bonus or fee discount","count":,"points":,"counter":false,"details":["signup bonus: \\"","deposit bonus: \\""]},',
  '{"code":"geo_targeted_ad","guideline":"G1 annex","label":"geo-targeted ad: ad delivered to EU countries","count":,"points":,"counter":false,"details":["ad targeted at , reach "]},',
  '{"code":"country_tld_or_path","guideline":"G1 annex","label":"country TLD or path: link localised for an EU country or language",',
  '{"code":"eu_language","guideline":"G1 annex","label":"EU language: content in an EU official language other than English",',
  '{"code":"eu_payment","guideline":"G1 §14","label":"EU payment: euro amounts, SEPA or national payment methods",',
  '{"code":"eu_country_mention","guideline":"G1 §14","label":"EU audience: names EU countries or EU users",',
  '{"code":"firm_site_link","guideline":"G2 §20","label":"website: directs the audience to the firm\'s website",',
  '{"code":"app_link","guideline":"G2 §20","label":"means of access: app link",',
  '{"code":"logo","guideline":"G2 §20","label":"logo: displays the firm\'s logo",',
  '{"code":"eu_based_person","guideline":"G2 annex","label":"EU-based influencer: the person gives an EU country",',
  '{"code":"eu_phone","guideline":"S6 §36","label":"EU phone or domain: phone number with an EU country code",',
  '{"code":"non_eu_audience","guideline":"G1 annex","label":"non-EU audience: non-EU currency, payment method, audience or author location",',
  '{"code":"mention_only","guideline":"G1 §14","label":"mentions the firm without link, code or disclosure",',
  '{"code":"educational_only","guideline":"G1 §17","label":"educational content naming the firm, without link or code",',
  '{"code":"own_initiative_review","guideline":"G2 §21","label":"own-initiative review: no link, code or disclosure",',
  '"contributions":[{"itemId":"","publishedAt":"","weight":}],"itemIds":[],"itemCount":,"firstSeen":"","lastSeen":"","scoring":{"hash":"","version":},"updatedAt":""}',
  '{"id":"","platform":"meta_ads","kind":"ad","url":"https://www.facebook.com/ads/library/?id=","title":"","ad":{"pageName":"","payer":"","beneficiary":"","targetLocations":[],"reachByCountry":{},"euTotalReach":,"deliveryStart":"","deliveryStop":"","snapshotUrl":"https://www.facebook.com/ads/library/?id="},',
  '"media":[{"type":"image","url":"https://","altText":"","logoFirmIds":[]}],"metrics":{"views":,"likes":,"shares":,"comments":},',
  '"enrichment":{"language":{"code":"en","confidence":1,"euOfficial":false},"links":[{"url":"https://","expandedUrl":"https://","finalUrl":"https://","domain":"","host":"","firmId":null,"entity":"third_country","role":"referral","referralCode":"","genericReferral":false,"geo":{"tldCountry":null,"pathLocale":null,"langParam":null,"appStoreCountry":null},"from":"links"},{"role":"link_hub","from":"author"}],',
  '"promoCodes":[{"code":"","firmId":""}],"offers":[{"kind":"signup_bonus","firmId":"","detail":""}],"disclosures":[{"kind":"","text":""}],"firmMentions":[{"firmId":"","via":"domain"},{"firmId":"","via":"text"},{"firmId":"","via":"logo"}],"logos":[{"firmId":"","mediaUrl":"https://","score":1}],"phones":[],"euSignals":[{"code":"eur_amount","country":null,"detail":" €"},{"code":"sepa","country":null,"detail":"sepa: SEPA"}],"nonEuSignals":[],"obfuscations":[],"context":[],',
  '"indicators":[{"code":"logo","guideline":"G2 §20","firmId":"","detail":"logo of  in https://","counter":false,"country":null},{"code":"promo_offer","guideline":"G2 §20","firmId":"","detail":"signup bonus: \\"","counter":false,"country":null},{"code":"promo_code","guideline":"G2 §20","firmId":"","detail":"promo code ","counter":false,"country":null},{"code":"geo_targeted_ad","guideline":"G1 annex","firmId":"","detail":"ad targeted at , reach ","counter":false,"country":""}],',
  '"watchlistHits":[{"watchlist":"","terms":[""],"positions":[{"term":"","field":"text","start":,"end":},{"term":"","field":"links","start":0,"end":}]}],"personKey":"","enrichedAt":""},"indexedAt":"","versions":[{"sha256":"","collectedAt":"2026-"}]}',
  '{"id":"","platform":"telegram","kind":"post","url":"https://t.me/","publishedAt":"2026-","collectedAt":"2026-","author":{"id":"","handle":"","name":"","url":"https://x.com/","followers":,"location":"","description":""},"text":"","links":[],"media":[],"metrics":{"views":,"shares":,"comments":},"source":{"connector":"","query":"","watchlistIds":[]},"evidence":{"sha256":"","rawRef":""},',
  '"enrichment":{"language":{"code":"","confidence":1,"euOfficial":true},"links":[],"promoCodes":[],"offers":[],"disclosures":[],"firmMentions":[],"logos":[],"phones":[],"euSignals":[],"nonEuSignals":[],"obfuscations":[],"context":[],"indicators":[],"watchlistHits":[],"personKey":"","enrichedAt":"2026-',
  'T00:00:00.000Z"},"indexedAt":"2026-',
  '{"id":"","pairKey":"","personKey":"","firmId":"","itemId":"","platform":"","url":"https://","publishedAt":"2026-","person":{"handle":"","name":"","url":"https://","followers":},"language":"","euTotalReach":0,"indicators":[',
  '{"code":"country_tld_or_path","guideline":"G1 annex","firmId":"","detail":"path locale  in https://","counter":false,"country":null},',
  '{"code":"eu_country_mention","guideline":"G1 §14","firmId":"","detail":"","counter":false,"country":""},',
  '{"code":"eu_payment","guideline":"G1 §14","firmId":"","detail":"eur amount:  €","counter":false,"country":null},',
  '{"code":"referral_link","guideline":"G2 §20","firmId":"","detail":"referral link https:// (code ","counter":false,"country":null},',
  '{"code":"eu_language","guideline":"G1 annex","firmId":"","detail":"written in  (confidence 1.00)","counter":false,"country":null}],"itemSha256":"","itemCollectedAt":"2026-',
].join('');
