// Frequent function words of the EU official languages, folded as token keys are (lower
// case, no accents). The promo-code detector uses them to refuse a plain word in a code slot ("use
// code the ..."): a function word is never a code. (They once also served a language-detection fast
// path, which docs/decisions/0018 replaced with eld and CLD3.)
export const STOP_WORDS: Record<string, string> = {
  en: 'the and to of that for with this are was have not but my your they we from will just can about what all if get out now more has been would there their our how when which you it be or do me who on by as its today every than some why only after off new here is to a anyone else up keep everything no',
  de: 'der die und das ist nicht ich mit sich auf fur dem den ein eine einen zu auch von sie wir du dich mir mich noch nur aber wie bei oder wenn schon jetzt hier sind wird hat habe kann mehr uber nach heute dein deine euch alles im zum zur bin bist war diese dieser wer sehr immer gerade niemals einfach dann uns unser weiter an wieder mal mein warum zwischen einer einem beim gegen niemand eure jeder trotz gibt',
  fr: 'le les des du une et est pas qui pour dans sur avec cette je vous nous elle au aux sont mais plus mon mes votre vos tout tres fait ai qu etre avoir comme ca sans ici aussi jamais meme maintenant encore chez leur notre nos ces ont quand je un a tous quoi ne en enfin la de',
  es: 'el los las del y es en por con para una no lo se al mas pero sus este esta muy ya hay todo tu mi cuando donde hoy tambien sobre puedes tienes ser tus mis ahora algo alguien nada asi desde hasta entre de que me aqui durante un la',
  pt: 'o os as do da dos das e em um uma nao com para por mais mas ja ao voce seu sua muito isso esta hoje tambem pelo pela meu minha nos sao foi numa num nenhum nenhuma vossa vosso voces agora ate sem a esta na de estao nunca alguem todas continuo',
  it: 'il di che non per con una sono gli della del delle dei nel nella alla anche ma piu questo questa ho hai mi ti ci oggi tutti molto gia sul sulla ed come tutto sempre ogni senza dopo cosi qui ecco su una per nessun fa ha degli qualcuno i un la',
  nl: 'de het een en van is dat niet op te met voor zijn ook maar je jij ik we wij aan bij nog als naar dit die er wel om hebt heb heeft deze uit vandaag nooit geen iemand weer zo mijn jouw onze wat hoe wie waar elke gewoon door daarom er drie',
  ro: 'si nu cu pe la din care sunt este ca mai pentru o un sau dar fost acest aceasta acum azi ai am tu eu lui ei noi voi cel cea niciun nimanui cineva asta intr dupa fara despre foarte de nou mea fiecare peste dar te aici cum iti prin cateva',
  pl: 'i nie sie na jest to z w do ze co jak ale za po tak juz czy od dla tylko mnie mi jestem moze jeszcze teraz tego tym przez bardzo bo dzis jaki jakie jednak kiedy gdzie wiec oraz twoj na o nigdy nikomu swojej zaden sa znowu powyzej ja moj kazdy nawet ktos',
  cs: 'a je se na to v ze s do jak ale jsem jsou pro uz by jen tak co od po mi me si jeste nebo tento tato jeho byl bylo muzete dnes take tohle taky jsme nikdo vsechno zase na za tady pres bez i nikdy nikomu svou zadna vas o jednu',
  sk: 'a je sa na to v ze s do ako ale som su pre uz by len tak co od po mi ma si este alebo tento tato jeho bol bolo mozete dnes tiez',
  da: 'far fik og i at det er en til pa med for af ikke den de som har jeg du vi var kan men eller her ogsa efter hvis dig mig meget skal vil blive over hvilken nogen mere end hvad hvordan hvorfor jer',
  sv: 'far fick och i att det ar en till pa med for av inte den de som har jag du vi var kan men eller har ocksa efter om dig mig mycket ska vill bli over aldrig ingen varje nagon hur varfor vad mitt ditt upp',
  fi: 'ja on ei se etta kun mutta ovat oli olen myos nyt tai jos han he me te mita joka kuin vain tama sen sita niin',
  et: 'ja on ei see et kui aga oli olen ka nyud voi kas ta nad me te mis kes nagu ainult seda sest ning',
  hu: 'a az es hogy nem is van egy meg de mar csak ez azt ki mint volt vagy most itt ma lesz sok igen mert',
  hr: 'i je se na da u za od su ne to kao ali sam bi sa iz smo ste danas sto koji ili jos samo',
  sl: 'in je se na da v za od so ne to kot ali sem bi s iz smo ste danes kaj ki ali se samo',
  lt: 'ir yra kad su tai bet kaip dar jau ar per nuo iki mano tavo jis ji mes jus nes taip siandien',
  lv: 'un ir ka ar par no uz bet ja vai ari tas ta vins vina mes jus sodien kas ko tikai',
  // Greek and Bulgarian (folded: no accents), Maltese and Irish: "κωδικός ... από σήμερα" names no code "από".
  el: 'γιατι οταν αν και το η ο της του των στο στην στα στον με για απο σε που να δεν θα ειναι αυτο ενα μια σας μου σου τα οι τον την σημερα',
  bg: 'и в на за с от да не се е че по ще като но или това този тази тук днес линк линка връзка',
  mt: 'u il l ta li fuq ma minn ghal huwa hija dan din kien meta biex',
  ga: 'agus an na ar le do ag i is go sa ach ni mar ata seo sin inniu',
};

/** Every folded function word of STOP_WORDS. */
export const STOP_WORD_INDEX: ReadonlySet<string> = new Set(Object.values(STOP_WORDS).flatMap((list) => list.split(' ')));
