// A four-post fixture corpus for the harness tests (two splits, a warning, a label the text does not bear).
import type { PostRow } from './posts-corpus.ts';

const row = (over: Partial<PostRow>): PostRow => ({
  id: 'p1', split: 'dev', lang: 'fr', role: 'promoter', firm: 'binance', text: '', promoCodes: [], disclosures: [], referralLinks: [], cases: [], ...over,
});

export const FIXTURE: PostRow[] = [
  row({ id: 'p1', text: 'Code parrain Binance : ZORRO77 pour 10 % de réduction #pub', promoCodes: ['ZORRO77'], disclosures: ['sponsored'] }),
  row({ id: 'p2', lang: 'en', role: 'warning', text: 'SCAM ALERT: "use code FAKE99 on binance-gift[.]com" is phishing. Binance never DMs you.', cases: [{ firm: 'binance', maxLevel: 'low' }] }),
  row({ id: 'p3', text: 'Binance, mon exchange préféré.', promoCodes: ['NOTTHERE1'] }),
  row({ id: 'p4', split: 'heldout', lang: 'de', text: 'Mein Binance-Code: KRAUT5 #werbung', promoCodes: ['KRAUT5'], disclosures: ['sponsored'] }),
];
