// The fictional people of the sample data set. Every name, handle and phone number is invented;
// the phone numbers use plausible national formats so the phone extractor has something real to parse.
import type { Lang } from './langs.ts';

export type SamplePlatform = 'x' | 'youtube' | 'meta_ads' | 'telegram';
export type Category = 'soliciting' | 'decoy' | 'noise';

export interface Person {
  id: string;
  name: string;
  /** Handle per platform, as the platform spells it (case kept; personKeys lower-case it). */
  handles: Partial<Record<SamplePlatform, string>>;
  langs: Lang[];
  /** ISO alpha-2 of residence, when the platform exposes it (YouTube channel country). */
  country: string | null;
  location: string;
  followers: number;
  bio: string;
  category: Category;
}

const p = (x: Person): Person => x;

export const PERSONS: Person[] = [
  // --- soliciting ---
  p({ id: 'lucie', name: 'Lucie Marchand', handles: { x: 'CryptoLucie_FR', youtube: 'cryptolucie', meta_ads: 'cryptolucie.officiel' }, langs: ['fr'], country: 'FR', location: 'Lyon, France', followers: 184_000, category: 'soliciting',
    bio: 'Crypto & finances perso 🇫🇷 | Lyon | Mon exchange 👉 https://qorvex.io/i/LUCIE50 | https://linktr.ee/cryptolucie' }),
  p({ id: 'max', name: 'Max Krüger', handles: { x: 'kryptomax_de', telegram: 'kryptomax_signale' }, langs: ['de'], country: 'DE', location: 'Berlin', followers: 96_500, category: 'soliciting',
    bio: 'Krypto-Trader aus Berlin 🇩🇪 | Signale & Tutorials | keine Anlageberatung | https://linktr.ee/kryptomax' }),
  p({ id: 'piotr', name: 'Piotr Nowak', handles: { x: 'piotr_krypto', youtube: 'piotrkrypto' }, langs: ['pl'], country: 'PL', location: 'Warszawa', followers: 61_200, category: 'soliciting',
    bio: 'Kryptowaluty po polsku 🇵🇱 | poradniki dla początkujących | kod PIOTR20' }),
  p({ id: 'giulia', name: 'Giulia Rinaldi', handles: { x: 'giulia_cripto', meta_ads: 'giuliacripto' }, langs: ['it'], country: 'IT', location: 'Milano', followers: 73_900, category: 'soliciting',
    bio: 'Cripto, risparmio e trading 🇮🇹 | Milano | link utili 👉 https://beacons.ai/giuliacripto' }),
  p({ id: 'alvaro', name: 'Álvaro Ruiz', handles: { youtube: 'elcriptoalvaro', x: 'ElCriptoAlvaro' }, langs: ['es'], country: 'ES', location: 'Madrid, España', followers: 212_000, category: 'soliciting',
    bio: 'Criptomonedas para todos 🇪🇸 | Vídeos cada martes y viernes | Nebulix 👉 https://nebulix.markets/es/signup?aff=ALVARO' }),
  p({ id: 'jansen', name: 'Daan Jansen', handles: { x: 'jansen_crypto_nl', telegram: 'jansencryptonl' }, langs: ['nl'], country: 'NL', location: 'Utrecht', followers: 38_400, category: 'soliciting',
    bio: 'Crypto uitgelegd in het Nederlands 🇳🇱 | Geen financieel advies' }),
  p({ id: 'anna', name: 'Anna Lindqvist', handles: { x: 'anna_krypto_se', youtube: 'annakrypto' }, langs: ['sv'], country: 'SE', location: 'Göteborg', followers: 27_800, category: 'soliciting',
    bio: 'Krypto och privatekonomi 🇸🇪 | Göteborg' }),
  p({ id: 'mads', name: 'Mads Sørensen', handles: { x: 'mads_moent_dk' }, langs: ['da'], country: 'DK', location: 'København', followers: 19_300, category: 'soliciting',
    bio: 'Krypto på dansk 🇩🇰 | Rabatkode MADS25' }),
  p({ id: 'joana', name: 'Joana Ferreira', handles: { x: 'cripto_joana_pt', meta_ads: 'criptojoana' }, langs: ['pt'], country: 'PT', location: 'Lisboa', followers: 44_100, category: 'soliciting',
    bio: 'Cripto sem complicações 🇵🇹 | Lisboa | https://linktr.ee/criptojoana' }),
  p({ id: 'petr', name: 'Petr Dvořák', handles: { telegram: 'kryptopetr_cz', x: 'KryptoPetr' }, langs: ['cs'], country: 'CZ', location: 'Praha', followers: 22_600, category: 'soliciting',
    bio: 'Krypto signály a návody v češtině 🇨🇿' }),
  p({ id: 'andrei', name: 'Andrei Popescu', handles: { x: 'andrei_crypto_ro', youtube: 'andreicrypto' }, langs: ['ro'], country: 'RO', location: 'București', followers: 31_700, category: 'soliciting',
    bio: 'Crypto pe înțelesul tuturor 🇷🇴 | Tradelyx 👉 https://app.tradelyx.com/ro/ref/ANDREI' }),
  p({ id: 'bxl', name: 'Crypto Brussel', handles: { meta_ads: 'cryptobrussel', x: 'cryptobrussel' }, langs: ['nl', 'fr'], country: 'BE', location: 'Brussel / Bruxelles', followers: 15_900, category: 'soliciting',
    bio: 'Crypto in het Nederlands én en français 🇧🇪' }),
  p({ id: 'sophie', name: 'Sophie Huber', handles: { x: 'krypto_sophie_at', telegram: 'kryptosophie' }, langs: ['de'], country: 'AT', location: 'Wien', followers: 24_500, category: 'soliciting',
    bio: 'Krypto aus Wien 🇦🇹 | Tutorials & Aktionen' }),
  p({ id: 'nate', name: 'Nate Collins', handles: { meta_ads: 'cryptonate' }, langs: ['en'], country: 'GB', location: 'London, UK', followers: 120_000, category: 'soliciting',
    bio: 'Trader, educator, coffee addict. London.' }),
  p({ id: 'seamus', name: 'Séamus Byrne', handles: { x: 'cryptoseamus_ie' }, langs: ['en'], country: 'IE', location: 'Dublin, Ireland', followers: 12_400, category: 'soliciting',
    bio: 'Crypto from Dublin 🇮🇪 | new platforms before they go big' }),
  // --- decoys ---
  p({ id: 'prof', name: 'Dr. Jonas Weber', handles: { x: 'blockchain_prof_de' }, langs: ['de'], country: 'DE', location: 'Heidelberg', followers: 41_000, category: 'decoy',
    bio: 'Dozent für Informatik | erklärt Blockchain ohne Hype | keine Anlageberatung, keine Kooperationen' }),
  p({ id: 'ecole', name: 'DeFi École', handles: { youtube: 'defiecole' }, langs: ['fr'], country: 'FR', location: 'Nantes', followers: 88_000, category: 'decoy',
    bio: 'Cours gratuits sur la blockchain et la finance décentralisée. Aucun partenariat, aucun lien affilié.' }),
  p({ id: 'szkola', name: 'Szkoła Krypto', handles: { telegram: 'szkola_krypto' }, langs: ['pl'], country: 'PL', location: 'Kraków', followers: 9_800, category: 'decoy',
    bio: 'Darmowe lekcje o blockchainie. Bez reklam i linków polecających.' }),
  p({ id: 'skolan', name: 'Kryptoskolan', handles: { x: 'kryptoskolan_se' }, langs: ['sv'], country: 'SE', location: 'Uppsala', followers: 7_200, category: 'decoy',
    bio: 'Vi förklarar krypto för nybörjare. Inga samarbeten.' }),
  p({ id: 'review_es', name: 'Cripto Review', handles: { youtube: 'criptoreview', x: 'cripto_review_es' }, langs: ['es'], country: 'ES', location: 'Valencia', followers: 53_000, category: 'decoy',
    bio: 'Reviews honestas de exchanges. Sin patrocinios, sin enlaces de afiliado.' }),
  p({ id: 'kryptotest', name: 'KryptoTest', handles: { x: 'kryptotest_de' }, langs: ['de'], country: 'DE', location: 'Hamburg', followers: 18_700, category: 'decoy',
    bio: 'Teste Krypto-Apps auf eigene Kosten. Keine Affiliate-Links.' }),
  p({ id: 'avis', name: 'Avis Crypto', handles: { x: 'avis_crypto_fr' }, langs: ['fr'], country: 'FR', location: 'Bordeaux', followers: 11_300, category: 'decoy',
    bio: 'Avis indépendants sur les plateformes crypto.' }),
  p({ id: 'recenze', name: 'Recenze Krypto', handles: { x: 'recenze_krypto_cz' }, langs: ['cs'], country: 'CZ', location: 'Brno', followers: 6_900, category: 'decoy',
    bio: 'Nezávislé recenze kryptoburz.' }),
  p({ id: 'gio', name: 'Giovanni Bassi', handles: { x: 'halvora_fan_it' }, langs: ['it'], country: 'IT', location: 'Torino', followers: 8_400, category: 'decoy',
    bio: 'Uso solo piattaforme autorizzate MiCA 🇪🇺' }),
  p({ id: 'mode', name: 'Lena Mode', handles: { x: 'modeblog_de' }, langs: ['de'], country: 'DE', location: 'Köln', followers: 67_000, category: 'decoy',
    bio: 'Mode, Alltag & ein bisschen Finanzen | Affiliate-Links = Werbung' }),
  p({ id: 'marie', name: 'Marie Style', handles: { x: 'marie_style_fr' }, langs: ['fr'], country: 'FR', location: 'Paris', followers: 132_000, category: 'decoy',
    bio: 'Mode & lifestyle 🇫🇷 | collab : marie@example.fr' }),
  p({ id: 'whale', name: 'Whale Signals', handles: { x: 'whale_signals' }, langs: ['en'], country: 'US', location: 'Austin, TX', followers: 301_000, category: 'decoy',
    bio: 'Full-time trader. Austin TX 🇺🇸 | NFA | Qorvex 👉 https://qorvex.io/i/WHALE' }),
  p({ id: 'nachrichten', name: 'Krypto Nachrichten', handles: { x: 'krypto_nachrichten' }, langs: ['de'], country: 'DE', location: 'Frankfurt am Main', followers: 142_000, category: 'decoy',
    bio: 'Nachrichten aus der Krypto-Welt. Redaktionell unabhängig.' }),
  p({ id: 'blockwire', name: 'Blockwire News', handles: { x: 'blockwire_news' }, langs: ['en'], country: 'GB', location: 'London', followers: 410_000, category: 'decoy',
    bio: 'Crypto markets and regulation news.' }),
  p({ id: 'qorvex', name: 'Qorvex', handles: { x: 'qorvex' }, langs: ['en', 'fr'], country: null, location: 'Global', followers: 1_250_000, category: 'decoy',
    bio: 'The official account of Qorvex Exchange. Support: @qorvex_support' }),
  p({ id: 'jan', name: 'Jan de Vries', handles: { x: 'sceptic_jan_nl' }, langs: ['nl'], country: 'NL', location: 'Rotterdam', followers: 1_900, category: 'decoy',
    bio: 'Sceptisch over alles wat te mooi klinkt.' }),
  // --- noise ---
  p({ id: 'n_satoshi', name: 'Satoshi Daily', handles: { x: 'satoshi_daily' }, langs: ['en'], country: 'CA', location: 'Toronto', followers: 54_000, category: 'noise', bio: 'Daily bitcoin thoughts.' }),
  p({ id: 'n_chain', name: 'chain watcher', handles: { x: 'chain_watcher' }, langs: ['en'], country: null, location: '', followers: 3_100, category: 'noise', bio: 'on-chain data nerd' }),
  p({ id: 'n_hannah', name: 'Hannah', handles: { youtube: 'hodlhannah' }, langs: ['en'], country: 'IE', location: 'Cork', followers: 22_000, category: 'noise', bio: 'Weekly crypto market videos.' }),
  p({ id: 'n_pierre', name: 'Pierre', handles: { x: 'crypto_pierre13' }, langs: ['fr'], country: 'FR', location: 'Marseille', followers: 4_800, category: 'noise', bio: 'Bitcoin, foot et café.' }),
  p({ id: 'n_breizh', name: 'BTC Breizh', handles: { telegram: 'btc_breizh' }, langs: ['fr'], country: 'FR', location: 'Rennes', followers: 2_300, category: 'noise', bio: 'Canal crypto breton.' }),
  p({ id: 'n_klaus', name: 'Klaus', handles: { x: 'krypto_klaus' }, langs: ['de'], country: 'DE', location: 'München', followers: 8_200, category: 'noise', bio: 'HODL seit 2017.' }),
  p({ id: 'n_bine', name: 'Blockchain Bine', handles: { telegram: 'blockchain_bine' }, langs: ['de'], country: 'DE', location: 'Leipzig', followers: 5_600, category: 'noise', bio: 'Krypto-Talk auf Deutsch.' }),
  p({ id: 'n_marco', name: 'Marco', handles: { x: 'bitcoin_marco' }, langs: ['it'], country: 'IT', location: 'Bologna', followers: 6_100, category: 'noise', bio: 'Bitcoin e dintorni.' }),
  p({ id: 'n_lucia', name: 'Lucía Cripto', handles: { youtube: 'luciacripto' }, langs: ['es'], country: 'ES', location: 'Sevilla', followers: 31_000, category: 'noise', bio: 'Análisis semanal del mercado.' }),
  p({ id: 'n_rui', name: 'Rui', handles: { x: 'moedas_rui' }, langs: ['pt'], country: 'PT', location: 'Porto', followers: 3_900, category: 'noise', bio: 'Cripto e futebol.' }),
  p({ id: 'n_henk', name: 'Henk', handles: { x: 'hodl_henk' }, langs: ['nl'], country: 'NL', location: 'Groningen', followers: 2_700, category: 'noise', bio: 'Gewoon een hodler.' }),
  p({ id: 'n_kasia', name: 'Kasia', handles: { x: 'krypto_kasia' }, langs: ['pl'], country: 'PL', location: 'Gdańsk', followers: 5_300, category: 'noise', bio: 'Krypto i kawa.' }),
  p({ id: 'n_lina', name: 'Lina', handles: { x: 'kryptolina' }, langs: ['sv'], country: 'SE', location: 'Malmö', followers: 2_200, category: 'noise', bio: 'Sparar i bitcoin.' }),
  p({ id: 'n_bo', name: 'Bo', handles: { x: 'bitcoin_bo' }, langs: ['da'], country: 'DK', location: 'Aarhus', followers: 1_800, category: 'noise', bio: 'Bitcoin-entusiast.' }),
  p({ id: 'n_honza', name: 'Honza', handles: { telegram: 'krypto_honza' }, langs: ['cs'], country: 'CZ', location: 'Ostrava', followers: 3_400, category: 'noise', bio: 'Krypto pokec.' }),
  p({ id: 'n_ioana', name: 'Ioana', handles: { x: 'bitcoin_ioana' }, langs: ['ro'], country: 'RO', location: 'Cluj-Napoca', followers: 2_900, category: 'noise', bio: 'Bitcoin și economie.' }),
];

export function person(id: string): Person {
  const found = PERSONS.find((x) => x.id === id);
  if (!found) throw new Error(`unknown person ${id}`);
  return found;
}

/** Items per noise author, per platform they post on. */
export const NOISE_COUNTS: Record<string, number> = {
  n_satoshi: 26, n_chain: 24, n_hannah: 10, n_pierre: 24, n_breizh: 16, n_klaus: 26, n_bine: 14, n_marco: 18,
  n_lucia: 8, n_rui: 16, n_henk: 18, n_kasia: 18, n_lina: 16, n_bo: 14, n_honza: 14, n_ioana: 18,
};
