/**
 * How people say, in the languages read one by one, what only carries the talk: a greeting,
 * who they are, "our rules are these", "that's all", their thanks, and who will build it. Each
 * language is one entry, its sayings in one pattern, read against a whole sentence.
 */

interface TalkInALanguage {
  /** The language, for the reader. */
  language: string;
  said: RegExp;
}

const TALK_BY_LANGUAGE: readonly TalkInALanguage[] = [
  /**
   * Swiss German "Hoi zäme" (hello all), "Ich bi de Reto Keller, …" (I am Reto Keller), "Also, so
   * lauft das bi üs" (so, this is how it goes at ours), "Susch nüt" (nothing else), "Passt" (fine),
   * "Das wärs" (that would be it), "Merci vielmal, adieu mitenand" (many thanks, goodbye all).
   */
  {
    language: "Swiss German",
    said: /^(?:(?:hoi|sali|grüezi|grüessech)(?:\s+(?:zäme|zämme|mitenand|mitenang))?\s*[.!,]?$|(?:(?:hoi|sali|grüezi)(?:\s+zäme)?[,!\s]+)?ich\s+bi\s+(?:de|d['’]|dä)\s*\p{Lu}|(?:also[,\s]+)?so\s+(?:lauft|gaht|gat)\s+das(?:\s+bi\s+üs)?\s*[.!:]?$|susch\s+nüt(?:\s+meh)?\s*[.!]?$|passt(?:\s+scho)?\s*[.!]?$|das\s+(?:wärs|wär\s+s|isch\s+alles)\s*[.!]?$|(?:merci\s+(?:vielmal|vilmal|viilmal)|danke\s+vielmal)(?:[,!\s]+(?:adieu|ciao|tschüss|uf\s+widerluege)(?:\s+(?:mitenand|zäme))?)?\s*[.!]?$)/iu,
  },
  /**
   * Samoan "Talofa lava outou uma" (hello, all), "O lo'u igoa o Malia …, mai …" (my name is Malia,
   * from …), "O a matou tulafono:" (our rules:), "Ma le mā!" (the shame!), "O mea uma na" (that's
   * all), "Fa'afetai tele lava, ia manuia!" (many thanks, be blessed), and "O lo'u tei o Ioane
   * o lo'o a'oga …, ma na ia fai mai e mafai ona ia faia se app mo matou" (my younger brother
   * Ioane is studying …, and he said he can make an app for us): the talk, and who builds it.
   */
  {
    language: "Samoan",
    said: /^talofa(?:\s+lava)?(?:\s+(?:outou|oe|lua)(?:\s+uma)?)?\s*[.!,]*$|^(?:talofa(?:\s+lava)?[,!\s]+)?o\s+lo['’‘ʻ]?u\s+igoa\s+o\s+\p{Lu}|^o\s+(?:a|la)\s+(?:matou|tatou|ma)\s+tulafono\s*[.!:]?$|^ma\s+le\s+mā\s*[.!]*$|^o\s+mea\s+uma\s+(?:na|lena|ia)\s*[.!]*$|^fa['’‘ʻ]?afetai(?:\s+tele)?(?:\s+lava)?(?:[,!\s]+ia\s+manuia)?\s*[.!]*$|^ia\s+manuia\s*[.!]*$|^o\s+lo['’‘ʻ]?u\s+(?:tei|tuagane|tuafafine|atali['’‘ʻ]?i|afafine|tama|tama\s+teine|ulugali['’‘ʻ]?i)\b[^.!?]*\b(?:faia|fai)\s+(?:se|le)\s+(?:app|polokalame|website|upega\s+tafaila)\b[^.!?]*[.!?]*$/iu,
  },
  /**
   * Swabian "Hallo mitnand" (hello all), "I bin dr Gerhard … aus …" (I am Gerhard, from …), "Mir
   * wohnet seit 1978 …" (we have lived since 1978 …), "Für die, wo ned vo do send: …" (for those
   * not from here: …), "So goht's bei ons:" (this is how it goes at ours), "Heilig's Blechle, …"
   * (a cry of dismay), "Des wär's" (that'd be it), "Jetzt passt's" (now it's right), "Ade
   * mitnand, ond merci" (bye all, and thanks), and "Mei Enkele studiert Informatik …, ond der
   * macht mr … a Programm" (my grandson studies computing and makes me a program): the talk, who
   * the person is, and who builds it.
   */
  {
    language: "Swabian",
    said: /^hallo\s+mitnand\s*[.!,]?$|^(?:hallo(?:\s+mitnand)?[,!\s]+)?i\s+bin\s+(?:dr|d['’]|de)\s*\p{Lu}|^mir\s+wohnet\s+(?:seit|scho)\b[^.!?]*[.!?]*$|^für\s+die\s*,?\s+wo\s+ned\s+vo\s+do\s+send\b[^.!?]*[.!?]*$|^(?:ond\s+)?so\s+goht['’]?s(?:\s+bei\s+ons)?\s*[.!:]?$|^heilig['’]?s\s+blechle\b[^.!?]*[.!?]*$|^des\s+wär['’]?s\s*[.!]?$|^jetzt\s+passt['’]?s\s*[.!]?$|^(?:ade|adele|tschüss)(?:\s+mitnand)?(?:[,!\s]+(?:ond\s+)?merci)?\s*[.!]*$|^(?:mei|mein|onser)\s+(?:enkele|enkel|enkelin|bua|mädle|sohn|dochter|neffe)\b[^.!?]*\b(?:macht|schreibt|baut)\s+(?:mr|mir|ons|uns)\b[^.!?]*\b(?:programm|app|website|homepage)\b[^.!?]*[.!?]*$/iu,
  },
  /**
   * Alsatian "Salü binander" (hello all), "Ich bin d'Marie …" (I am Marie), "So mache mir's:" (this
   * is how we do it), "Des isch alles" (that's all), "Merci vielmols, àdje!" (many thanks,
   * goodbye), and "Unseri Enkelin … studiert Informatik …, un sie macht uns e Site internet" (our
   * granddaughter studies computing and makes us a website): the talk, and who builds it.
   */
  {
    language: "Alsatian",
    said: /^(?:salü|salut|bonjour)(?:\s+(?:binander|binanand|zamme|mitnander))?\s*[.!,]?$|^(?:(?:salü|salut)(?:\s+binander)?[,!\s]+)?ich\s+bin\s+(?:d['’]\s*|de\s+|der\s+)\p{Lu}|^(?:un\s+)?so\s+mache\s+mir['’]?s\s*[.!:]?$|^(?:un\s+)?des\s+isch\s+alles\s*[.!]?$|^merci(?:\s+(?:vielmols|vielmol|viilmols|beaucoup))?(?:[,!\s]+(?:àdje|adje|adieu|salü))?\s*[.!]*$|^(?:àdje|adje)\s*[.!]*$|^(?:unseri|unser|min|mini)\s+(?:enkelin|enkel|dochter|sohn|bueb|neffe|nichte)\b[^.!?]*\b(?:macht|mache|baut)\s+(?:uns|mir)\s+(?:e|en|ä)\s+(?:site(?:\s+internet)?|webseite|programm|app)\b/iu,
  },
  /**
   * Sicilian "Salutamu" (greetings), "Mi chiamu Turi Amoroso" (my name is), "Amunì, vi dicu comu
   * funziona" (come on, I'll tell you how it works), "Basta accussì" (that's enough), "Grazzi assai"
   * (many thanks).
   */
  {
    language: "Sicilian",
    said: /^(?:salutamu|salutamu\s+a\s+tutti|vossia\s+binidica)\s*[.!,]?$|^mi\s+chiamu\s+\p{Lu}|^(?:amunì[,!\s]+)?(?:vi|ti)\s+dicu\s+comu\s+funziona\s*[.!:]?$|^basta\s+accussì\s*[.!]?$|^grazzi(?:\s+assai)?(?:[,!\s]+salutamu)?\s*[.!]?$/iu,
  },
  /**
   * Moroccan Darija in Latin letters: "Salam 3alikoum" (hello), "Ana smiti Hicham, …" (my name is),
   * "Hakda kankhdmo:" (this is how we work), "Safi, hadchi li kayn" (that's all there is), "Safi,
   * hakka mzyan" (fine, that's good), "Choukran bzaf, bslama" (many thanks, goodbye), "Weldi …
   * ghadi ydir lina site web" (my son will make us a website).
   */
  {
    language: "Darija",
    said: /^(?:salam(?:u)?\s+(?:3|a)?a?l[ia]y?(?:koum|kum)|salam)\s*[.!,]?$|^ana\s+smiti\s+\p{L}|^(?:w\s+)?hakda\s+(?:kankhdmo|kankhdem|kaydouz|katmchi)\s*[.!:]?$|^(?:safi|mzyan)(?:[,!\s]+(?:hadchi(?:\s+li\s+kayn)?|hakka\s+mzyan|mzyan|safi))?\s*[.!]?$|^(?:choukran|chokran|shukran)(?:\s+bzaf)?(?:[,!\s]+(?:bslama|beslama))?\s*[.!]?$|^b(?:e)?slama\s*[.!]?$|\bghadi\s+y?dir\s+(?:lina|lia|liya|lik)\s+(?:wa7d\s+)?(?:site(?:\s+web)?|application|appli|programme|logiciel)\b/iu,
  },
  /**
   * Guarani "Mba'éichapa" (hello), "Che réra Celsa, …" (my name is), "Péicha romba'apo" (this is how
   * we work), "Mokõi mba'e" (two things), "Upéicha nomás" (that's all), "Aguyjevete, jajotopata"
   * (thank you, see you), "Che nieto ostudia informática …" (my grandson studies computing) and
   * "Ha'e ojapóta peteĩ programa …" (he will make a program): the talk, and who builds it.
   */
  {
    language: "Guarani",
    said: /^mba['’]éichapa(?:[,!\s]+\p{L}+)?\s*[.!,?]?$|^che\s+réra\s+\p{Lu}|^(?:ha\s+)?péicha\s+(?:romba['’]apo|jamba['’]apo|oiko)\s*[.!:]?$|^(?:mokõi|mbohapy|peteĩ)\s+mba['’]e\s*[.!:]?$|^upéicha\s+(?:nomás|nomá|mante)\s*[.!]?$|^aguyje(?:vete)?(?:[,!\s]+(?:jajotopata|jajohecha\s+peve))?\s*[.!]?$|^che\s+(?:nieto|memby|ra['’]y|rajy|sobrino)\s+(?:ostudia|oikuaa)\s+(?:informática|computación|programación)\b|^(?:ha['’]e|ha['’]ekuéra)\s+ojapóta\s+(?:peteĩ\s+)?(?:programa|aplicación|sistema|página)\b/iu,
  },
  /**
   * Quechua "Allillanchu" (hello), "Ñuqaq sutiyqa Marleni, …" (my name is), "Kayhinam llamk'ayku"
   * (this is how we work), "Chayllam" (that's all), "Sulpayki, tupananchiskama" (thank you, until
   * we meet), "Ususiy … sistemasta estudian" (my daughter studies computing) and "Paymi …
   * aplicacionta ruwanqa" (she will make the app): the talk, and who builds it.
   */
  {
    language: "Quechua",
    said: /^allillanchu(?:[,!\s]+\p{L}+)?\s*[.!,?]?$|^ñuqaq\s+sutiy(?:qa)?\s+\p{Lu}|^kayhinam?\s+(?:llamk['’]ayku|llamk['’]anchik|ruwayku)\s*[.!:]?$|^chayllam?(?:\s+kanqa)?\s*[.!]?$|^(?:sulpayki|añay|añaychayki)(?:[,!\s]+(?:tupananchiskama|tupananchikkama))?\s*[.!]?$|^tupananchiskama\s*[.!]?$|\b(?:sistemasta|informáticata|computaciónta)\s+estudia(?:n|ni)\b|^(?:paymi|paykunam)\b[^.!?]*\b(?:aplicacionta|programata|sistemata|paginata)\s+ruwanqa(?:ku)?\b/iu,
  },
  /**
   * Sranan "Odi, fa waka?" (hello, how are you), "Mi nen na Ingrid, …" (my name is), "Disi na fa mi
   * e wroko:" (this is how I work), "Tu sani" (two things), "Dati na ala" (that's all), "Grantangi,
   * tan bun" (thank you, stay well), "Mi neef e studeer informatica …, en a o meki wan website gi
   * mi" (my nephew studies computing, and he will make me a website): the talk, and who builds it.
   */
  {
    language: "Sranan",
    said: /^odi(?:[,!\s]+fa\s+waka)?\s*[.!,?]?$|^mi\s+nen\s+na\s+\p{Lu}|^disi\s+na\s+fa\s+(?:mi|wi)\s+e\s+(?:wroko|du\s+en)\s*[.!:]?$|^(?:tu|dri|wan)\s+sani\s*[.!:]?$|^dati\s+na\s+ala\s*[.!]?$|^(?:grantangi|tangi)(?:[,!\s]+tan\s+bun)?\s*[.!]?$|^mi\s+(?:neef|pikin|umapikin|manpikin|omu)\b[^.!?]*\b(?:o|sa)\s+meki\s+wan\s+(?:website|app|programma|programa)\b/iu,
  },
  /**
   * Tetum "Bondia" (good morning), "Ha'u-nia naran Joana …" (my name is), "Ha'u hela iha …" (I live
   * in), "Ami-nia regra mak ne'e" (our rules are these), "Ne'e de'it" (that's all), "Obrigada barak"
   * (thank you very much), "Ha'u-nia oan-mane estuda informátika …" (my son studies computing) and
   * "Nia sei halo programa ida …" (he will make a program): the talk, and who builds it.
   */
  {
    language: "Tetum",
    said: /^(?:bondia|botarde|bonoite)(?:[,!\s]+\p{L}+)?\s*[.!,?]?$|^ha['’]u-?nia\s+naran\s+\p{Lu}|^ha['’]u\s+hela\s+iha\s+\p{Lu}|^ami-?nia\s+regra\s+mak\s+ne['’]e\s*[.!:]?$|^ne['’]e\s+de['’]it\s*[.!]?$|^obrigad[ao](?:\s+barak)?\s*[.!]?$|^ha['’]u-?nia\s+(?:oan(?:-mane|-feto)?|subrinhu|subrinha)\s+estuda\s+(?:informátika|informatika|komputador)\b|^nia\s+sei\s+halo\s+(?:programa|aplikasaun|sistema|website)\b/iu,
  },
  /**
   * Asturian "¡Bones!" (hello), "Soi Marisa Díaz, …" (I am), "Mira, asina ye como trabayamos:"
   * (look, this is how we work), "¡Guah, qué disgustu!" (what a blow), "Y yá ta" (and that's it),
   * "Munches gracies, ¡y puxa Asturies!" (many thanks, and up Asturias), "El mio fíu … ta
   * estudiando informática … y diz que nos fai una páxina web" (my son studies computing and says
   * he'll make us a website): the talk, and who builds it.
   */
  {
    language: "Asturian",
    said: /^¡?(?:bones|bonos\s+díes|bones\s+tardes)\s*[.!,]?$|^¡?(?:bones[,!\s]+)?(?:soi|llámome|el\s+mio\s+nome\s+ye)\s+\p{Lu}|^(?:mira[,\s]+)?asina\s+ye\s+como\s+(?:trabayamos|trabayo|lo\s+facemos|va)\s*[.!:]?$|^¡?guah(?:[,!\s]+qu[eé]\s+\p{L}+)?\s*[.!]?$|^(?:y\s+)?yá\s+ta\s*[.!]?$|^¡?(?:munches\s+gracies|gracies)(?:[,!\s¡]+(?:y\s+)?puxa\s+asturies)?\s*[.!]*$|^¡?(?:y\s+)?puxa\s+asturies\s*[.!]*$|^el\s+mio\s+(?:fíu|fía|nietu|nieta|sobrín|sobrina)\b[^.!?]*\b(?:informática|programación)\b|\bnos\s+fai\s+(?:una\s+)?(?:páxina(?:\s+web)?|aplicación|app|programa)\b/iu,
  },
  /**
   * Kinyarwanda "Muraho neza!" (hello), "Nitwa Emmanuel …" (my name is), "Mfite garage i Gikondo"
   * (I have a garage in Gikondo), "Tumaze imyaka icumi dukora" (we have worked ten years), "Dore
   * uko dukora:" (here is how we work), "Ni ibyo gusa" (that is all), "Murakoze, Imana ibahe
   * umugisha" (thank you, God bless you), "Umuhungu wanjye yize informatique …" (my son studied
   * computing) and "Azadukorera porogaramu …" (he will make us a program): the talk, and who builds it.
   */
  {
    language: "Kinyarwanda",
    said: /^(?:muraho|mwaramutse|mwiriwe)(?:\s+neza)?\s*[.!,]?$|^(?:(?:muraho|mwaramutse|mwiriwe)(?:\s+neza)?[,!\s]+)?nitwa\s+\p{Lu}|^mfite\s+[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)?\s+i\s+\p{Lu}|^tumaze\s+imyaka\s+[\p{L}\d]+\s+dukora\b|^dore\s+uko\s+(?:dukora|bikorwa|tubikora)\s*[.!:]?$|^ni\s+ibyo\s+gusa\s*[.!]?$|^murakoze(?:\s+cyane)?(?:[,!\s]+imana\s+ibahe\s+umugisha)?\s*[.!]*$|^(?:umuhungu|umukobwa|mwishywa|umwuzukuru)\s+wanjye\s+(?:yize|yiga|arimo\s+kwiga)\s+(?:informatique|informatiki|mudasobwa)\b|^azadukorera\s+(?:porogaramu|application|site)\b/iu,
  },
  /**
   * Tatar "Исәнмесез!" (hello), "Минем исемем Гөлнара …" (my name is), "Безнең тәртип болай:" (our
   * way is this), "Бик оят булды" (it was very shameful), "Шул гына" (that's all), "Зур рәхмәт!"
   * (many thanks), "Улым … информатика укый, ул безгә сайт ясарга вәгъдә итте" (my son studies
   * computing, he promised to make us a website): the talk, and who builds it.
   */
  {
    language: "Tatar",
    said: /^(?:исәнмесез|исәнме|сәлам|хәерле\s+(?:көн|иртә|кич))\s*[.!,]?$|^(?:(?:исәнмесез|сәлам)[,!\s]+)?минем\s+исемем\s+\p{Lu}|^(?:безнең\s+)?тәртип(?:ебез)?\s+(?:болай|шундый)\s*[.!:]?$|^бик\s+(?:оят|кыен|уңайсыз)\s+булды\s*[.!]?$|^шул\s+гына\s*[.!]?$|^(?:зур\s+|бик\s+зур\s+)?рәхмәт(?:ләр)?\s*[.!]*$|^(?:улым|кызым|оныгым|энем|сеңлем)(?![\p{L}])[^.!?]*(?<![\p{L}])(?:информатика|программалау)(?![\p{L}])|(?<![\p{L}])(?:сайт|программа|кушымта)\s+ясарга\s+(?:вәгъдә\s+итте|тели|җыена)(?![\p{L}])/iu,
  },
  /**
   * Hausa "Assalamu alaikum" (peace be upon you), "Sunana Aminu …" (my name is), "Ga yadda muke
   * yi:" (here is how we do it), "Shi ke nan" (that's it), "Mun gode, Allah ya saka da alheri"
   * (thank you, God reward you), "Yayi kyau" (it's good), "Dana ya karanta computer science …" (my
   * son studied computing) and "Zai yi mana program …" (he will make us a program): the talk,
   * and who builds it.
   */
  {
    language: "Hausa",
    said: /^(?:assalamu\s+alaikum|salamu\s+alaikum|sannu(?:\s+da\s+\p{L}+)?|barka\s+da\s+\p{L}+)\s*[.!,]?$|^(?:(?:assalamu\s+alaikum|sannu)[,.!\s]+)?sunana\s+\p{Lu}|^ga\s+yadda\s+(?:muke|nake|ake)\s+(?:yi|aiki)\s*[.!:]?$|^shi\s+ke\s+nan\s*[.!]?$|^(?:mun|na)\s+gode(?:\s+(?:sosai|kwarai))?(?:[,!\s]+allah\s+ya\s+(?:saka|biya)(?:\s+da\s+(?:alheri|alkhairi))?)?\s*[.!]*$|^(?:ya|yayi|ya\s+yi)\s+kyau\s*[.!]?$|^(?:dana|diyata|yata|kanina|jikana)\s+(?:ya|ta|yana|tana)\s+(?:karanta|karatu|koyon)\s+(?:computer|kwamfuta)\b|^(?:zai|za\s+ta|zata)\s+(?:yi|rubuta)\s+mana\s+(?:program|manhaja|app|website)\b/iu,
  },
  /**
   * Hiligaynon "Maayong adlaw!" (good day), "Ako si Marites Villanueva" (I am …), "Amo ini ang
   * amon mga rules:" (these are our rules), "Kahuya gid." (how shameful), "Amo lang na." (that's
   * all), "Salamat gid!" (thank you so much), and the one who will build it: "Ang anak ko nga si
   * Kevin nagatuon sang IT …, kag himuan niya kami sang website" (my son … will make us a website).
   */
  {
    language: "Hiligaynon",
    said: /^(?:maayong\s+(?:adlaw|aga|hapon|gab-i)(?:\s+sa\s+inyo)?\s*[.!,]?$|(?:(?:maayong\s+\p{L}+)[,.!\s]+)?ako\s+si\s+\p{Lu}|amo\s+(?:ini|ni)\s+ang\s+(?:amon|akon)\s+(?:mga\s+)?(?:rules|pamaagi|sistema|patakaran)\s*[.!:]?$|kahuya\s+gid\s*[.!]?$|amo\s+(?:lang\s+(?:na|ina|ini)|na\s+lang)\s*[.!]?$|(?:salamat|madamo\s+gid\s+nga\s+salamat)(?:\s+gid)?(?:[,!\s]+\p{L}+){0,3}\s*[.!]*$|ang\s+(?:anak|pakaisa|pag-umangkon|apo)\s+(?:ko|namon)\b[^.!?]*\b(?:himuan|himuon|maghimo|himo)\s+(?:niya|nila)\b[^.!?]*[.!]*$)/iu,
  },
  /**
   * Occitan "Adiu a totes!" (hello all), "Me sonan Mirelha Costas" (I am called …), "Vaquí cossí
   * fasèm:" (here is how we do it), "Quina vergonha!" (what a shame), "Es tot." (that's all),
   * "Mercé plan, e a lèu!" (many thanks, see you soon), and the one who will build it: "Mon
   * felen Pau estúdia l'informatica … e nos farà un programa" (my grandson … will make us a program).
   */
  {
    language: "Occitan",
    said: /^(?:(?:adiu|bonjorn|adishatz|adieu)(?:\s+a\s+(?:totes|totas|tots|vos))?\s*[.!,]?$|(?:(?:adiu|bonjorn)(?:\s+a\s+\p{L}+)?[,.!\s]+)?(?:me\s+sonan|me\s+soni|me\s+dison)\s+\p{Lu}|vaquí\s+(?:cossí|coma)\s+(?:fasèm|fasem|va|anam)\s*[.!:]?$|quina\s+vergonha\s*[.!]*$|(?:es|aquò\s+es)\s+tot\s*[.!]?$|mercé(?:\s+plan|\s+fòrça)?(?:[,!\s]+(?:e\s+)?a\s+lèu)?\s*[.!]*$|(?:mon|ma)\s+(?:felen|felena|filh|filha|nebot|neboda)\b[^.!?]*\b(?:nos\s+)?(?:farà|fará|fa|va\s+far)\s+(?:un|una)\s+(?:programa|site|aplicacion|logicial)\b[^.!?]*[.!]*$)/iu,
  },
  /**
   * Chichewa "Moni nonse!" (hello all), "Dzina langa ndine Chikondi Phiri" (my name is …),
   * "Malamulo athu ndi awa:" (our rules are these), "Zinali zochititsa manyazi kwambiri" (it was
   * very shameful), "Ndi zomwezo" (that's it), "Zikomo kwambiri!" (thank you very much), and the
   * one who will build it: "Mwana wanga … adzatipangira pulogalamu" (my child will make us a program).
   */
  {
    language: "Chichewa",
    said: /^(?:moni(?:\s+nonse|\s+anzanga)?\s*[.!,]?$|(?:moni(?:\s+nonse)?[,.!\s]+)?dzina\s+langa\s+(?:ndine|ndi)\s+\p{Lu}|malamulo\s+(?:athu|a\s+gulu\s+lathu)\s+ndi\s+awa\s*[.!:]?$|zinali\s+zochititsa\s+manyazi(?:\s+kwambiri)?\s*[.!]*$|(?:ndi\s+)?zomwezo(?:\s+basi)?\s*[.!]?$|zikomo(?:\s+kwambiri|\s+kwambiri\s+ndithu)?\s*[.!]*$|mwana\s+wanga\b[^.!?]*\badzati(?:pangira|pangire|lembera)\s+pulogalamu\b[^.!?]*[.!]*$)/iu,
  },
  /**
   * Turkmen "Meniň adym Maýsa" (my name is …), "Men Mary şäherinde ýaşaýaryn" (I live in the town
   * of Mary), "Meniň kiçijik tikinçilik ussahanam bar" (I have a little sewing workshop), "Bu biz
   * üçin uly utanç boldy" (it was a great shame for us), "Biziň düzgünlerimiz şeýle:" (our rules are
   * these), "Şu." (that's it), "Köp sag boluň!" (thank you very much), "Gowy." (good), "Boldy, indi
   * gowy" (done, good now), and the one who will build it: "Oglum … programma ýazjak" (my son will
   * write a program).
   */
  {
    language: "Turkmen",
    said: /^(?:(?:salam[,.!\s]+)?meniň\s+adym\s+\p{Lu}|men\s+\p{Lu}\p{L}*\s+(?:şäherinde|obasynda|etrabynda|welaýatynda)\s+ýaşaýaryn\s*[.!]*$|meniň\s+(?:[\p{L}-]+\s+){0,3}(?:ussahanam|dükanym|kärhanam|fermam)\s+bar\s*[.!]*$|bu\s+biz(?:iň)?\s+üçin\s+(?:uly\s+)?(?:utanç|gynanç|kynçylyk)\s+boldy\s*[.!]*$|(?:biziň\s+)?düzgünlerimiz\s+şeýle\s*[.!:]*$|(?:şu|boldy|gowy|bolýar)(?:\s*,?\s*(?:indi\s+)?gowy)?\s*[.!]*$|(?:köp\s+)?sag\s+boluň\s*[.!]*$|(?:oglum|gyzym|agtygym|inim|jigim)\b[^.!?]*\bprogramma\s+(?:ýazjak|ýazar|ýazyp\s+berjek|düzjek)\b[^.!?]*[.!]*$)/iu,
  },
  /**
   * Friulian "Mandi!" (hello, goodbye), "O soi Mattia, o ai 26 agns …" (I am …, I am 26), "Lis
   * nestris regulis a son chestis:" (our rules are these), "Dôs robis." (two things), "…, ce
   * vergogne" (what a shame), "Cussì o fâs une aplicazion" (so I am making an app), "Al è dut."
   * (that's all), "Graciis di cûr" (thank you from the heart).
   */
  {
    language: "Friulian",
    said: /^(?:mandi\s*[.!]*$|(?:mandi[,.!\s]+)?o\s+soi\s+\p{Lu}|lis\s+(?:nestris|mês)\s+regulis\s+a\s+son\s+chestis\s*[.!:]*$|(?:dôs|trê|cuatri|une)\s+robis?\s*[.!:]*$|[^.!?]*,\s*ce\s+vergogne\s*[.!]*$|cussì\s+o\s+(?:fâs|fasìn|fasarai)\s+une\s+aplicazion\b[^.!?]*[.!]*$|(?:e\s+)?al\s+è\s+dut\s*[.!]*$|graciis(?:\s+di\s+cûr|\s+tantis)?(?:\s*,\s*mandi)?\s*[.!]*$)/iu,
  },
  /**
   * Low German "Moin!" (hello), "Ik bün Antje Thießen ut Wöhrden …" (I am … from …), "Uns Regeln
   * sünd so:" (our rules are these), "Noch wat:" (one more thing), "Dat weer't." (that was it),
   * "Dat süht goot ut." (that looks good), "So is dat goot." (that's good so), "Veelen Dank un
   * tschüüß!" (many thanks and bye), and "Mien Enkel … will uns en Programm … maken" (my grandson
   * will make us a program).
   */
  {
    language: "Low German",
    said: /^(?:moin(?:\s+moin)?\s*[.!,]*$|(?:moin[,.!\s]+)?ik\s+bün\s+\p{Lu}|uns(?:e)?\s+regeln\s+sünd\s+so\s*[.!:]*$|noch\s+wat\s*[.!:]*$|dat\s+weer['’]?t(?:\s+al)?\s*[.!]*$|dat\s+süht\s+goot\s+ut\s*[.!]*$|so\s+is\s+dat\s+goot\s*[.!]*$|(?:veelen|vielen|dusend)\s+dank(?:\s+(?:un|und)\s+tsch(?:üüß|üss|üs))?\s*[.!]*$|tsch(?:üüß|üss)\s*[.!]*$|mien\s+(?:enkel|enkelin|söhn|dochter|neffe)\b[^.!?]*\bprogramm\b[^.!?]*\bmaken\s*[.!]*$)/iu,
  },
  /**
   * Igbo "Ndeewo!" (greetings), "Aha m bụ Chinedu Okeke" (my name is), "Abụ m nwa akwụkwọ …" (I
   * am a student …), "Iwu anyị bụ ndị a:" (our rules are these), "Ihe abụọ." (two things),
   * "Ihere mere anyị …" (we were ashamed), "Ọ zuola." (that's enough), "Daalụ nke ukwuu!" (thank
   * you very much), and "Ya mere, a ga m emere nne m website" (so I will make my mother a website).
   */
  {
    language: "Igbo",
    said: /^(?:ndeewo(?:\s+nụ)?\s*[.!,]*$|(?:ndeewo[,.!\s]+)?aha\s+m\s+bụ\s+\p{Lu}|abụ\s+m\s+\p{L}|iwu\s+anyị\s+bụ\s+ndị\s+a\s*[.!:]*$|ihe\s+(?:abụọ|atọ|anọ|ọzọ)\s*[.!:]*$|ihere\s+mere\s+anyị\b[^.!?]*[.!]*$|ọ\s+zuola\s*[.!]*$|daalụ(?:\s+nke\s+ukwuu)?\s*[.!]*$|(?:ya\s+mere[,\s]+)?a\s+ga\s+m\s+(?:emere|eme)\b[^.!?]*\b(?:website|app|program|ngwa)\b[^.!?]*[.!]*$)/iu,
  },
  /**
   * Sundanese "Sampurasun!" (greetings), "Nami abdi Euis Rahmawati" (my name is …), "Aturanana
   * kieu:" (the rules are like this), "Isin pisan …" (so ashamed …), "Sakitu wé." (that's all),
   * "Hatur nuhun pisan!" (thank you very much), and the one who will build it: "Putra abdi … badé
   * ngadamel program" (my son will make a program).
   */
  {
    language: "Sundanese",
    said: /^(?:(?:sampurasun|wilujeng\s+(?:énjing|enjing|siang|sonten|wengi))\s*[.!,]?$|(?:sampurasun[,.!\s]+)?nami\s+abdi\s+\p{Lu}|aturan(?:ana|na)?\s+kieu\s*[.!:]?$|isin\s+pisan\b[^.!?]*[.!]*$|sakitu\s+(?:wé|we|waé)\s*[.!]?$|hatur\s+nuhun(?:\s+pisan)?\s*[.!]*$|(?:putra|putri|pun\s+\p{L}+)\s+abdi\b[^.!?]*\b(?:badé|bade|rék)\s+ngadamel\s+(?:program|aplikasi|website)\b[^.!?]*[.!]*$)/iu,
  },
  /**
   * Hindi and Bhojpuri "नमस्ते", "प्रणाम" (hello), "मेरा नाम … है", "हमार नाम … ह" (my name is),
   * "हम ऐसे काम करते हैं:", "हमनी के काम अइसे चलेला:" (this is how we work), "बस इतना ही", "बस
   * एतने बा" (that's all), "बहुत धन्यवाद" (many thanks), and "मेरा बेटा … ऐप बनाएगा", "ऊ हमनी खातिर
   * ऐप बनाई" (my son will make the app, he will make an app for us): the talk, and who builds it.
   */
  {
    language: "Hindi",
    said: /^(?:नमस्ते|नमस्कार|प्रणाम|राम\s+राम|जय\s+श्री\s+राम)(?:\s+(?:जी|सबके|सब\s+लोग))?\s*[.!,।]?$|^(?:(?:नमस्ते|नमस्कार|प्रणाम)[,!।\s]+)?(?:मेरा|हमार|हमरा|हमारा)\s+नाम\s+\S+|^(?:हम|हमनी)\s+(?:ऐसे|अइसे|इस\s+तरह)\s+काम\s+(?:करते\s+हैं|करिले|करेनी)\s*[.:।]?$|^(?:हमनी\s+के|हमारा|हमार)\s+काम\s+(?:ऐसे|अइसे)\s+(?:चलता\s+है|चलेला)\s*[.:।]?$|^बस\s+(?:इतना\s+ही|इतना|एतने|एतना)(?:\s+(?:है|बा|ह))?\s*[.!।]?$|^(?:(?:बहुत|बहुते)\s+)*(?:धन्यवाद|शुक्रिया)(?:\s+(?:जी|रउआ\s+के|आपका))?\s*[.!।]*$|(?:ऐप|सॉफ्टवेयर|प्रोग्राम|वेबसाइट|साइट)\s+(?:बनाएगा|बनाएगी|बनाई|बनइहें|बना\s+देगा|बना\s+दी)\s*[.!।]?$/u,
  },
  /**
   * Neapolitan "Me chiammo Gennaro …" (my name is), "Accussì facimmo:" (this is how we do it),
   * "Chesto è tutto" (that's all), "Grazie assaje" (many thanks), and "Mio figlio … ce fa 'o sito"
   * (my son makes us the website): the talk, and who builds it.
   */
  {
    language: "Neapolitan",
    said: /^(?:(?:salve|buongiorno|bonasera|uè|ue)[,!\s]+)?me\s+chiammo\s+\p{Lu}|^(?:(?:allora|mo|e)[,\s]+)?accussì\s+(?:facimmo|funziona|lavuramm?o|jamm?o)\s*[.!:]?$|^(?:e\s+)?chesto\s+è\s+tutto\s*[.!]?$|^(?:grazie\s+assaje|grazie\s+'?e\s+core|grazie\s+a\s+tutte)(?:[,!\s]+[\p{L}'’]+){0,3}\s*[.!]*$|^mi[oa]\s+(?:figli[oa]|nipote|cugin[oa]|frat[ei]|sora)\b[^.!?]*\b(?:ce|me)\s+fa\s+(?:['’]o\s+|nu\s+)?(?:sito|programma|app|applicazione)\b/iu,
  },
  /**
   * Ligurian "Bongiorno a tutti!" (good morning all), "Mi son a Paola …" (I am Paola …), "E nòstre
   * regole son queste:" (our rules are these), "Che vergheugna!" (what a shame), "L'é tutto" (that
   * is all), "Graçie, ciao!" (thanks, bye), and "Mæ nevo … o ne fa un programma" (my nephew makes
   * us a program).
   */
  {
    language: "Ligurian",
    said: /^(?:bongiorno|bonaseia|ciao|salve)(?:\s+a\s+tutti)?\s*[.!,]?$|^(?:(?:bongiorno|ciao)[,!\s]+)?mi\s+son\s+(?:a\s+|o\s+)?\p{Lu}|^(?:e\s+)?(?:nòstre|mæ|e)\s+regole\s+(?:son|en)\s+queste\s*[.!:]?$|^che\s+vergheugna\s*[.!]*$|^l['’]é\s+tutto\s*[.!]?$|^graçie(?:\s+tante)?(?:[,!\s]+ciao)?\s*[.!]*$|^(?:mæ|mê)\s+(?:nevo|figgio|figgia|nessa|fræ|sœ)\b[^.!?]*\b(?:ne\s+fa|o\s+fa|a\s+fa|fa)\s+(?:un|o)\s+(?:programma|scito|app)\b/iu,
  },
  /**
   * Piedmontese "Bondì a tuti!" (good day all), "Mi i son la Carla …" (I am Carla …), "Noi i foma
   * parèj:" (this is how we do it), "Che vërgògna!" (what a shame), "A l'é tut" (that is all),
   * "Mersì tant, cerea!" (thanks a lot, goodbye), and "Mè nevod … a l'ha dit ch'a-n fa un sit"
   * (my nephew said he'll make us a site).
   */
  {
    language: "Piedmontese",
    said: /^(?:bondì|bon dì|bonsèira|cerea|salve)(?:\s+a\s+tuti)?\s*[.!,]*$|^(?:(?:bondì|cerea)[,!\s]+)?mi\s+i\s+son\s+(?:la\s+|ël\s+|'l\s+)?\p{Lu}|^(?:noi\s+)?i\s+foma\s+parèj\s*[.!:]?$|^che\s+vërgògna\s*[.!]*$|^a\s+l['’]é\s+tut\s*[.!]?$|^(?:mersì|grassie)(?:\s+tant|\s+motobin)?(?:[,!\s]+cerea)?\s*[.!]*$|^cerea\s*[.!]*$|^(?:mè|mia)\s+(?:nevod|neveu|fieul|fija|cusin|cusin-a|frel|sorela)\b[^.!?]*\b(?:a-?n\s+fa|an\s+fa|a\s+fa|fa)\s+(?:un|ël|na)\s+(?:sit|programa|app)\b/iu,
  },
  /**
   * Hawaiian "Aloha mai kākou!" (hello, everyone), "ʻO Malia … koʻu inoa" (my name is Malia …),
   * "Eia kā mākou mau lula:" (here are our rules), "Auē ka hilahila!" (what a shame), "ʻO ia wale
   * nō" (that's all), "Mahalo nui loa, a hui hou!" (many thanks, until next time), "Maikaʻi loa"
   * (very good), and "Ke aʻo nei kaʻu keiki … e hana ʻo ia i polokalamu …" (my child is studying
   * …, and will make a program …).
   */
  {
    language: "Hawaiian",
    said: /^aloha(?:\s+mai)?(?:\s+kākou|\s+kāua|\s+nui)?\s*[.!,]*$|^(?:aloha[,!\s]+)?[ʻ‘']?o\s+\p{Lu}[^.!?]{0,40}\s+ko[ʻ‘']?u\s+inoa\b|^eia\s+(?:kā|ka)\s+mākou\s+(?:mau\s+)?lula\s*[.!:]?$|^au[ēe]\s+ka\s+hilahila\s*[.!]*$|^[ʻ‘']?o\s+ia\s+wale\s+nō\s*[.!]*$|^(?:mahalo(?:\s+nui)?(?:\s+loa)?|maika[ʻ‘']?i(?:\s+loa|\s+kēia\s+manawa)?)(?:[,!\s]+(?:a\s+)?hui\s+hou)?\s*[.!]*$|^ke\s+a[ʻ‘']?o\s+nei\s+(?:ka[ʻ‘']?u|ko[ʻ‘']?u)\s+[^.!?]*\be\s+hana\s+[ʻ‘']?o\s+ia\s+i\s+(?:ka\s+|he\s+)?polokalamu\b/iu,
  },
  /**
   * Te reo Māori "Kia ora koutou!" (hello, all), "Ko Aroha … tōku ingoa" (my name is Aroha …),
   * "Anei ā mātou tikanga:" (here are our ways), "Auē, te whakamā!" (oh, the shame), "Heoi anō
   * tāku" (that's all from me), "Ngā mihi, ka kite!" (thanks, see you), "Tēnā rawa atu koe"
   * (thank you very much), "Ka pai (rawa) (ināianei)" (good (now)), and "Kei te ako tāku irāmutu
   * … ka hangaia e ia he taupānga …" (my nephew is studying …, he will make an app …).
   */
  {
    language: "te reo Māori",
    said: /^(?:kia\s+ora|tēnā\s+koutou|tēnā\s+koe|mōrena)(?:\s+(?:koutou|katoa|koe|kōrua))?(?:\s+katoa)?\s*[.!,]*$|^(?:(?:kia\s+ora|tēnā\s+koutou)(?:\s+koutou)?[,!\s]+)?ko\s+\p{Lu}[^.!?]{0,40}\s+tōku\s+ingoa\b|^anei\s+(?:ā|ō)\s+(?:mātou|māua|tātou)\s+(?:tikanga|ture)\s*[.!:]?$|^auē[,!\s]+(?:te|he)\s+whakamā\s*[.!]*$|^heoi\s+anō(?:\s+(?:tāku|tēnā|tērā))?\s*[.!]*$|^(?:ngā\s+mihi(?:\s+nui)?|tēnā\s+rawa\s+atu\s+koe|kia\s+ora\s+rawa\s+atu)(?:[,!\s]+(?:ka\s+kite(?:\s+anō)?|hei\s+konā\s+rā))?\s*[.!]*$|^ka\s+kite(?:\s+anō)?\s*[.!]*$|^ka\s+pai(?:\s+rawa)?(?:\s+ināianei)?\s*[.!]*$|^kei\s+te\s+ako\s+(?:tāku|tōku|tā\s+mātou|tō\s+mātou)\s+[^.!?]*\bka\s+hangaia\s+e\s+ia\s+(?:he|te)\s+(?:taupānga|pae\s+tukutuku|pūmanawa|papatono)\b/iu,
  },
  /**
   * Breton "Demat deoc'h!" (hello to you), "Yann Kerbrat eo ma anv" (my name is Yann Kerbrat),
   * "Setu hor reolennoù:" (here are our rules), "Ur vezh!" (a shame), "Setu, echu eo" (there, it
   * is done), "Trugarez vras, kenavo!" (many thanks, goodbye), and "Ma niz a studi … ober a raio
   * ur poellad evidomp" (my nephew studies …, he will make a program for us).
   */
  {
    language: "Breton",
    said: /^demat(?:\s+deoc['’]h|\s+dit|\s+d['’]an\s+holl)?\s*[.!,]*$|^(?:demat(?:\s+deoc['’]h)?[,!\s]+)?\p{Lu}[^.!?,]{0,40}\s+eo\s+ma\s+anv\b|^setu\s+(?:hor|hon|ma)\s+(?:reolennoù|reolenn|boazioù)\s*[.!:]?$|^ur\s+vezh\s*[.!]*$|^setu(?:[,\s]+echu(?:\s+eo)?)?\s*[.!]*$|^(?:trugarez(?:\s+vras|\s+deoc['’]h)?)(?:[,!\s]+kenavo(?:\s+ar\s+wech\s+all)?)?\s*[.!]*$|^kenavo\s*[.!]*$|^mat\s+eo(?:\s+bremañ)?\s*[.!]*$|^ma\s+(?:niz|nizez|mab|merc['’]h|c['’]hoar|breur)\s+a\s+studi\b[^.!?]*\bober\s+a\s+raio\s+(?:ur|un|al|ul)\s+(?:poellad|lec['’]hienn|arload)\b/iu,
  },
  /**
   * Assamese "নমস্কাৰ" (hello), "মোৰ নাম …" (my name is), "আমাৰ নিয়ম এইবোৰ:" (our rules are these),
   * "কি লাজ!" (what a shame), "এয়াই সকলো" (that's all), "বহুত ধন্যবাদ" (many thanks), "বৰ ভাল
   * হৈছে", "এতিয়া ঠিক আছে" (it's good, it's fine now), and "মোৰ ভতিজাই … এপ বনাব" (my nephew will
   * make an app).
   */
  {
    language: "Assamese",
    said: /^নমস্কাৰ\s*[.!,।]?$|^(?:নমস্কাৰ[,!।\s]+)?মোৰ\s+নাম\s|^আমাৰ\s+নিয়ম\s+(?:এইবোৰ|এনেকুৱা)\s*[.!:।]?$|^কি\s+লাজ\s*[.!।]*$|^এয়াই\s+সকলো\s*[.!।]?$|^(?:বহুত\s+)?ধন্যবাদ\s*[.!।]*$|^(?:বৰ\s+ভাল\s+হৈছে|এতিয়া\s+ঠিক\s+আছে|ঠিক\s+আছে)\s*[.!।]*$|^মোৰ\s+\S+ই\s[^।]*\s(?:এপ|এপটো|প্ৰগ্ৰাম|ৱেবছাইট)\s+বনাব\s*[.!।]?$/u,
  },
  /**
   * Flemish "Goeiendag allemaal!" (good day, all), "Ik ben Jos Verheyen uit …, en ik ben al dertig
   * jaar …" (I am …, from …), "Zo gaat da bij ons:" (this is how it goes at ours), "Amai, ik heb
   * mij nog nooit zo geschaamd!" (my, I was never so ashamed), "Da's alles" (that's all),
   * "Salukes, en merci!" (bye, and thanks), "Bijna goed", "Nu is 't goed" (almost right, right
   * now), and "Mijne kleinzoon … studeert …, en die gaat een programma maken" (my grandson
   * studies …, and he will make a program): the talk, who the person is, and who builds it.
   */
  {
    language: "Flemish",
    said: /^(?:goeiendag|goeiedag|goedendag|dag|hallo|hoi)(?:\s+(?:allemaal|iedereen|samen))?\s*[.!,]*$|^(?:(?:goeiendag|goeiedag|dag)(?:\s+allemaal)?[,!\s]+)?ik\s+ben\s+(?:de\s+|den\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:,|uit\s|van\s)|^(?:en\s+)?zo\s+gaat\s+(?:da|dat|het|'t)(?:\s+(?:bij|bij\s+ons|hier))?(?:\s+ons)?\s*[.!:]?$|^amai\b[^.!?]*[.!?]*$|^(?:da['’]s|dat\s+is|da\s+is)\s+(?:alles|'t|het)\s*[.!]*$|^(?:salukes|saluut|salu|dada|tot\s+ziens)(?:[,!\s]+(?:en\s+)?(?:merci|bedankt|dank\s+u)(?:\s+(?:wel|vele\s+keren))?)?\s*[.!]*$|^(?:merci|bedankt)(?:\s+(?:wel|vele\s+keren))?(?:[,!\s]+(?:salukes|dada|tot\s+ziens))?\s*[.!]*$|^(?:bijna|bekan|nu\s+is\s+['’]?t|nu\s+is\s+het|['’]t\s+is)\s+(?:goed|juist|in\s+orde)\s*[.!]*$|^(?:mijne?|onze?)\s+(?:kleinzoon|kleindochter|zoon|dochter|neef|nicht|kozijn|schoonzoon)\b[^.!?]*\b(?:studeert|studeerde)\b[^.!?]*\b(?:programma|website|app|site)\b[^.!?]*[.!?]*$/iu,
  },
  /**
   * Kölsch "Joode Morje zosamme!" (good morning, all), "Ich ben et Marlene Schmitz us Ihrefeld" (I
   * am Marlene Schmitz from …), "Esu jeiht dat bei uns:" (this is how it goes at ours), "Wat e
   * Theater, ich han mich esu jescheniert!" (what a fuss, I was so ashamed), "Dat wor et" (that
   * was it), "Maht et joot, un Kölle Alaaf!" (take care, and up Cologne), and "Dä Jung vun mingem
   * Broder studeet Informatik …, un dä mäht uns jetz en Websigg" (my brother's boy studies
   * computing, and he makes us a website): the talk, who the person is, and who builds it.
   */
  {
    language: "Kölsch",
    said: /^(?:joode\s+(?:morje|daach|ovend)|hallo|tach)(?:\s+(?:zosamme|zesamme|all|alleh))?\s*[.!,]*$|^(?:joode\s+morje(?:\s+zosamme)?[,!\s]+)?ich\s+ben\s+(?:et|d['’]r|der|de)\s+\p{Lu}|^(?:un\s+)?esu\s+(?:jeiht|geiht|jeit)\s+dat(?:\s+bei\s+uns)?\s*[.!:]?$|^wat\s+e(?:n)?\s+(?:theater|blamage|schand)\b[^.!?]*[.!?]*$|^dat\s+(?:wor|es)\s+(?:et|alles)\s*[.!]*$|^maht\s+et\s+joot\b[^.!?]*[.!?]*$|^kölle\s+alaaf\s*[.!]*$|^(?:jetz|jetzt)\s+(?:es|is)\s+et\s+(?:richtig|joot)\s*[.!]*$|^(?:fass|bal|baal)\s+(?:richtig|joot)\s*[.!]*$|^(?:dä|die|et|ming|minge|mingem)\s+[^.!?]*\bstude(?:e|ie)r?t\b[^.!?]*\b(?:websigg|website|programm|app)\b[^.!?]*[.!?]*$/iu,
  },
];

/** Whether a sentence only carries the talk, said in one of the languages read one by one. */
export function isTalkInTheirLanguage(text: string): boolean {
  return TALK_BY_LANGUAGE.some((talk) => talk.said.test(text));
}
