// Sponsorship and affiliate disclosure markers per language. A disclosure is evidence that the
// promoter is remunerated (ESMA reverse-solicitation Guideline 2). Data only; syntax in ../phrase-matcher.ts.
//
// Decisions an analyst should know before extending the lists:
// - `sponsored` / `affiliate` / `paid_placement` phrases count wherever they appear, unless a negator
//   ("not", "nicht", "pas", "nie" ...) stands within three words before them in the same clause.
// - `labels` are generic nouns for "advertising" (Werbung, Anzeige, publicité, reklama ...). Bare, they
//   are ordinary words ("Anzeige erstatten" = file a police report, "la publicité crypto est interdite"),
//   so they only count in label position: "[Anzeige]", "Werbung:", "WERBUNG" alone on a line, or as a hashtag.
// - `bracketed` are short tokens (ad, pub, spon, adv, publi) that are far too ambiguous as bare words:
//   French "pub" is both "ad" and "pub/bar", English "ad" is in "AD 2024". They count only as a hashtag
//   (listed separately, e.g. "#pub") or fully bracketed: "[ad]", "(pub)".
// - `negations` deny a disclosure ("nicht gesponsert", "unbezahlte Werbung"); they are matched in the
//   same pass and swallow the positive word, so they never produce a disclosure.
import { withLatinForms } from './latin-forms.ts';

export type DisclosureKind = 'sponsored' | 'affiliate' | 'paid_placement';

export interface DisclosureLanguage {
  sponsored?: readonly string[];
  affiliate?: readonly string[];
  paid_placement?: readonly string[];
  labels?: readonly string[];
  /** Cooperation nouns in label position ("Spolupráca s Bybit.", "Samarbete:", "[Kooperation]"): a paid placement. */
  paidLabels?: readonly string[];
  bracketed?: readonly string[];
  /**
   * The `affiliate` phrases (listed there too) that name a referral link: "referral link", "link di invito",
   * "henvisningslink". They also caption the link they name ("Her er mit henvisningslink: ..."): beside a label or a
   * paid partnership the caption is no second disclosure of its own; in brackets ("(referral link)") or alone it is
   * affiliate (detect-disclosures.ts).
   */
  captions?: readonly string[];
  /** Short affiliate tags that count only in brackets: "(aff)", "[afil]". */
  bracketedAffiliate?: readonly string[];
  negations?: readonly string[];
  /**
   * Names of schemes that contain a marker word but disclose nothing about the author ("affiliate
   * programs compared", "affiliate marketing"): matched like negations, so the marker inside never counts.
   */
  schemes?: readonly string[];
}

/**
 * Words that talk about a label as a label, up to four words before it in its clause: "without" ("zonder
 * vermelding van #ad"), "labelled/marked as", the nouns for labelling ("oznaczenie #reklama", "Kennzeichnung").
 * A marker after one of them is named, not put on the post (detect-disclosures.ts). Folded on use.
 */
export const LABELLING_WORDS: readonly string[] = [
  'without', 'labelled', 'labeled', 'labelling', 'labeling', 'label', 'labels', 'tagged', 'marked', 'disclose', 'disclosed', 'disclosing', 'mentioning',
  'ohne', 'kennzeichnung', 'gekennzeichnet', 'kennzeichnen', 'markiert', 'hinweis', 'sans', 'mention', 'mentionner', 'indiquer', 'etiquette', 'sin', 'indicar',
  'indicarlo', 'indicarla', 'indicando', 'etiquetar', 'etiqueta', 'etiquetado', 'senza', 'indicare', 'indicarlo', 'dicitura', 'segnalare', 'sem', 'rotular',
  'sinalizar', 'zonder', 'vermelding', 'vermelden', 'vermeld', 'oznaczenie', 'oznaczyc', 'oznaczac', 'oznaczone', 'oznaczania', 'bez', 'oznaceni', 'oznacit',
  'oznacenie', 'oznaciti', 'oznaka', 'oznaceno', 'utan', 'uden', 'uten', 'markning', 'marka', 'markt', 'maerke', 'markering', 'markeres', 'markeret',
  'maerkes', 'maerket', 'markeras', 'markas', 'merkes', 'merket', 'merkitaan', 'merkitty', 'oznaczyć', 'oznacit', 'oznaceny', 'jelolve', 'marcat', 'marcate', 'ilman', 'merkinta', 'merkita',
  'ilma', 'margistus', 'nelkul', 'jeloles', 'jelolni', 'fara', 'etichetare', 'mentiona', 'χωρις', 'σημανση', 'без', 'означаване', 'означение', 'marķējums',
  'marķēt', 'pazymeti', 'zymejimas', 'mingħajr', 'gan',
  // "Look for #ad", "Les mentions #sponsorisé, #pub": where to find labels, the labels named
  'look', 'mentions', 'words', 'woorden', 'worter', 'mots', 'palabras', 'parole', 'palavras', 'slowa', 'ord', 'sanat',
  // "for example #hirdetés": a label given as an example
  'example', 'beispiel', 'exemple', 'ejemplo', 'esempio', 'exemplo', 'bijvoorbeeld', 'przyklad', 'napriklad', 'peldaul', 'esimerkiksi', 'naiteks', 'exemplu',
  'primjer', 'primer', 'piemeram', 'pavyzdziui', 'παραδειγμα', 'например', 'eg',
  // "a hidden #ad", "ein verstecktes #ad": the label as others hide it
  'hidden', 'versteckt', 'verstecktes', 'versteckte', 'cache', 'cachee', 'oculto', 'oculta', 'nascosto', 'nascosta', 'verborgen', 'ukryte', 'ukryty', 'skryte',
];

/**
 * "means" in every EU language: an explainer's "an ambassador badge means the same: a paid partnership" defines the
 * words after it. Folded on use.
 */
export const MEANS_WORDS: readonly string[] = [
  'means', 'mean', 'meaning', 'bedeutet', 'bedeuten', 'signifie', 'signifient', 'significa', 'significan', 'significam', 'betekent', 'betekenen', 'oznacza',
  'oznaczaja', 'znamena', 'znamenaji', 'znaci', 'pomeni', 'betyder', 'betyr', 'innebar', 'tarkoittaa', 'tahendab', 'jelenti', 'inseamna', 'σημαινει',
  'означава', 'nozime', 'reiskia', 'tfisser', 'ciallaionn',
];

/** Verbs that put a label on as a word right before it: "they add #ad", "tag it #ad". Folded on use. */
export const LABELLING_VERBS: readonly string[] = ['add', 'adds', 'added', 'adding', 'put', 'write', 'writes', 'use', 'uses', 'tag', 'mark', 'hinzufugen', 'ajouter', 'anadir', 'aggiungere', 'toevoegen', 'dodac', 'pisac', 'napisac'];

/**
 * "Removed: referral link (Rule 5)", "post verwijderd – bevatte een verwijzingslink": a moderator describing a link
 * taken down. A plain affiliate marker in such a sentence, in a post with no link of its own, is someone else's link
 * (detect-disclosures.ts). Folded on use; participles as moderators write them.
 */
export const REMOVAL_WORDS: readonly string[] = [
  'removed', 'deleted', 'verwijderd', 'entfernt', 'geloscht', 'supprime', 'supprimee', 'eliminado', 'eliminada', 'rimosso', 'rimossa', 'removido', 'removida', 'apagado',
  'usuniety', 'usunieta', 'usuniete', 'usunieto', 'odstranen', 'odstraneny', 'smazan', 'smazany', 'zmazany', 'odstraneny', 'borttagen', 'borttaget', 'raderad', 'fjernet',
  'slettet', 'poistettu', 'eemaldatud', 'kustutatud', 'torolve', 'eltavolitva', 'sters', 'eliminat', 'uklonjen', 'uklonjena', 'izbrisan', 'izbrisana', 'odstranjen', 'odstranjena',
  'изтрит', 'изтрита', 'премахнат', 'премахната', 'διαγραφηκε', 'αφαιρεθηκε', 'dzests', 'nonemts', 'pasalintas', 'istrintas', 'imhassar', 'mnehhi', 'bainte',
];

export const DISCLOSURE_PHRASES: Record<string, DisclosureLanguage> = {
  en: {
    // "Paid for by <payer>" is the ad library's disclaimer line: the post is an ad.
    sponsored: ['sponsors this', 'sponsoring this', 'sponsors this issue', 'sponsors this newsletter', 'this issue is sponsored by', 'this newsletter is sponsored by', 'supports this newsletter', 'paid for by', 'sponsor of this episode', 'sponsor of this video', 'this episode s sponsor', 'today s sponsor', 'this week s sponsor', 'our sponsor', '#ad', '#ads', '#advert', '#advertisement', '#sponsored', '#sponsor', '#spon', '#sp', 'sponsored', 'sponsored by', 'brought to you by', 'partner of this issue', 'partner of this episode', 'sponsored post', 'sponsored content', 'sponsored video', 'this video is sponsored',
      // "this video is supported by X", and a firm paying the author's way ("Flights, hotel, the lot, paid by them")
      'video is supported by', 'episode is supported by', 'stream is supported by', 'post is supported by', 'paid by them', 'paid for by them', 'they paid for my', 'they paid my'],
    paid_placement: ['official ambassador', 'brand ambassador', 'paid partnership', 'paid promotion', 'paid promo', 'paid post', 'paid collaboration', 'includes paid promotion', '#paidpartnership', '#paidpromotion', '#paidpromo', '#collab'],
    affiliate: ['about our partners', 'affiliate link', 'affiliate links', 'affiliate', '#affiliate', '#affiliatelink', '#affiliatelinks', 'partner link', 'partner links', 'referral link', 'referral links', 'ref link', 'ref links', 'i get a kickback', 'i earn a commission', 'i may earn a commission', 'i get a commission'],
    captions: ['referral link', 'referral links', 'ref link', 'ref links'],
    bracketed: ['ad', 'ads', 'spon', 'sp', 'spons', 'adv'],
    // A label, not a word of the text: "In the advertisement, she is shown ..." talks of an ad.
    // Platform badges as a copy of the page keeps them: X's "Ad" and "Promoted" on a line of their own.
    labels: ['advertisement', 'promoted'],
    paidLabels: ['partnership', 'collaboration'],
    bracketedAffiliate: ['aff', 'affil', 'aff link', 'ref link', 'ref', 'reflink', 'referral'],
    negations: ['no more referral links', 'no more affiliate links', 'no more ref links', 'not sponsored', 'not an ad', 'not an advertisement', 'no sponsorship', 'no sponsor', 'non sponsored', 'non-sponsored', 'unsponsored', 'not a paid', 'not paid', 'unpaid', 'no affiliate', 'not affiliated', 'no affiliate links', 'none of these are referral links', 'none of these are affiliate links', 'none of them are referral links', 'none of them are affiliate links', 'none of the links are referral links', 'none of the links are affiliate links', '#notsponsored', '#notanad', '#noad', '#nosponsor', '#unsponsored', 'ad-free', 'ad free',
      // a deal that has ended: "I used to be sponsored by X back in 2022"
      'used to be sponsored', 'formerly sponsored', 'previously sponsored', 'no longer sponsored'],
    schemes: ['affiliate program', 'affiliate programs', 'affiliate programme', 'affiliate programmes', 'affiliate marketing', 'affiliate network', 'affiliate networks', 'affiliate industry', 'referral program', 'referral programs', 'referral programme', 'referral programmes', 'referral scheme', 'referral schemes'],
  },
  de: {
    sponsored: ['diese folge wird präsentiert von', 'diese folge wird unterstützt von', 'sponsor dieser folge', 'partner dieser folge', 'die heutige folge wird präsentiert von', 'video wird unterstützt von', 'video wird übrigens unterstützt von', 'folge wird unterstützt von', 'episode wird unterstützt von', 'sponsert dieses', 'sponsert diese', 'sponsert diesen', 'sponsert das heutige', 'unterstützt diesen newsletter', 'unterstützt diese ausgabe', 'sponsert diese ausgabe', 'sponsert diesen newsletter', 'partner dieser ausgabe', 'Sponsor dieser Folge', 'Sponsor dieses Videos', 'unser Sponsor', 'heutiger Sponsor', '#werbung', '#anzeige', '#gesponsert', 'gesponsert', 'gesponsert von', 'enthält Werbung', 'bezahlte Werbung', 'Sponsoring', 'Werbeanzeige'],
    paid_placement: ['offizieller botschafter', 'offizielle botschafterin', 'markenbotschafter', 'markenbotschafterin', 'bezahlte Partnerschaft', 'bezahlte Kooperation', 'bezahlte Zusammenarbeit', 'in Kooperation mit', '#kooperation', '#bezahltepartnerschaft'],
    affiliate: ['über unsere partner', 'Affiliate-Link', 'Affiliate-Links', 'Affiliatelink', 'Affiliatelinks', 'Empfehlungslink', 'Partnerlink', 'Partner-Link', 'Provisionslink', 'Werbelink', 'Werbelinks', '#affiliatelink'],
    captions: ['Empfehlungslink'],
    labels: ['Werbung', 'Anzeige'],
    paidLabels: ['Kooperation', 'Zusammenarbeit'],
    negations: ['nicht gesponsert', 'keine Werbung', 'unbezahlte Werbung', 'unbeauftragte Werbung', 'ohne Werbung', 'werbefrei', 'kein Sponsoring', 'keine Kooperation', 'nicht bezahlt', 'unbezahlt', '#nichtgesponsert', '#keinewerbung', '#unbezahltewerbung', '#unbeauftragtewerbung'],
    bracketed: ['anz', 'werb'],
  },
  fr: {
    sponsored: ['cet épisode vous est présenté par', 'épisode présenté par', 'sponsor de cet épisode', 'partenaire de cet épisode', 'sponsorise cette', 'sponsorise ce', 'sponsorise cet', 'sponsorise ce numéro', 'sponsorise cette newsletter', 'ce numéro est sponsorisé par', 'partenaire de ce numéro', 'sponsor de cet épisode', 'sponsor de cette vidéo', 'notre sponsor', 'partenaire de cet épisode', '#pub', '#publicité', '#sponsorisé', '#sponsorise', 'sponsorisé', 'sponsorisée', 'sponsorisé par', 'sponsorisée par', 'contenu sponsorisé', 'vidéo sponsorisée', 'publication sponsorisée'],
    paid_placement: ['ambassadeur officiel', 'ambassadrice officielle', 'collaboration commerciale', 'partenariat rémunéré', 'partenariat commercial', 'collaboration rémunérée', 'en partenariat avec', '#partenariat', '#collaborationcommerciale', '#partenariatrémunéré'],
    affiliate: ['liens partenaires', 'à propos de nos partenaires', 'lien affilié', 'liens affiliés', "lien d'affiliation", "liens d'affiliation", 'lien de parrainage', 'liens de parrainage', 'lien partenaire', '#affilié', '#lienaffilié'],
    captions: ['lien de parrainage', 'liens de parrainage'],
    labels: ['publicité'],
    paidLabels: ['collaboration', 'partenariat'],
    bracketed: ['pub'],
    negations: ['plus de liens de parrainage', 'plus de lien de parrainage', 'plus de liens affiliés', 'plus de liens d affiliation', 'pas sponsorisé', 'pas sponsorisée', 'non sponsorisé', 'non sponsorisée', 'non rémunéré', 'pas rémunéré', 'pas de partenariat', 'sans partenariat', 'aucun partenariat', 'pas une publicité', 'pas de publicité', '#passponsorisé', '#nonsponsorisé'],
  },
  it: {
    sponsored: ['episodio di oggi è offerto da', 'questo episodio è offerto da', 'episodio offerto da', 'puntata offerta da', 'questa puntata è offerta da', 'sponsor della puntata', 'sponsorizza questo', 'sponsorizza questa', 'sponsorizza questo numero', 'sponsor di questo numero', 'questo numero è sponsorizzato da', 'sponsor di questo episodio', 'sponsor di questo video', 'il nostro sponsor', '#adv', '#pubblicità', '#sponsorizzato', 'sponsorizzato', 'sponsorizzata', 'sponsorizzato da', 'contenuto sponsorizzato', 'post sponsorizzato', 'video sponsorizzato'],
    paid_placement: ['ambasciatore ufficiale', 'ambasciatrice ufficiale', '#collaborazioneretribuita', 'partnership retribuita', 'partnership a pagamento', 'collaborazione retribuita', 'collaborazione a pagamento', 'promozione a pagamento', 'in collaborazione con', '#collaborazionecommerciale', '#collaborazione'],
    affiliate: ['link partner', 'link dei partner', 'sui nostri partner', 'link di affiliazione', 'link affiliato', 'link affiliati', 'link referral', 'link di invito', '#affiliazione'],
    captions: ['link referral', 'link di invito'],
    labels: ['pubblicità'],
    paidLabels: ['collaborazione'],
    bracketed: ['adv'],
    negations: ['non sponsorizzato', 'non sponsorizzata', 'nessuna sponsorizzazione', 'non è pubblicità', 'non pagato', 'non retribuito', '#nonsponsorizzato'],
  },
  es: {
    sponsored: ['este episodio está patrocinado por', 'episodio patrocinado por', 'patrocinador del episodio', 'patrocinador de este episodio', 'este episodio es presentado por', 'con el patrocinio de', 'cuenta con el patrocinio', 'patrocina este', 'patrocina esta', 'patrocina este número', 'patrocina esta newsletter', 'patrocinador de este número', 'patrocinador de este episodio', 'patrocinador de este vídeo', 'nuestro patrocinador', '#publi', '#publicidad', '#patrocinado', '#anuncio', 'patrocinado', 'patrocinada', 'patrocinado por', 'contenido patrocinado', 'vídeo patrocinado'],
    paid_placement: ['embajador oficial', 'embajadora oficial', 'colaboración pagada', 'colaboración remunerada', 'asociación pagada', 'promoción pagada', 'en colaboración con', '#colaboracionpagada'],
    affiliate: ['pueden ser de afiliado', 'son de afiliado', 'es de afiliado', 'enlace de socio', 'enlaces de socios', 'enlace de partner', 'enlaces de partners', 'sobre nuestros socios', 'enlace de afiliado', 'enlaces de afiliado', 'enlace de referido', 'enlaces de referido', 'link de afiliado', 'links de afiliado', '#afiliado', 'enlace afiliado', 'enlaces afiliados', 'link afiliado', 'links afiliados', 'gano comisión', 'gano una comisión', 'recibo una comisión'],
    captions: ['enlace de referido', 'enlaces de referido'],
    labels: ['publicidad', 'anuncio', 'publi'],
    paidLabels: ['colaboración'],
    bracketed: ['publi'],
    bracketedAffiliate: ['afiliado', 'afiliada', 'afil'],
    negations: ['no patrocinado', 'no patrocinada', 'sin patrocinio', 'no es publicidad', 'no pagado', 'no remunerado', '#nopatrocinado'],
  },
  pt: {
    sponsored: ['este episódio é patrocinado por', 'episódio patrocinado por', 'patrocinador do episódio', 'patrocinador deste episódio', 'este episódio é oferecido por', 'com o patrocínio de', 'conta com o patrocínio', 'patrocina este', 'patrocina esta', 'patrocina esta edição', 'patrocinador desta edição', 'patrocinador deste episódio', 'patrocinador deste vídeo', 'nosso patrocinador', '#publi', '#publicidade', '#patrocinado', 'patrocinado', 'patrocinada', 'patrocinado por', 'conteúdo patrocinado'],
    paid_placement: ['embaixador oficial', 'embaixadora oficial', 'parceria paga', 'parceria remunerada', 'publicidade paga', 'em parceria com', '#parceriapaga', '#publipost'],
    affiliate: ['link de parceiro', 'links de parceiros', 'link de parceria', 'sobre os nossos parceiros', 'sobre nossos parceiros', 'link de afiliado', 'links de afiliado', 'link de indicação', 'link de convite', 'ligação de afiliado', '#afiliado', 'link afiliado', 'links afiliados', 'ganho comissão', 'ganho uma comissão', 'recebo comissão', 'recebo uma comissão'],
    captions: ['link de indicação', 'link de convite'],
    labels: ['publicidade'],
    paidLabels: ['parceria', 'colaboração'],
    bracketed: ['publi'],
    bracketedAffiliate: ['afiliado', 'afiliada', 'afil'],
    negations: ['não patrocinado', 'não patrocinada', 'sem patrocínio', 'não é publicidade', 'não pago', 'não remunerado', '#naopatrocinado'],
  },
  nl: {
    sponsored: ['aflevering wordt mogelijk gemaakt door', 'aflevering wordt gesponsord door', 'sponsor van deze aflevering', 'sponsor van de aflevering', 'sponsort deze', 'sponsort dit', 'sponsort deze editie', 'sponsor van deze editie', 'deze editie wordt gesponsord door', 'sponsor van deze aflevering', 'sponsor van deze video', 'onze sponsor', '#spon', '#gesponsord', '#advertentie', '#reclame', 'gesponsord', 'gesponsord door', 'gesponsorde content', 'gesponsorde video', 'gesponsorde post'],
    paid_placement: ['officiële ambassadeur', 'officieel ambassadeur', 'betaalde samenwerking', 'betaald partnerschap', 'betaalde partnerschap', 'in samenwerking met', '#samenwerking', '#betaaldesamenwerking'],
    affiliate: ['over onze partners', 'affiliatelink', 'affiliatelinks', 'partnerlink', 'partnerlinks', 'verwijzingslink', '#affiliatelink'],
    captions: ['verwijzingslink'],
    labels: ['advertentie', 'reclame'],
    paidLabels: ['samenwerking'],
    bracketed: ['spon', 'adv'],
    negations: ['niet gesponsord', 'geen affiliate link', 'geen affiliatelink', 'geen sponsoring', 'geen reclame', 'geen samenwerking', 'onbetaald', 'niet betaald', '#nietgesponsord'],
  },
  pl: {
    sponsored: ['sponsorem odcinka jest', 'sponsor odcinka', 'partnerem odcinka jest', 'odcinek sponsoruje', 'partner odcinka', 'sponsoruje ten', 'sponsoruje tę', 'sponsoruje to', 'sponsorem tego numeru', 'sponsoruje ten numer', 'partner tego wydania', 'sponsor odcinka', 'sponsorem odcinka', 'sponsor tego odcinka', 'sponsorem tego odcinka', 'naszym sponsorem', '#reklama', '#sponsorowane', '#sponsorowany', 'sponsorowany', 'sponsorowane', 'sponsorowana', 'materiał sponsorowany', 'post sponsorowany', 'sponsorem jest'],
    paid_placement: ['oficjalnym ambasadorem', 'oficjalną ambasadorką', 'oficjalny ambasador', 'płatna współpraca', 'płatne partnerstwo', 'współpraca reklamowa', 'we współpracy z', '#współpraca', '#wspolpraca', '#współpracareklamowa', '#wspolpracareklamowa', '#płatnawspółpraca', '#platnawspolpraca'],
    affiliate: ['linkami afiliacyjnymi', 'linkiem afiliacyjnym', 'linkami partnerskimi', 'o naszych partnerach', 'link afiliacyjny', 'linki afiliacyjne', 'jest afiliacyjny', 'są afiliacyjne', 'sa afiliacyjne', 'link polecający', 'link partnerski', 'linki partnerskie', 'link referencyjny', '#afiliacja',
      'kod partnerski', 'kodem partnerskim', 'kod afiliacyjny', 'kodem afiliacyjnym'],
    captions: ['link polecający', 'link referencyjny'],
    labels: ['reklama'],
    paidLabels: ['współpraca'],
    negations: ['niesponsorowany', 'niesponsorowane', 'nie sponsorowany', 'nie sponsorowane', 'nie jest reklamą', 'to nie reklama', 'bez sponsora', 'niepłatna współpraca', '#niesponsorowane'],
  },
  sv: {
    sponsored: ['avsnittet sponsras av', 'dagens avsnitt sponsras av', 'sponsrar det här', 'sponsrar detta', 'sponsrar denna', 'sponsrar den här', 'sponsras av', 'sponsrad av', 'sponsrat av', 'sponsrar detta nummer', 'detta nummer sponsras av', 'avsnittets sponsor', 'dagens sponsor', 'veckans sponsor', '#reklam', '#annons', '#sponsrad', '#sponsrat', 'sponsrad', 'sponsrat', 'sponsrad av', 'sponsrat av', 'sponsrat inlägg'],
    paid_placement: ['officiell ambassadör', 'i samarbete med', 'samarbete med', 'betalt samarbete', 'kommersiellt samarbete', '#samarbete', '#isamarbetemed'],
    affiliate: ['partnerlänk', 'partnerlänkar', 'om våra partner', 'om våra partners', 'affiliatelänk', 'affiliatelänkar', 'annonslänk', 'annonslänkar', 'provisionslänk', 'reklamlänk', '#affiliatelänk', '#annonslänk'],
    labels: ['reklam', 'annons'],
    paidLabels: ['samarbete'],
    negations: ['inte sponsrad', 'inte sponsrat', 'ej sponsrad', 'ej sponsrat', 'osponsrad', 'osponsrat', 'inget samarbete', 'inte reklam', 'ej reklam', '#intesponsrad', '#ejsponsrat'],
  },
  da: {
    sponsored: ['afsnittet er sponsoreret af', 'dagens afsnit er sponsoreret af', 'afsnittets sponsor', 'sponsor for afsnittet', 'sponsorerer denne', 'sponsorerer dette', 'sponsorerer dette nummer', 'sponsorerer dette nyhedsbrev', 'dette nummer er sponsoreret af', 'afsnittets sponsor', 'dagens sponsor', 'ugens sponsor', '#reklame', '#annonce', '#sponsoreret', 'sponsoreret', 'sponsoreret af', 'sponsoreret indhold', 'sponsoreret opslag'],
    paid_placement: ['officiel ambassadør', 'betalt samarbejde', 'betalt partnerskab', 'i samarbejde med', 'samarbejde med', 'kommercielt samarbejde', '#samarbejde', '#betaltsamarbejde'],
    affiliate: ['partnerlink', 'partnerlinks', 'affiliatelink', 'affiliatelinks', 'reklamelink', 'reklamelinks', 'henvisningslink', '#affiliatelink', 'om vores partnere'],
    captions: ['henvisningslink'],
    // "Annonce." closing a Danish post (French "annonce" is an announcement, but only counts in label position too)
    labels: ['reklame', 'annonce'],
    paidLabels: ['samarbejde'],
    negations: ['ikke sponsoreret', 'usponsoreret', 'ingen reklame', 'ikke reklame', 'ikke betalt', 'intet samarbejde', '#ikkesponsoreret'],
  },
  cs: {
    sponsored: ['partnerem dílu je', 'partner dílu', 'sponzorem dílu je', 'díl sponzoruje', 'partnerem epizody je', 'sponzorem epizody je', 'sponzoruje toto', 'sponzoruje tento', 'sponzoruje tuto', 'reklamní sdělení', 'obchodní sdělení', 'sponzor dílu', 'sponzorem dílu', 'sponzor epizody', 'sponzorem epizody', '#reklama', 'sponzorováno', 'sponzorovaný', 'sponzorovaná', 'sponzorované', 'sponzorovaný obsah'],
    paid_placement: ['oficiálním ambasadorem', 'oficiální ambasador', 'placená spolupráce', 'placené partnerství', 'placená reklama', 've spolupráci s', '#spolupráce', '#placenáspolupráce'],
    affiliate: ['partnerské odkazy', 'partnerský link', 'o našich partnerech', 'affiliate odkaz', 'affiliate odkazy', 'partnerský odkaz', 'doporučující odkaz', 'provizní odkaz'],
    captions: ['doporučující odkaz'],
    labels: ['reklama'],
    paidLabels: ['spolupráce', 'spolupráci'],
    negations: ['není sponzorováno', 'nesponzorováno', 'nesponzorovaný', 'není reklama', 'nejde o reklamu', 'neplacená spolupráce', 'nejedná se o reklamu'],
  },
  sk: {
    sponsored: ['dnešnú epizódu prináša', 'epizódu prináša', 'partner epizódy', 'partnerom epizódy je', 'sponzorom epizódy je', 'sponzoruje toto', 'sponzoruje tento', 'sponzoruje túto', '#reklama', 'sponzorované', 'sponzorovaný obsah', 'sponzorovaná'],
    paid_placement: ['oficiálnym ambasádorom', 'oficiálny ambasádor', 'platená spolupráca', 'platené partnerstvo', 'v spolupráci s', '#spolupráca'],
    affiliate: ['partnerské odkazy', 'partnerský link', 'partnerské linky', 'affiliate odkaz', 'partnerský odkaz', 'odporúčací odkaz'],
    captions: ['odporúčací odkaz'],
    labels: ['reklama'],
    paidLabels: ['spolupráca'],
    negations: ['nie je sponzorované', 'nesponzorované', 'neplatená spolupráca', 'nie je reklama'],
  },
  ro: {
    sponsored: ['episodul este sponsorizat de', 'sponsorul episodului', 'episod sponsorizat de', 'partenerul episodului', 'sponsorul episodului', 'sponsorul acestui episod', '#publicitate', '#reclamă', '#sponsorizat', 'sponsorizat', 'sponsorizată', 'sponsorizat de', 'conținut sponsorizat', 'continut sponsorizat'],
    paid_placement: ['ambasador oficial', 'ambasadoare oficială', 'colaborare plătită', 'colaborare platita', 'parteneriat plătit', 'colaborare remunerată', 'în colaborare cu', 'in colaborare cu', 'parteneriat cu'],
    affiliate: ['link de partener', 'linkuri de partener', 'link partener', 'linkuri partenere', 'link de afiliere', 'linkuri de afiliere', 'linkurile de afiliere', 'link afiliat', 'linkuri afiliate', 'link de recomandare', 'despre partenerii noștri', 'link de afiliat', 'linkuri de afiliat', 'linkul de afiliat'],
    captions: ['link de recomandare'],
    labels: ['publicitate', 'reclamă'],
    paidLabels: ['colaborare', 'parteneriat'],
    negations: ['nesponsorizat', 'nu este sponsorizat', 'nu e sponsorizat', 'neplătit', 'nu este publicitate', 'nu e reclamă', 'colaborare neplătită'],
  },
  fi: {
    sponsored: ['jakson sponsori', 'jakson kumppani', 'tämän jakson sponsoroi', 'jakson yhteistyökumppani', 'sponsoroi tämän', 'sponsoroi tätä', 'jakson sponsori', 'jakson sponsorina', 'videon sponsori', 'päivän sponsori', '#mainos', '#sponsoroitu', 'sponsoroitu', 'sponsoroima', 'sponsoroitu sisältö'],
    paid_placement: ['virallinen lähettiläs', 'viralliseksi lähettilääksi', 'kaupallinen yhteistyö', 'kaupallisessa yhteistyössä', 'maksettu yhteistyö', 'maksettu kumppanuus', '#kaupallinenyhteistyö', '#yhteistyössä', '#yhteistyö'],
    affiliate: ['kumppanilinkkejä', 'kumppanilinkit', 'kumppanilinkin', 'kumppanilinkkien', 'kumppaneistamme', 'affiliate-linkki', 'affiliate-linkit', 'kumppanilinkki', 'mainoslinkki', 'suosituslinkki', 'kumppanuuslinkki', 'kumppanuuslinkit', 'affiliatelinkki', 'provisiolinkki'],
    captions: ['suosituslinkki'],
    labels: ['mainos'],
    paidLabels: ['yhteistyö', 'yhteistyössä'],
    negations: ['ei sponsoroitu', 'ei kaupallinen yhteistyö', 'ei mainos', 'ei maksettu', 'ei yhteistyö'],
  },
  el: {
    sponsored: ['χορηγός του επεισοδίου', 'χορηγός του σημερινού επεισοδίου', 'το επεισόδιο χορηγείται από', '#διαφήμιση', 'χορηγούμενο', 'χορηγούμενη', 'χορηγούμενο περιεχόμενο', 'με τη χορηγία'],
    paid_placement: ['επίσημος πρεσβευτής', 'επίσημη πρεσβευτής', 'πληρωμένη συνεργασία', 'επί πληρωμή συνεργασία', 'συνεργασία επί πληρωμή', 'συνεργασία με πληρωμή', 'σε συνεργασία με', 'εμπορική συνεργασία'],
    affiliate: ['συνδέσμους συνεργατών', 'σύνδεσμος συνεργάτη', 'σύνδεσμοι συνεργατών', 'σύνδεσμος παραπομπής'],
    captions: ['σύνδεσμος παραπομπής'],
    labels: ['διαφήμιση'],
    paidLabels: ['συνεργασία'],
    negations: ['μη χορηγούμενο', 'δεν είναι χορηγούμενο', 'δεν είναι διαφήμιση', 'χωρίς χορηγία'],
  },
  hu: {
    sponsored: ['az epizód támogatója', 'epizód támogatója', 'támogatói blokk', 'az adás támogatója', 'adás szponzora', 'videó szponzora', 'epizód szponzora', 'műsor szponzora', 'szponzorunk', '#hirdetés', '#reklám', '#szponzorált', 'szponzorált', 'szponzorált tartalom', 'támogatott tartalom'],
    paid_placement: ['hivatalos nagykövete', 'hivatalos nagykövet', 'fizetett partneri', 'fizetett partnerség', 'fizetett együttműködés', 'fizetett partneri együttműködés', 'együttműködésben'],
    affiliate: ['partnerlinkek', 'partnerlinkeket', 'partner link', 'partner linkek', 'partnerlink', 'ajánlói link', 'ajánló link', 'affiliate link'],
    captions: ['ajánlói link', 'ajánló link'],
    labels: ['hirdetés', 'reklám'],
    paidLabels: ['együttműködés'],
    negations: ['nem szponzorált', 'nem hirdetés', 'nem fizetett', 'nem reklám'],
  },
  sl: {
    sponsored: ['to epizodo sponzorira', 'epizodo sponzorira', 'sponzor epizode', 'sponzor te epizode', '#oglas', '#sponzorirano', 'sponzorirano', 'sponzorirana vsebina', 'sponzorirana objava', 'oglasno sporočilo', 'oglasna vsebina'],
    paid_placement: ['uradni ambasador', 'uradna ambasadorka', 'plačano sodelovanje', 'plačana vsebina', 'plačano partnerstvo', 'v sodelovanju z'],
    affiliate: ['partnerske povezave', 'partnersko povezavo', 'partnerska povezava', 'affiliate povezava'],
    labels: ['oglas'],
    paidLabels: ['sodelovanje'],
    negations: ['ni sponzorirano', 'nesponzorirano', 'ni oglas'],
  },
  hr: {
    sponsored: ['sponzor epizode', 'sponzor ove epizode', 'sponzor današnje epizode', 'epizodu sponzorira', 'epizoda je sponzorirana', '#reklama', '#oglas', '#sponzorirano', 'sponzorirano', 'sponzorirani sadržaj', 'sponzorirana objava'],
    paid_placement: ['službeni ambasador', 'službena ambasadorica', 'plaćena suradnja', 'plaćeno partnerstvo', 'u suradnji s'],
    affiliate: ['partnerske poveznice', 'partnerski link', 'partnerski linkovi', 'affiliate poveznica', 'partnerska poveznica'],
    labels: ['reklama', 'oglas'],
    paidLabels: ['suradnja'],
    negations: ['nije sponzorirano', 'nesponzorirano', 'nije reklama', 'nije oglas'],
  },
  bg: {
    sponsored: ['епизодът е спонсориран от', 'спонсор на епизода', 'епизодът се представя от', '#реклама', '#спонсорирано', 'спонсорирано', 'спонсорирано съдържание', 'спонсориран пост'],
    paid_placement: ['официален посланик', 'официален амбасадор', 'платено партньорство', 'платено сътрудничество', 'в партньорство с'],
    affiliate: ['са партньорски', 'да са партньорски', 'партньорски линкове', 'партньорска връзка', 'партньорски връзки', 'партньорски линк', 'афилиейт линк', 'афилиейт линкове', 'афилиейт връзки', 'афилиейт връзка', 'реферален линк', 'реферални линкове'],
    captions: ['реферален линк'],
    labels: ['реклама'],
    paidLabels: ['сътрудничество'],
    negations: ['не е спонсорирано', 'не е реклама', 'неспонсорирано'],
  },
  lt: {
    sponsored: ['šį epizodą remia', 'epizodą remia', 'epizodo rėmėjas', '#reklama', '#remiama', 'remiama', 'remiamas turinys', 'remiamas įrašas'],
    paid_placement: ['oficialiu ambasadoriumi', 'oficialus ambasadorius', 'apmokėta partnerystė', 'mokamas bendradarbiavimas', 'apmokėtas bendradarbiavimas'],
    affiliate: ['partnerių nuorodos', 'partnerių nuorodų', 'partnerio nuorodą', 'partnerio nuoroda', 'partnerių nuoroda', 'rekomendacinė nuoroda', 'partnerystės nuoroda', 'partnerystes nuoroda'],
    captions: ['rekomendacinė nuoroda'],
    labels: ['reklama'],
    paidLabels: ['bendradarbiavimas'],
    negations: ['ne reklama', 'neremiama', 'nėra reklama'],
  },
  lv: {
    sponsored: ['epizodes sponsors ir', 'epizodes sponsors', 'epizodi atbalsta', '#reklāma', '#sponsorēts', 'sponsorēts', 'sponsorēts saturs', 'sponsorēta'],
    paid_placement: ['oficiālo vēstnieku', 'oficiālais vēstnieks', 'apmaksāta sadarbība', 'apmaksāta partnerība', 'sadarbībā ar'],
    affiliate: ['partneru saites', 'partneru saiti', 'partnera saite', 'partneru saite', 'ieteikuma saite'],
    captions: ['ieteikuma saite'],
    labels: ['reklāma'],
    paidLabels: ['sadarbība'],
    negations: ['nav sponsorēts', 'nav reklāma', 'nesponsorēts'],
  },
  mt: {
    sponsored: ['#reklam', '#riklam', '#sponsorjat', 'sponsorjat', 'kontenut sponsorjat'],
    paid_placement: ['ambaxxatur uffiċjali', 'kollaborazzjoni mħallsa', 'sħubija mħallsa'],
    affiliate: ['link ta\' affiljat', 'link affiljat', 'links affiljati', 'links affiljat', 'link affiljati', 'links ta\' affiljazzjoni', 'rabta affiljata', 'rabtiet affiljati', 'rabta ta\' affiljat'],
    labels: ['reklam', 'riklam'],
    paidLabels: ['kollaborazzjoni'],
    negations: ['mhux sponsorjat', 'mhux reklam'],
  },
  ga: {
    sponsored: ['á hurraíocht ag', 'urraitheoir an eipeasóid', '#fógra', '#fógraíocht', '#urraithe', 'urraithe', 'ábhar urraithe'],
    paid_placement: ['ambasadóir oifigiúil', 'comhpháirtíocht íoctha', 'comhoibriú íoctha'],
    affiliate: ['faighim luach saothair', 'nasc cleamhnaithe', 'naisc chleamhnaithe'],
    // "Urraíocht le Bitget": sponsorship, opening the post with the firm after it
    labels: ['fógra', 'fógraíocht', 'urraíocht'],
    negations: ['níl sé urraithe', 'ní fógra é'],
  },
  et: {
    sponsored: ['episoodi toetab', 'episoodi toetaja', 'saadet toetab', 'tänase episoodi toetaja', 'selle numbri toetaja', 'numbri toetaja', 'toetab seda numbrit', 'selle numbri sponsor', '#reklaam', '#sponsoreeritud', 'sponsoreeritud', 'sponsoreeritud sisu', 'reklaamlin*', 'sponsitud', '#sponsitud'],
    paid_placement: ['ametlik saadik', 'ametlikuks saadikuks', 'tasuline koostöö', 'makstud koostöö', 'koostöös', 'kommertskoostöö'],
    affiliate: ['partnerlingid', 'partnerlinke', 'partnerilink', 'partnerilingid', 'meie partneritest', 'partnerlink', 'sooduslink', 'soovituslink', 'partnerlink*', 'soovituslink*'],
    captions: ['soovituslink', 'soovituslink*'],
    labels: ['reklaam'],
    paidLabels: ['koostöö'],
    negations: ['pole sponsoreeritud', 'ei ole sponsoreeritud', 'ei ole reklaam', 'pole reklaam'],
  },
  // Not EU official languages, but their posts reach EU residents (the EEA, the Western Balkans, Catalonia, the
  // diaspora); a disclosure is one whatever the language, and the nexus is judged apart.
  no: {
    sponsored: ['#reklame', '#annonse', '#sponset', 'sponset', 'sponset av', 'sponset innhold'],
    paid_placement: ['betalt samarbeid', 'i samarbeid med', 'samarbeid med', 'kommersielt samarbeid', '#samarbeid'],
    affiliate: ['affiliatelenke', 'affiliatelenker', 'reklamelenke', 'henvisningslenke', '#affiliatelenke'],
    captions: ['henvisningslenke'],
    labels: ['reklame', 'annonse'],
    paidLabels: ['samarbeid'],
    negations: ['ikke sponset', 'ikke reklame', 'ikke betalt', 'ikke noe samarbeid', 'ingen reklame'],
  },
  is: {
    sponsored: ['#auglýsing', '#kostað', 'kostað', 'kostuð færsla', 'kostað efni'],
    paid_placement: ['greitt samstarf', 'í samstarfi við', 'samstarf við', '#samstarf'],
    affiliate: ['tengill samstarfsaðila', 'tilvísunartengill'],
    captions: ['tilvísunartengill'],
    labels: ['auglýsing'],
    paidLabels: ['samstarf'],
    negations: ['ekki kostað', 'ekki auglýsing'],
  },
  ca: {
    sponsored: ['#publicitat', '#patrocinat', 'patrocinat', 'contingut patrocinat', 'publicació patrocinada'],
    paid_placement: ['col·laboració pagada', 'col·laboració remunerada', 'en col·laboració amb'],
    affiliate: ["enllaç d'afiliat", 'enllaços d\'afiliat', 'enllaç afiliat'],
    labels: ['publicitat'],
    paidLabels: ['col·laboració'],
    negations: ['no patrocinat', 'no és publicitat', 'sense patrocini'],
  },
  // Indonesian and Malay: the promoters of Indonesian exchanges reach the diaspora too.
  id: {
    sponsored: ['#iklan', 'iklan berbayar', 'konten berbayar', 'disponsori oleh', 'konten bersponsor', '#sponsor', '#disponsori'],
    paid_placement: ['kerja sama berbayar', 'kolaborasi berbayar', 'kemitraan berbayar'],
    affiliate: ['link afiliasi', 'tautan afiliasi', 'link afiliasi saya'],
    labels: ['iklan'],
    negations: ['bukan iklan', 'tidak disponsori', 'bukan endorse'],
  },
  ms: {
    sponsored: ['#iklan', 'iklan berbayar', 'kandungan berbayar', 'ditaja oleh', 'kandungan tajaan', '#ditaja', '#tajaan'],
    paid_placement: ['kolaborasi berbayar', 'kerjasama berbayar'],
    affiliate: ['pautan afiliat', 'link afiliat'],
    labels: ['iklan'],
    negations: ['bukan iklan', 'tidak ditaja', 'bukan tajaan'],
  },
  sr: {
    // Latin and Cyrillic script; Bosnian and Montenegrin write the same words.
    sponsored: ['#sponzorisano', 'sponzorisano', 'sponzorisan sadržaj', 'sponzorisana objava', '#спонзорисано', 'спонзорисано', 'спонзорисан садржај'],
    paid_placement: ['званични амбасадор', 'zvanični ambasador', 'plaćena saradnja', 'placena saradnja', 'u saradnji sa', 'plaćeno partnerstvo', 'плаћена сарадња', 'у сарадњи са'],
    affiliate: ['partnerski link', 'партнерски линк'],
    labels: ['reklama', 'реклама'],
    paidLabels: ['saradnja', 'сарадња'],
    negations: ['nije sponzorisano', 'nije reklama', 'није спонзорисано', 'није реклама'],
  },
  mk: {
    sponsored: ['#спонзорирано', 'спонзорирано', 'спонзорирана содржина'],
    paid_placement: ['платена соработка', 'во соработка со', 'платено партнерство'],
    affiliate: ['партнерски линк'],
    labels: ['реклама'],
    paidLabels: ['соработка'],
    negations: ['не е спонзорирано', 'не е реклама'],
  },
  be: {
    sponsored: ['#рэклама', 'спонсарскі матэрыял', 'спансаравана'],
    paid_placement: ['платнае супрацоўніцтва', 'у супрацоўніцтве з'],
    affiliate: ['партнёрская спасылка'],
    labels: ['рэклама'],
    paidLabels: ['супрацоўніцтва'],
    negations: ['не рэклама'],
  },
  uk: {
    sponsored: ['#реклама', 'спонсорований', 'спонсорований матеріал', 'на правах реклами'],
    paid_placement: ['оплачена співпраця', 'платна співпраця', 'у співпраці з', 'партнерський матеріал'],
    affiliate: ['партнерське посилання', 'реферальне посилання'],
    captions: ['реферальне посилання'],
    labels: ['реклама'],
    paidLabels: ['співпраця'],
    negations: ['не реклама', 'не спонсорований'],
  },
  ru: {
    sponsored: ['#реклама', 'спонсорский материал', 'на правах рекламы', 'спонсорский пост'],
    paid_placement: ['оплаченное сотрудничество', 'платное сотрудничество', 'в сотрудничестве с', 'партнерский материал', 'партнёрский материал'],
    affiliate: ['партнерская ссылка', 'партнёрская ссылка', 'реферальная ссылка'],
    captions: ['реферальная ссылка'],
    labels: ['реклама'],
    paidLabels: ['сотрудничество'],
    negations: ['не реклама', 'не спонсорский'],
  },
  tr: {
    sponsored: ['#reklam', '#sponsorlu', 'reklamdır', 'reklamdir', 'sponsorlu', 'sponsorlu içerik', 'sponsorlu gönderi'],
    paid_placement: ['ücretli ortaklık', 'ücretli iş birliği', 'ücretli işbirliği', 'iş birliği ile', '#işbirliği', '#işbirliği'],
    affiliate: ['ortaklık bağlantısı', 'ortaklık bağlantıları', 'ortaklık linki', 'ortaklık linkleri', 'ortaklık linkleridir', 'referans linki', 'satış ortaklığı bağlantısı'],
    captions: ['referans linki'],
    labels: ['reklam'],
    paidLabels: ['iş birliği', 'işbirliği'],
    negations: ['reklam değil', 'sponsorlu değil', 'iş birliği değil'],
  },
  tl: {
    sponsored: ['#ad', 'bayad na post', 'sponsored ito', 'may sponsor ito'],
    affiliate: ['may komisyon ako', 'may kickback ako', 'may kita ako rito', 'may kita ako dito', 'affiliate link ko', 'referral link ko'],
    negations: ['hindi sponsored', 'walang sponsor', 'wala akong komisyon', 'hindi ako bayad'],
  },
  // Swahili: East African promoters of global exchanges ("Tangazo:" opens the ad)
  sw: {
    sponsored: ['#tangazo', 'imedhaminiwa', 'inadhaminiwa', 'maudhui yaliyodhaminiwa'],
    paid_placement: ['ushirikiano wa kulipwa', 'kwa ushirikiano na'],
    affiliate: ['kiungo cha rufaa', 'kiungo cha ushirika', 'kiungo changu cha rufaa'],
    captions: ['kiungo cha rufaa'],
    labels: ['tangazo'],
    negations: ['si tangazo', 'haijadhaminiwa', 'sio tangazo'],
  },
  sq: {
    sponsored: ['#reklamë', 'e sponsorizuar', 'përmbajtje e sponsorizuar', 'sponsorizuar'],
    paid_placement: ['bashkëpunim i paguar', 'në bashkëpunim me'],
    affiliate: ['link partneri', 'lidhje partneri'],
    labels: ['reklamë'],
    paidLabels: ['bashkëpunim'],
    negations: ['nuk është reklamë', 'jo e sponsorizuar'],
  },
};

// Greek and Bulgarian labels as posts type them in Latin letters: "#diafimisi", "платено" as "plateno" (latin-forms.ts).
for (const language of ['el', 'bg']) {
  const lists = DISCLOSURE_PHRASES[language]!;
  for (const key of Object.keys(lists) as (keyof DisclosureLanguage)[]) lists[key] = withLatinForms(lists[key] ?? []);
}

/** Words that negate a marker when they stand within three words before it in the same clause. Folded (no accents). */
export const NEGATORS: readonly string[] = [
  'not', 'no', 'non', 'never', 'without', 'isnt', 'nicht', 'kein', 'keine', 'keinen', 'keiner', 'ohne', 'nie', 'pas', 'sans', 'aucun', 'aucune', 'sin', 'nunca',
  'senza', 'nessun', 'nessuna', 'nao', 'sem', 'bez', 'niet', 'geen', 'zonder', 'inte', 'ej', 'utan', 'ikke', 'uden', 'ingen', 'intet', 'inget', 'inga', 'ne', 'neni', 'nu', 'fara', 'ei',
  'ilman', 'δεν', 'χωρις', 'μη', 'nem', 'nincs', 'ni', 'brez', 'nije', 'не', 'без', 'nav', 'pole', 'ilma', 'nera', 'nėra',
  'zadny', 'zadne', 'zadna', 'ziadny', 'ziadne', 'ziadna', 'zaden', 'zadnych', 'nessuno', 'ningun', 'ninguna', 'nenhum', 'nenhuma', 'nullo', 'keinerlei',
  // "nobody sponsors this", "niemand bezahlt mich" (not French "personne": also "a person")
  'nobody', 'niemand', 'nadie', 'ninguém', 'nikt', 'nikdo', 'nikto', 'nimeni', 'senki', 'nihče', 'nitko', 'niko', 'никой', 'κανείς', 'ingen',
  // "don't", "doesn't", "isn't" are tokenised as "don" + "t"; Irish "níl" (is not).
  't', 'níl',
];

/** Negators of one language only, which are another word elsewhere: Tagalog "hindi" (not) is also the language Hindi. */
export const NEGATOR_ONLY_IN: Readonly<Record<string, readonly string[]>> = {
  hindi: ['tl'],
};

/** Words of other languages that fold onto a negator above: Hungarian "után" (after) onto Swedish "utan" (without). Lower case. */
export const NOT_NEGATOR_SPELLINGS: readonly string[] = ['után'];

/** Negators that are another word in these languages: "nu" is "now" in da, nl, sv and no; Slovene "sem" is "I am". */
export const NOT_NEGATOR_IN: Readonly<Record<string, readonly string[]>> = {
  nu: ['da', 'nl', 'sv', 'no'],
  sem: ['sl'],
  // Maltese writes the article onto its noun: "t-tnejn" (the two, both), "t-tariffi"; its "t" negates nothing.
  t: ['mt'],
};
