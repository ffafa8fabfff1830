// Rules for firm aliases that are ordinary words. "Gate", "Kraken", "Gemini", "Ledger" or "XT" in a
// post are usually not the exchange. Such an alias only counts in the text when it is written with a
// capital (or as the catalogue writes it) AND a crypto context word stands within CONTEXT_WINDOW
// tokens. Handles, hashtags, domains and logos of the firm always count. Aliases of two letters or
// fewer are treated as ambiguous automatically. Multi-word aliases ("Gate.io", "Kraken Pro") are
// specific enough and are not subject to the rule unless listed here.

import { BARE_CODE_WORDS, CODE_WORD_FORMS } from './promo-phrases.ts';

/** Folded aliases that are common words in some EU language or in English. Analysts extend this list. */
export const AMBIGUOUS_ALIASES: ReadonlySet<string> = new Set([
  'gate', 'kraken', 'gemini', 'xt', 'ledger', 'exodus', 'phantom', 'uphold', 'bullish', 'backpack', 'drift', 'vertex', 'apex', 'strike', 'river',
  'swan', 'luno', 'zonda', 'robinhood', 'trust', 'block', 'cash', 'coin', 'crypto', 'bit', 'bitcoin', 'nova', 'bingo', 'delta', 'zero', 'blockchain',
  'weex', 'htx',
  'probit', 'gmx', 'mux', 'aster',
  // Written in Cyrillic or Greek: the sea monster, and a darknet market's name.
  'кракен', 'κρακεν',
]);

export const CONTEXT_WINDOW = 8;

/**
 * Makers of software whose products share an ambiguous firm's name: "Google Gemini", "Apple Cash". Right after one
 * of them the alias names that product. Folded.
 */
export const OTHER_MAKERS: ReadonlySet<string> = new Set(['google', 'deepmind', 'apple', 'microsoft', 'amazon', 'openai', 'anthropic', 'meta', 'github', 'gitkraken']);
/** Words after an ambiguous alias that make it an AI model or a tool ("Gemini CLI", "Gemini Flash", "Gemini Nano"). Folded. */
export const MODEL_WORDS_AFTER: ReadonlySet<string> = new Set(['cli', 'flash', 'ultra', 'nano', 'ai', 'model', 'models', 'llm', 'sdk']);

/** Folded context words (stems allowed) that make an ambiguous alias a firm. */
export const CRYPTO_CONTEXT_WORDS: readonly string[] = [
  'crypto*', 'krypto*', 'kripto*', 'κρυπτο*', 'крипто*', 'bitcoin*', 'btc', 'eth', 'ethereum', 'usdt', 'usdc', 'altcoin*', 'token*', 'coin', 'coins', 'blockchain',
  'exchange', 'exchanges', 'börse', 'échange', 'plateforme', 'plattform', 'plataforma', 'piattaforma', 'giełda', 'giełdzie', 'beurs', 'börs', 'børs', 'burza', 'bursa', 'pörssi', 'tőzsde',
  'trading', 'trade', 'trader', 'futures', 'leverage', 'hebel', 'levier', 'apalancamiento', 'leva', 'dźwignia', 'hefboom', 'spot', 'margin', 'perp', 'perps',
  'staking', 'wallet', 'airdrop', 'defi', 'nft', 'kyc', 'referral', 'signup', 'register', 'deposit', 'withdraw*', 'app', 'account', 'konto', 'compte', 'cuenta', 'conto',
  'promo', 'code', 'bonus', 'invite', 'sign',
  // Sign-up, invitation and fee words in the other EU languages: a promotion names a firm beside them
  // ("Codice invito MEXC: ...", "Codul meu MEXC"), as English posts do beside "code" and "register".
  'inscri*', 'anmeld*', 'registr*', 'regist*', 'regisztr*', 'akcio*', 'iscri*', 'rejestr*', 'aanmeld*', 'zaregistr*', 'înregistr*', 'rekister*', 'εγγραφ*', 'регистр*',
  'invito', 'convite', 'invitacion', 'invitation', 'einladung*', 'uitnodig*', 'zaproszeni*', 'pozvanka', 'meghivo*', 'kutsu*',
  'commission*', 'comision*', 'commissioni', 'comissoes', 'provizij*', 'poplat*', 'prowizj*', 'gebuhr*',
  // Discount words (also inside compounds: "Kraken-rabatkode") and the words of a paid collaboration
  // ("Betalt samarbejde med Kraken"): a promotion names its firm beside them.
  'rabat*', 'discount*', 'rabais', 'descuento*', 'sconto', 'korting*', 'znizk*', 'slev*', 'alennus*', 'allahindlus*', 'kedvezm*', 'reducer*', 'popust*',
  'atlaid*', 'nuolaid*', 'εκπτωσ*', 'отстъпк*', 'samarbe*', 'kooperation', 'partnership', 'sponsor*', 'collab*', 'spolupr*', 'wspolprac*', 'yhteistyo*',
  'koostoo*', 'egyuttmukod*', 'colabor*', 'suradnj*', 'sodelovanj*', 'sadarb*', 'bendradarb*', 'συνεργασι*', 'сътрудничеств*', 'werbung', 'anzeige',
  'reklam*', 'publicit*', 'annons*', 'mainos*', 'gesponsert', 'empfehlung*', 'gutschein*', 'parrain*', 'polec*', 'henvisning*', 'hanvisning*',
  // The code words of every EU language and their case forms (promo-phrases.ts), one list for both detectors.
  ...BARE_CODE_WORDS, ...CODE_WORD_FORMS,
];
