// Decoys: content that names the sample firms (or carries referral/affiliate links) but is not
// solicitation under ESMA's guidelines, so the detector must keep it at or below maxLevel.
import type { SamplePlatform } from './cast.ts';
import type { Lang } from './langs.ts';

export interface DecoyPost {
  platform: SamplePlatform;
  lang: Lang;
  text: string;
  /** YouTube title. */
  title?: string;
  /** Firms named by the post ('*' = none of them: non-crypto affiliate content). */
  firms: string[];
  logo?: { firmId: string; altText: string };
}

export interface DecoyPlan {
  person: string;
  maxLevel: 'low' | 'none';
  /** Indicator codes the detector is expected to find (counter-indications included). */
  indicators: string[];
  reason: string;
  posts: DecoyPost[];
}

export const DECOY_PLANS: DecoyPlan[] = [
  { person: 'prof', maxLevel: 'low', indicators: ['educational_only', 'eu_language'], reason: 'educational threads (self-custody, DEX vs CEX, proof of reserves): naming a firm without link, code or offer is not solicitation (G2 §17)', posts: [
    { platform: 'x', lang: 'de', firms: ['qorvex'], text: '🧵 Was bedeutet eigentlich Self-Custody? Wenn eure Coins auf Qorvex liegen, hält die Börse die privaten Schlüssel – nicht ihr. Ein kurzer Thread 1/6' },
    { platform: 'x', lang: 'de', firms: ['zyntra'], text: '2/6 Der Unterschied zwischen einer zentralen Börse wie Zyntra und einem DEX: Beim DEX tauscht ihr direkt gegen einen Smart Contract, niemand verwahrt eure Einlagen.' },
    { platform: 'x', lang: 'de', firms: ['qorvex'], text: 'Seed-Phrase sicher aufbewahren: niemals als Foto, niemals in der Cloud. Keine Börse – auch nicht Qorvex – wird euch je danach fragen.' },
    { platform: 'x', lang: 'de', firms: ['qorvex'], text: 'Proof of Reserves kurz erklärt: Qorvex veröffentlicht Merkle-Tree-Nachweise. Was die belegen (Einlagen) und was nicht (Verbindlichkeiten) 🧵' },
    { platform: 'x', lang: 'de', firms: ['zyntra'], text: 'Was sind Perpetual Futures? Plattformen wie Zyntra bieten Hebel bis 100x. Warum der Funding-Mechanismus wichtig ist – und warum Hebel für Einsteiger gefährlich ist.' },
  ] },
  { person: 'ecole', maxLevel: 'low', indicators: ['educational_only', 'eu_language'], reason: 'French educational videos that explain DeFi and self-custody and name platforms as examples (G2 §17)', posts: [
    { platform: 'youtube', lang: 'fr', firms: ['moonvale'], title: 'DeFi expliquée simplement : pools de liquidité, AMM et impermanent loss',
      text: "Dans cette vidéo on voit comment fonctionne un AMM, pourquoi l'impermanent loss existe et en quoi c'est différent du carnet d'ordres d'une plateforme centralisée comme Moonvale.\n\nAucun lien d'affiliation, aucun code : c'est un cours.\n\n00:00 Introduction\n02:10 Qu'est-ce qu'un AMM ?\n09:45 L'impermanent loss\n15:30 Carnets d'ordres et pools" },
    { platform: 'youtube', lang: 'fr', firms: ['nebulix', 'moonvale'], title: 'Self-custody : garder ses cryptos soi-même, le guide complet',
      text: 'On compare un wallet matériel, un wallet logiciel et le fait de laisser ses fonds sur une plateforme comme Nebulix ou Moonvale. Objectif : comprendre les risques, pas vous vendre quoi que ce soit.\n\nChapitres :\n00:00 Pourquoi la self-custody\n06:20 Les différents wallets\n14:00 Sauvegarder sa phrase de récupération' },
    { platform: 'youtube', lang: 'fr', firms: ['nebulix'], title: 'Stablecoins et MiCA : ce qui change en 2026',
      text: "Pourquoi certaines plateformes hors UE, dont Nebulix, ont retiré des paires en stablecoins pour leurs clients européens, et ce que dit le règlement MiCA sur les jetons de monnaie électronique.\n\nSources : règlement (UE) 2023/1114, orientations de l'ESMA." },
  ] },
  { person: 'szkola', maxLevel: 'low', indicators: ['educational_only', 'eu_language'], reason: 'Polish educational Telegram lessons naming an exchange as an example (G2 §17)', posts: [
    { platform: 'telegram', lang: 'pl', firms: ['moonvale'], text: 'Lekcja 3: czym jest self-custody? Jeśli trzymasz środki na giełdzie takiej jak Moonvale, to giełda kontroluje klucze prywatne, a nie ty.' },
    { platform: 'telegram', lang: 'pl', firms: ['moonvale'], text: 'Czym różni się giełda scentralizowana (np. Moonvale) od DEX-a? Krótko w punktach:\n• kto trzyma środki\n• jak działa arkusz zleceń\n• kto odpowiada za błędy' },
    { platform: 'telegram', lang: 'pl', firms: ['moonvale'], text: 'Lekcja 5: jak działa staking i skąd biorą się nagrody? Wyjaśniam na przykładzie sieci Ethereum – to samo dotyczy stakingu oferowanego przez Moonvale i inne giełdy.' },
  ] },
  { person: 'skolan', maxLevel: 'low', indicators: ['educational_only', 'eu_language'], reason: 'Swedish beginner threads naming an exchange in passing (G2 §17)', posts: [
    { platform: 'x', lang: 'sv', firms: ['halvora'], text: 'Vad är DeFi egentligen? En tråd för nybörjare 🧵 Till skillnad från en central börs som Halvora finns det ingen som förvaltar dina tillgångar.' },
    { platform: 'x', lang: 'sv', firms: ['halvora'], text: 'Skillnaden mellan hot wallet och cold wallet – och varför du inte bör ha allt på Halvora eller någon annan börs. Not your keys, not your coins.' },
  ] },
  { person: 'review_es', maxLevel: 'low', indicators: ['own_initiative_review', 'eu_language'], reason: 'own-initiative, explicitly unsponsored and partly critical comparison of exchanges, no link or code (G2 §21)', posts: [
    { platform: 'youtube', lang: 'es', firms: ['qorvex', 'nebulix'], title: 'Qorvex vs Nebulix: comisiones, seguridad y soporte (NO patrocinado)',
      text: 'He abierto cuenta en las dos con mi propio dinero. Nadie me paga por este vídeo: no hay enlaces de afiliado ni códigos.\n\nConclusión: Nebulix tiene mejores comisiones, pero ninguna de las dos está autorizada en la UE y el soporte de Qorvex tardó 9 días en responderme.\n\n00:00 Intro\n03:00 Comisiones\n08:40 Seguridad\n13:15 Soporte' },
    { platform: 'youtube', lang: 'es', firms: ['nebulix'], title: '¿Es fiable Nebulix? Mi experiencia real tras 3 meses',
      text: 'Vídeo sin patrocinio. Cuento lo bueno (app rápida, muchas altcoins) y lo malo (retiradas bloqueadas dos veces, KYC repetido). No voy a poner enlace.' },
    { platform: 'x', lang: 'es', firms: ['qorvex'], text: 'Después de un mes probando Qorvex: retiradas lentas, soporte que no responde y spreads altos en altcoins. No lo recomiendo. (Vídeo no patrocinado)' },
    { platform: 'x', lang: 'es', firms: ['nebulix'], text: 'Mucha gente me pide opinión sobre Nebulix. Honestamente: funciona, pero su situación regulatoria en la UE no está clara. Yo no lo usaría para cantidades grandes.' },
    { platform: 'x', lang: 'es', firms: ['qorvex', 'nebulix'], text: 'Tabla de comisiones maker/taker: Qorvex 0,10/0,10 · Nebulix 0,08/0,10. Datos recogidos por mí, nadie me paga por esto.' },
  ] },
  { person: 'kryptotest', maxLevel: 'low', indicators: ['own_initiative_review', 'eu_language'], reason: 'critical own-initiative tests marked "nicht gesponsert", no link or code (G2 §21)', posts: [
    { platform: 'x', lang: 'de', firms: ['brisklane'], text: 'Ehrlicher Test: Brisklane nach 4 Wochen. Gebühren okay, aber die Auszahlung hat 6 Tage gedauert und der Support war kaum erreichbar. Nicht gesponsert, kein Affiliate-Link.' },
    { platform: 'x', lang: 'de', firms: ['brisklane', 'zyntra'], text: 'Vergleich Brisklane vs. Zyntra: Ordergebühren, Spreads, Auszahlungszeiten. Fazit: Keine der beiden ist in der EU zugelassen – seid vorsichtig. (nicht gesponsert)' },
    { platform: 'x', lang: 'de', firms: ['zyntra'], text: 'Update zu Zyntra: Mehrere Follower berichten von gesperrten Konten nach KYC-Nachforderungen. Ich kann die Plattform derzeit nicht empfehlen.' },
  ] },
  { person: 'avis', maxLevel: 'low', indicators: ['own_initiative_review', 'eu_language'], reason: 'critical review marked "pas sponsorisé", no link or code (G2 §21)', posts: [
    { platform: 'x', lang: 'fr', firms: ['tradelyx'], text: "Mon avis sur Tradelyx après 3 mois, pas sponsorisé : l'interface est propre mais les frais de retrait sont abusifs et le support met des jours à répondre." },
    { platform: 'x', lang: 'fr', firms: ['tradelyx'], text: "On me demande souvent si Tradelyx est fiable. Réponse honnête : la plateforme n'est pas autorisée en Europe, je ne la recommande pas. Aucun lien affilié, aucun partenariat." },
  ] },
  { person: 'recenze', maxLevel: 'low', indicators: ['own_initiative_review', 'eu_language'], reason: 'Czech own-initiative reviews marked "nesponzorováno" (G2 §21)', posts: [
    { platform: 'x', lang: 'cs', firms: ['brisklane'], text: 'Recenze Brisklane: poplatky nízké, ale výběry trvají dlouho a podpora neodpovídá. Nesponzorováno, žádný affiliate odkaz.' },
    { platform: 'x', lang: 'cs', firms: ['brisklane', 'tradelyx'], text: 'Srovnání Brisklane vs Tradelyx – co mi vadí na obou. Tohle video si nikdo nezaplatil, všechno jsem testoval za vlastní peníze.' },
  ] },
  { person: 'gio', maxLevel: 'low', indicators: ['eu_entity_link', 'eu_language'], reason: 'links only to halvora.eu, the EU-authorised entity of the Halvora group: not third-country solicitation', posts: [
    { platform: 'x', lang: 'it', firms: ['halvora'], text: "Finalmente Halvora ha la licenza MiCA tramite Halvora Europe UAB (Lituania). Mi sono registrato sull'entità europea 👉 https://halvora.eu/it/registrazione?ref=GIO #adv" },
    { platform: 'x', lang: 'it', firms: ['halvora'], text: 'Per chi vive in Italia: usate Halvora Europe, non il sito .com. Iscrizione qui: https://halvora.eu/it/registrazione?ref=GIO – codice GIO per lo sconto sulle commissioni.' },
    { platform: 'x', lang: 'it', firms: ['halvora'], text: 'Guida: come verificare che state usando Halvora Europe (autorizzata in Lituania) → https://halvora.eu/it' },
  ] },
  { person: 'mode', maxLevel: 'none', indicators: ['disclosure', 'eu_language'], reason: 'non-crypto affiliate links (amazon.de ?tag=) with #werbung: no crypto firm involved', posts: [
    { platform: 'x', lang: 'de', firms: ['*'], text: 'Meine Lieblings-Sneaker sind gerade reduziert 👟 https://www.amazon.de/dp/B0C7XK2M4Q?tag=modeblog-21 #werbung #affiliate' },
    { platform: 'x', lang: 'de', firms: ['*'], text: 'Herbst-Outfit der Woche: Trenchcoat, Strick und Chelsea Boots. Den Mantel findet ihr hier: https://www.amazon.de/dp/B0D1RT8ZQW?tag=modeblog-21 (Affiliate-Link)' },
    { platform: 'x', lang: 'de', firms: ['*'], text: 'Mein Kleiderschrank hat mehr Volatilität als jeder Bitcoin-Chart 😂 Die Jacke gibt’s hier: https://www.amazon.de/dp/B0CH4WZ9PL?tag=modeblog-21 #anzeige' },
  ] },
  { person: 'marie', maxLevel: 'none', indicators: ['promo_code', 'disclosure', 'eu_language'], reason: 'French "code promo" for a clothing shop: promotion, but of no crypto firm', posts: [
    { platform: 'x', lang: 'fr', firms: ['*'], text: 'Code promo MARIE15 sur toute la nouvelle collection 🛍️ https://www.maisonlune-paris.fr/collection-automne #collaborationcommerciale' },
    { platform: 'x', lang: 'fr', firms: ['*'], text: "Le pull le plus doux de l'hiver 🧶 -15 % avec le code promo MARIE15 : https://www.maisonlune-paris.fr/pulls #pub" },
    { platform: 'x', lang: 'fr', firms: ['*'], text: 'Dernier jour pour profiter du code MARIE15 ! Livraison offerte en France 🇫🇷 https://www.maisonlune-paris.fr/' },
  ] },
  { person: 'whale', maxLevel: 'low', indicators: ['referral_link', 'promo_code', 'disclosure'], reason: 'no EU nexus: English-only, US-based author, dollar amounts, no EU country, path, phone, payment or targeting', posts: [
    { platform: 'x', lang: 'en', firms: ['qorvex'], text: 'Best exchange for 100x leverage right now is Qorvex. $100 bonus with my link 👉 https://qorvex.io/register?ref=WHALE #ad' },
    { platform: 'x', lang: 'en', firms: ['qorvex'], text: 'Just closed a 40x long on SOL on Qorvex, +$12,400. Copy my trades, sign up here: https://qorvex.io/i/WHALE (promo code WHALE) #ad' },
    { platform: 'x', lang: 'en', firms: ['qorvex'], text: 'People keep asking how I fund my account: USDT on Tron, then straight to Qorvex. Code WHALE for the fee discount. #sponsored' },
    { platform: 'x', lang: 'en', firms: ['qorvex'], text: 'Qorvex just listed 20 new perps. My referral: https://qorvex.io/register?ref=WHALE — $50 in trading credit, ends Friday 5pm EST. #ad' },
  ] },
  { person: 'nachrichten', maxLevel: 'low', indicators: ['eu_language'], reason: 'news reporting about firms (warnings, outages) without link, code or offer', posts: [
    { platform: 'x', lang: 'de', firms: ['zyntra'], text: 'EILMELDUNG: Die BaFin warnt vor Zyntra. Die Plattform verfügt nach Angaben der Aufsicht über keine Erlaubnis für Geschäfte in Deutschland.' },
    { platform: 'x', lang: 'de', firms: ['brisklane'], text: 'Brisklane stoppt Auszahlungen für 48 Stunden – das Unternehmen spricht von „Wartungsarbeiten“. Nutzer berichten von Problemen seit Montag.' },
    { platform: 'x', lang: 'de', firms: ['zyntra'], text: 'Analyse: Warum Derivate-Plattformen wie Zyntra trotz fehlender Zulassung in Europa weiter Kunden gewinnen. Ein Überblick zum Thema Reverse Solicitation.' },
  ] },
  { person: 'blockwire', maxLevel: 'low', indicators: [], reason: 'English news reporting about firms without link, code or offer', posts: [
    { platform: 'x', lang: 'en', firms: ['nebulix'], text: 'Nebulix Markets announces expansion into Latin America; the company says it does not serve customers in the European Union.' },
    { platform: 'x', lang: 'en', firms: ['tradelyx'], text: 'Tradelyx fined by Mauritius regulator over client-money segregation failures, according to a filing seen by Blockwire.' },
    { platform: 'x', lang: 'en', firms: ['nebulix'], text: 'Regulators in France and Italy add Nebulix Markets to their warning lists of unauthorised crypto-asset service providers.' },
  ] },
  { person: 'qorvex', maxLevel: 'none', indicators: ['referral_link', 'app_link', 'logo'], reason: 'firm self-promotion: the firm\'s own official account is not a person acting on its behalf; exclude', posts: [
    { platform: 'x', lang: 'en', firms: ['qorvex'], text: 'Introducing Qorvex Earn 2.0: flexible staking on 40+ assets. Get started: https://qorvex.io/register?ref=QVXOFFICIAL' },
    { platform: 'x', lang: 'fr', firms: ['qorvex'], text: 'Qorvex parle maintenant français ! Inscrivez-vous : https://qorvex.io/fr/register?ref=QVXFR et profitez de 20 € de bonus.',
      logo: { firmId: 'qorvex', altText: 'Logo Qorvex sur fond bleu nuit' } },
    { platform: 'x', lang: 'en', firms: ['qorvex'], text: 'Trade on the go with the Qorvex app 📱 https://apps.apple.com/app/qorvex/id1600000001 · https://play.google.com/store/apps/details?id=io.qorvex.app' },
    { platform: 'x', lang: 'en', firms: ['qorvex'], text: 'Maintenance notice: spot trading will be paused on 14 June from 02:00 to 03:00 UTC. Funds are safe.' },
  ] },
  { person: 'jan', maxLevel: 'low', indicators: ['firm_site_link', 'eu_language'], reason: 'a single critical post naming the firm with its homepage link only', posts: [
    { platform: 'x', lang: 'nl', firms: ['brisklane'], text: 'Brisklane (https://brisklane.io) blokkeert al drie weken mijn opname. Support reageert niet. Blijf er ver vandaan.' },
  ] },
];
