// Languages of the sample data set and how each writes a euro amount, so that bonus texts read like
// the real thing ("50 €" in French, "€50" in English, "€ 50" in Dutch).
export const LANGS = ['en', 'fr', 'de', 'it', 'es', 'pt', 'nl', 'pl', 'sv', 'da', 'cs', 'ro'] as const;
export type Lang = (typeof LANGS)[number];

export function euro(lang: Lang, amount: number): string {
  switch (lang) {
    case 'en':
      return `€${amount}`;
    case 'nl':
      return `€ ${amount}`;
    case 'sv':
    case 'da':
      return `${amount} euro`;
    default:
      return `${amount} €`;
  }
}
