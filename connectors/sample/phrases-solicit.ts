// Soliciting phrase packs, one per language. Each slot is written the way influencers in that market
// actually phrase it (the promo-code wording, the local disclosure tag, the local payment rail), because
// the detectors are tuned on exactly these phrasings. Placeholders: {firm} {code} {bonus} {link} {payment} {phone}.
import type { Lang } from './langs.ts';

export interface SolicitPack {
  hooks: string[];
  code: string[];
  bonus: string[];
  cta: string[];
  /** Sentences naming a local payment rail: tagged eu_payment. */
  payment: string[];
  phone: string[];
  /** Sentences naming an EU country: tagged eu_country_mention. */
  country: string[];
  disclosures: string[];
  titles: string[];
  adBodies: string[];
  /** Payment rails substituted for {payment}. */
  rails: string[];
}

export const SOLICIT: Record<Lang, SolicitPack> = {
  fr: {
    hooks: [
      "Ça fait 6 mois que je trade sur {firm} et honnêtement c'est devenu mon exchange principal 🚀",
      "Vous me demandez tous les jours quelle plateforme j'utilise : c'est {firm}, frais ultra bas et retraits rapides.",
      'Nouveau tuto : comment acheter tes premiers bitcoins sur {firm} en moins de 5 minutes 👇',
      'Le staking sur {firm} me rapporte plus que mon Livret A, je vous explique tout en story.',
      "Gros partenariat avec {firm} cette semaine, j'en profite pour vous faire un cadeau 🎁",
      "J'ai enfin migré tout mon portefeuille sur {firm}. Trois raisons : frais, appli, support en français.",
    ],
    code: ["Utilise mon code promo {code} à l'inscription", 'Avec le code promo {code} tu as les frais réduits pendant 30 jours', "N'oublie pas le code {code} 😉"],
    bonus: ['{bonus} offerts sur ton premier dépôt', "jusqu'à {bonus} de bonus de bienvenue pour les nouveaux inscrits"],
    cta: ['Inscris-toi ici 👉 {link}', 'Le lien pour ouvrir ton compte : {link}', 'Tout se passe par mon lien : {link}'],
    payment: ['Dépôt en euros par virement {payment}, crédité en quelques minutes.', 'On peut déposer par virement {payment} sans frais.'],
    phone: ['Une question ? Écris-moi sur WhatsApp au {phone}', 'Support WhatsApp : {phone}'],
    country: ['Ouvert aux résidents en France et en Belgique 🇫🇷🇧🇪', 'Ça marche depuis la France, aucune galère de vérification.'],
    disclosures: ['#pub', '#collaborationcommerciale', 'Collaboration commerciale avec {firm}', '#sponsorisé', '#partenariat'],
    titles: ['{firm} : mon avis après 6 mois + {bonus} offerts', "TUTO {firm} 2026 : s'inscrire, déposer et trader (code promo en description)"],
    adBodies: [
      'Rejoins {firm} avec mon code {code} et reçois {bonus} sur ton premier dépôt. Inscription en 3 minutes.',
      'Tu veux investir en crypto sans prise de tête ? Je te montre comment je fais sur {firm}. Bonus de {bonus} avec mon lien.',
    ],
    rails: ['SEPA'],
  },
  de: {
    hooks: [
      'Ich handle seit einem halben Jahr auf {firm} und bin echt begeistert – niedrige Gebühren, schnelle Auszahlungen.',
      'Viele fragen mich nach meiner Börse: Ich nutze {firm}, vor allem für Futures.',
      'Neues Video: So kaufst du deinen ersten Bitcoin bei {firm} – Schritt für Schritt 👇',
      'Staking bei {firm} bringt mir gerade mehr als jedes Tagesgeldkonto.',
      "Kooperation mit {firm}: Für euch gibt's diese Woche ein besonderes Angebot 🎁",
      'Mein Depot liegt inzwischen komplett bei {firm}. Warum? Gebühren, App und deutscher Support.',
    ],
    code: ['Mit meinem Code {code} sparst du 20 % Gebühren', 'Gib bei der Anmeldung meinen Code {code} ein', 'Gutscheincode: {code}'],
    bonus: ['{bonus} Startbonus auf deine erste Einzahlung', 'bis zu {bonus} Willkommensbonus für Neukunden'],
    cta: ['Hier registrieren 👉 {link}', 'Zur Anmeldung: {link}', 'Link zur Kontoeröffnung: {link}'],
    payment: ['Einzahlung in Euro per {payment}-Überweisung, meistens in wenigen Minuten gutgeschrieben.', 'Einzahlen geht bequem per {payment}-Echtzeitüberweisung.'],
    phone: ['Fragen? Schreib mir auf WhatsApp: {phone}', 'WhatsApp-Support: {phone}'],
    country: ['Funktioniert problemlos aus Deutschland und Österreich 🇩🇪🇦🇹', 'Auch für Kunden in Deutschland, die Verifizierung dauert 10 Minuten.'],
    disclosures: ['#werbung', '#anzeige', 'Werbung', 'Anzeige | Kooperation mit {firm}', '#affiliate'],
    titles: ['{firm} Erfahrungen 2026: Lohnt sich die Börse? (+{bonus} Bonus)', '{firm} Tutorial für Anfänger – Anmeldung, Einzahlung, erster Trade'],
    adBodies: [
      'Jetzt bei {firm} starten: Mit dem Code {code} bekommst du {bonus} Bonus auf deine erste Einzahlung.',
      'Krypto kaufen in unter 5 Minuten – so mache ich es bei {firm}. Sichere dir {bonus} Startbonus.',
    ],
    rails: ['SEPA'],
  },
  it: {
    hooks: [
      'Da quando uso {firm} non torno più indietro: commissioni basse e prelievi velocissimi.',
      'Mi chiedete sempre che exchange uso: è {firm}, ve lo consiglio per iniziare.',
      'Nuovo video: come comprare i tuoi primi Bitcoin su {firm} in 5 minuti 👇',
      'Con lo staking su {firm} sto guadagnando più che con il conto deposito.',
      'Settimana speciale con {firm}: ho una sorpresa per chi mi segue 🎁',
    ],
    code: ['Usa il mio codice promo {code} in fase di registrazione', 'Inserisci il codice {code} e hai commissioni scontate per 30 giorni'],
    bonus: ['{bonus} di bonus sul primo deposito', 'fino a {bonus} di bonus di benvenuto'],
    cta: ['Registrati qui 👉 {link}', 'Link per aprire il conto: {link}', 'Trovi tutto al mio link: {link}'],
    payment: ['Depositi in euro con bonifico {payment}, accreditati in pochi minuti.', 'Si deposita con bonifico {payment} senza commissioni.'],
    phone: ['Domande? Scrivimi su WhatsApp al {phone}'],
    country: ['Disponibile per chi vive in Italia 🇮🇹, verifica in 10 minuti.'],
    disclosures: ['#adv', '#ad', '#sponsorizzato', 'Contenuto sponsorizzato da {firm}', '#collaborazione'],
    titles: ['{firm} recensione 2026: conviene davvero? (+{bonus} di bonus)', 'Tutorial {firm}: registrazione, deposito e primo trade'],
    adBodies: [
      'Inizia a fare trading su {firm}: con il codice {code} ricevi {bonus} sul primo deposito.',
      'Vuoi investire in crypto senza complicazioni? Ti mostro come faccio su {firm}. {bonus} di bonus con il mio link.',
    ],
    rails: ['SEPA'],
  },
  es: {
    hooks: [
      'Llevo medio año operando en {firm} y la verdad es que es mi exchange favorito 🚀',
      'Me preguntáis mucho qué plataforma uso: es {firm}, comisiones bajísimas.',
      'Nuevo tutorial: cómo comprar tus primeros bitcoins en {firm} paso a paso 👇',
      'El staking de {firm} me está dando más que cualquier cuenta remunerada.',
      'Esta semana tengo colaboración con {firm} y os traigo un regalo 🎁',
    ],
    code: ['Usa mi código promocional {code} al registrarte', 'Con el código {code} tienes comisiones reducidas durante 30 días'],
    bonus: ['{bonus} de regalo en tu primer depósito', 'hasta {bonus} de bono de bienvenida'],
    cta: ['Regístrate aquí 👉 {link}', 'Enlace para abrirte la cuenta: {link}', 'Todo desde mi enlace: {link}'],
    payment: ['Depósitos en euros por transferencia {payment} o Bizum, al momento.', 'Puedes ingresar por transferencia {payment} sin comisiones.'],
    phone: ['¿Dudas? Escríbeme por WhatsApp al {phone}'],
    country: ['Disponible para residentes en España 🇪🇸'],
    disclosures: ['#publi', '#publicidad', 'Colaboración pagada con {firm}', '#patrocinado'],
    titles: ['{firm}: mi opinión después de 6 meses (+{bonus} de regalo)', 'Tutorial {firm} 2026: registro, depósito y primera operación'],
    adBodies: [
      'Empieza en {firm} con mi código {code} y llévate {bonus} en tu primer depósito.',
      '¿Quieres invertir en cripto sin complicarte? Te enseño cómo lo hago en {firm}. {bonus} de bono con mi enlace.',
    ],
    rails: ['SEPA'],
  },
  pt: {
    hooks: [
      'Há seis meses que faço trading na {firm} e é sem dúvida a minha exchange preferida.',
      'Perguntam-me sempre que plataforma uso: é a {firm}, comissões muito baixas.',
      'Novo vídeo: como comprar as tuas primeiras criptomoedas na {firm} 👇',
      'O staking na {firm} está a render-me mais do que qualquer depósito a prazo.',
    ],
    code: ['Usa o meu código promocional {code} no registo', 'Com o código {code} tens comissões mais baixas durante 30 dias'],
    bonus: ['{bonus} de oferta no primeiro depósito', 'até {bonus} de bónus de boas-vindas'],
    cta: ['Regista-te aqui 👉 {link}', 'Link para abrir conta: {link}'],
    payment: ['Depósitos em euros por transferência {payment} ou MB WAY, em minutos.'],
    phone: ['Dúvidas? Fala comigo no WhatsApp: {phone}'],
    country: ['Disponível para quem vive em Portugal 🇵🇹'],
    disclosures: ['#publicidade', '#pub', 'Parceria paga com a {firm}', '#patrocinado'],
    titles: ['{firm}: a minha opinião sincera (+{bonus} de bónus)', 'Tutorial {firm} 2026: registo, depósito e primeira compra'],
    adBodies: [
      'Começa na {firm} com o meu código {code} e recebe {bonus} no primeiro depósito.',
      'Queres investir em cripto sem complicações? Mostro-te como faço na {firm}. Bónus de {bonus} com o meu link.',
    ],
    rails: ['SEPA'],
  },
  nl: {
    hooks: [
      'Ik handel nu een half jaar op {firm} en het bevalt me echt goed: lage kosten, snelle opnames.',
      'Jullie vragen vaak welk platform ik gebruik: dat is {firm}.',
      'Nieuwe video: zo koop je je eerste bitcoin op {firm}, stap voor stap 👇',
      'Met staking op {firm} verdien ik meer dan op mijn spaarrekening.',
      'Deze week een samenwerking met {firm}, en daar profiteren jullie van 🎁',
    ],
    code: ['Gebruik mijn promocode {code} bij het aanmelden', 'Met code {code} krijg je 30 dagen lagere handelskosten'],
    bonus: ['{bonus} bonus op je eerste storting', 'tot {bonus} welkomstbonus'],
    cta: ['Aanmelden via 👉 {link}', 'Link om een account te openen: {link}'],
    payment: ['Storten in euro’s gaat direct met {payment}.', 'Je kunt gratis storten via {payment} of een SEPA-overboeking.'],
    phone: ['Vragen? App me op WhatsApp: {phone}'],
    country: ['Werkt prima vanuit Nederland en België 🇳🇱🇧🇪'],
    disclosures: ['#spon', '#ad', 'betaalde samenwerking', 'Betaalde samenwerking met {firm}', '#adv'],
    titles: ['{firm} review 2026: is het de moeite waard? (+{bonus} bonus)', '{firm} uitleg voor beginners: aanmelden, storten en handelen'],
    adBodies: [
      'Start vandaag op {firm}: met code {code} krijg je {bonus} bonus op je eerste storting.',
      'Beleggen in crypto zonder gedoe? Ik laat zien hoe ik het doe op {firm}. {bonus} bonus via mijn link.',
    ],
    rails: ['iDEAL'],
  },
  pl: {
    hooks: [
      'Od pół roku handluję na {firm} i szczerze – to moja ulubiona giełda.',
      'Pytacie, z jakiej giełdy korzystam: to {firm}, niskie prowizje i szybkie wypłaty.',
      'Nowy film: jak kupić pierwszego bitcoina na {firm} krok po kroku 👇',
      'Staking na {firm} daje mi więcej niż lokata w banku.',
      'W tym tygodniu współpracuję z {firm} i mam dla was prezent 🎁',
    ],
    code: ['Użyj mojego kodu promocyjnego {code} przy rejestracji', 'Kod promocyjny {code} daje 20% zniżki na prowizje'],
    bonus: ['{bonus} bonusu na start przy pierwszej wpłacie', 'nawet {bonus} bonusu powitalnego'],
    cta: ['Zarejestruj się tutaj 👉 {link}', 'Link do założenia konta: {link}'],
    payment: ['Wpłaty przez {payment} albo przelewem SEPA w euro.'],
    phone: ['Pytania? Napisz na WhatsApp: {phone}'],
    country: ['Działa bez problemu w Polsce 🇵🇱'],
    disclosures: ['#reklama', 'płatna współpraca', 'Płatna współpraca z {firm}', '#współpraca', '#ad'],
    titles: ['{firm} – opinie po 6 miesiącach (+{bonus} bonusu)', 'Poradnik {firm} 2026: rejestracja, wpłata i pierwsza transakcja'],
    adBodies: [
      'Zacznij na {firm} z moim kodem {code} i odbierz {bonus} przy pierwszej wpłacie.',
      'Chcesz inwestować w krypto bez stresu? Pokażę ci, jak robię to na {firm}.',
    ],
    rails: ['BLIK'],
  },
  sv: {
    hooks: [
      'Jag har handlat på {firm} i ett halvår nu och är riktigt nöjd – låga avgifter och snabba uttag.',
      'Många frågar vilken börs jag använder: det är {firm}.',
      'Ny video: så köper du din första bitcoin på {firm}, steg för steg 👇',
      'Staking på {firm} ger mig mer än sparkontot på banken.',
    ],
    code: ['Använd min kampanjkod {code} när du registrerar dig', 'Med koden {code} får du lägre avgifter i 30 dagar'],
    bonus: ['{bonus} i bonus på din första insättning', 'upp till {bonus} i välkomstbonus'],
    cta: ['Registrera dig här 👉 {link}', 'Länk för att öppna konto: {link}'],
    payment: ['Insättning med {payment} eller SEPA-överföring i euro.'],
    phone: ['Frågor? Skriv till mig på WhatsApp: {phone}'],
    country: ['Funkar utmärkt för oss i Sverige 🇸🇪'],
    disclosures: ['reklam', '#reklam', 'Reklam i samarbete med {firm}', '#samarbete', '#ad'],
    titles: ['{firm} recension 2026 – är det värt det? (+{bonus} bonus)', '{firm} guide för nybörjare: registrering, insättning och första affären'],
    adBodies: ['Börja handla på {firm}: med koden {code} får du {bonus} i bonus.', 'Vill du investera i krypto utan krångel? Jag visar hur jag gör på {firm}.'],
    rails: ['Swish'],
  },
  da: {
    hooks: [
      'Jeg har handlet på {firm} i et halvt år nu, og jeg er virkelig glad for det – lave gebyrer og hurtige udbetalinger.',
      'I spørger tit, hvilken børs jeg bruger: det er {firm}.',
      'Ny video: sådan køber du din første bitcoin på {firm}, trin for trin 👇',
      'Staking på {firm} giver mig mere end min opsparingskonto.',
    ],
    code: ['Brug min rabatkode {code}, når du opretter dig', 'Med koden {code} får du lavere gebyrer i 30 dage'],
    bonus: ['{bonus} i bonus på din første indbetaling', 'op til {bonus} i velkomstbonus'],
    cta: ['Opret dig her 👉 {link}', 'Link til at oprette en konto: {link}'],
    payment: ['Indbetal med {payment} eller SEPA-overførsel i euro.'],
    phone: ['Spørgsmål? Skriv til mig på WhatsApp: {phone}'],
    country: ['Virker fint herfra i Danmark 🇩🇰'],
    disclosures: ['annonce', '#annonce', 'Reklame i samarbejde med {firm}', '#reklame', '#sponsoreret'],
    titles: ['{firm} anmeldelse 2026 – er det det værd? (+{bonus} bonus)', '{firm} guide for begyndere: oprettelse, indbetaling og første handel'],
    adBodies: ['Kom i gang på {firm}: med koden {code} får du {bonus} i bonus.', 'Vil du investere i krypto uden bøvl? Jeg viser, hvordan jeg gør på {firm}.'],
    rails: ['MobilePay'],
  },
  cs: {
    hooks: [
      'Na {firm} obchoduju už půl roku a jsem fakt spokojený – nízké poplatky a rychlé výběry.',
      'Často se ptáte, jakou burzu používám: je to {firm}.',
      'Nové video: jak koupit první bitcoin na {firm} krok za krokem 👇',
      'Staking na {firm} mi vynáší víc než spořicí účet.',
    ],
    code: ['Při registraci použij můj promo kód {code}', 'S kódem {code} máš 30 dní nižší poplatky'],
    bonus: ['{bonus} bonus k prvnímu vkladu', 'až {bonus} uvítací bonus'],
    cta: ['Registrace tady 👉 {link}', 'Odkaz na založení účtu: {link}'],
    payment: ['Vklad v eurech přes {payment} převod, připsáno během pár minut.'],
    phone: ['Dotazy? Napiš mi na WhatsApp: {phone}'],
    country: ['Funguje bez problémů i v Česku 🇨🇿'],
    disclosures: ['#reklama', '#spolupráce', 'Placená spolupráce s {firm}', '#ad'],
    titles: ['{firm} recenze 2026 – vyplatí se? (+{bonus} bonus)', '{firm} návod pro začátečníky: registrace, vklad a první obchod'],
    adBodies: ['Začni obchodovat na {firm}: s kódem {code} získáš {bonus} bonus.', 'Chceš investovat do krypta bez starostí? Ukážu ti, jak to dělám na {firm}.'],
    rails: ['SEPA'],
  },
  ro: {
    hooks: [
      'Tranzacționez pe {firm} de jumătate de an și sincer e exchange-ul meu preferat.',
      'Mă tot întrebați ce platformă folosesc: e {firm}, comisioane mici și retrageri rapide.',
      'Video nou: cum îți cumperi primul bitcoin pe {firm}, pas cu pas 👇',
      'Staking-ul pe {firm} îmi aduce mai mult decât un depozit la bancă.',
    ],
    code: ['Folosește codul meu promoțional {code} la înregistrare', 'Cu codul {code} ai comisioane reduse 30 de zile'],
    bonus: ['{bonus} bonus la primul depozit', 'până la {bonus} bonus de bun venit'],
    cta: ['Înscrie-te aici 👉 {link}', 'Link pentru deschiderea contului: {link}'],
    payment: ['Depuneri în euro prin transfer {payment}, creditate în câteva minute.'],
    phone: ['Întrebări? Scrie-mi pe WhatsApp: {phone}'],
    country: ['Merge fără probleme din România 🇷🇴'],
    disclosures: ['#publicitate', '#ad', 'Colaborare plătită cu {firm}', '#sponsorizat'],
    titles: ['{firm} review 2026 – merită? (+{bonus} bonus)', 'Tutorial {firm}: înregistrare, depunere și prima tranzacție'],
    adBodies: ['Începe pe {firm} cu codul meu {code} și primești {bonus} la primul depozit.', 'Vrei să investești în crypto fără bătăi de cap? Îți arăt cum fac eu pe {firm}.'],
    rails: ['SEPA'],
  },
  en: {
    hooks: [
      "Been trading on {firm} for six months now and it's become my main exchange.",
      "You keep asking which platform I use: it's {firm}, low fees and fast withdrawals.",
      'New tutorial: how to buy your first bitcoin on {firm} in under 5 minutes 👇',
      'Staking on {firm} is paying me more than any savings account.',
      'Teamed up with {firm} this month, so here is something for you 🎁',
    ],
    code: ['Use my promo code {code} when you sign up', 'Code {code} gets you 30 days of reduced fees'],
    bonus: ['{bonus} bonus on your first deposit', 'up to {bonus} welcome bonus for new users'],
    cta: ['Sign up here 👉 {link}', 'Open your account with my link: {link}'],
    payment: ['Deposit euros by {payment} transfer, credited within minutes.'],
    phone: ['Questions? Message me on WhatsApp: {phone}'],
    country: ['Works great for everyone here in Ireland 🇮🇪'],
    disclosures: ['#ad', '#sponsored', 'Paid partnership with {firm}', '#affiliate'],
    titles: ['{firm} review 2026: worth it? (+{bonus} bonus)', '{firm} tutorial for beginners: sign-up, deposit, first trade'],
    adBodies: [
      'Start trading on {firm}: use code {code} and get {bonus} on your first deposit.',
      'Want to invest in crypto without the hassle? I show you how I do it on {firm}. {bonus} bonus with my link.',
    ],
    rails: ['SEPA'],
  },
};
