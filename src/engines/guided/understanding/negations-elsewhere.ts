/**
 * How people say they do not want something in Mexican Spanish, Québec French and Italian (after the thing), Dutch, Polish, Swedish, Danish,
 * Norwegian, Turkish, Czech, Slovak, Romanian, Hungarian, Catalan, Finnish, Croatian,
 * Indonesian, Tagalog ("Hindi na kailangan ng inventory", "wag na yung GCash"), Hebrew
 * ("בלי וואטסאפ", "לא צריך"), Bulgarian, Azerbaijani, Albanian, Georgian, Armenian,
 * Latvian, Nepali, Slovenian and Kazakh, beside the English, Spanish,
 * French, German, Italian and Portuguese forms read in exclusions.ts. Two shapes: the
 * "no" before the thing ("Nie potrzebujemy żadnych zamówień", "Vi vill inte ha något
 * forum", "Nu am nevoie de magazin online") and the thing before the "no" ("Een
 * chatfunctie willen we niet", "Betalning behövs inte", "Online ödeme istemiyoruz",
 * "Prodej dřeva do toho nepatří", "Kamerákat nem kell bekötni").
 */

/** Words that say "no" or "without" right before a thing. */
export const NO_WORD_ELSEWHERE =
  "בלי|geen|zonder|bez|żadnych|żadnej|żadnego|ingen|inget|inga|utan|uden|uten|fără|žádné|žádný|žádná|nincs|nélkül|tanpa|ilman|без|жодних|жодного|никаких|χωρίς";

/** "Nie potrzebujemy żadnych X", "Vi vill inte ha något X", "Vi behöver inte X", "Vi vil ikke have X", Hausa "kar ku saka X" (don't put X in). */
export const NOT_WANTED_BEFORE_THING =
  /(?:^|[\s,;:(—-])(?:nie\s+(?:potrzebujemy|potrzebuję|potrzeba|chcemy|chcę|będzie)|nu\s+(?:am|avem)\s+nevoie\s+de|nu\s+(?:vreau|vrem)|renunț[ăa]\s+la|nepotřebujeme|nepotrebujeme|nechceme|(?:vi|jag|jeg)\s+(?:vill|vil|behöver|behøver|trenger)\s+(?:inte|ikke)(?:\s+(?:ha|have))?|no\s+(?:ens\s+)?(?:cal|calen|volem|vull|necessitem)(?:\s+cap)?|emme\s+(?:tarvitse|halua)|ne\s+(?:trebamo|trebam|želimo|želim|treba)|tidak\s+(?:usah|perlu|mau)(?:\s+ada)?(?:\s+fitur)?|jangan\s+(?:ada\s+)?(?:fitur\s+)?|không\s+(?:cần|muốn)|hatuhitaji|hatutaki|(?:á|má)\s+ekki\s+að|(?:skal|må|ska|får)\s+(?:heller\s+)?(?:ikke|inte)(?!\s+(?:være|vara)\s+med)|δεν\s+(?:χρειαζόμαστε|θέλουμε)|و?لا\s+(?:نحتاج|نريد|نبغى|يحتاج|نحتاجها|نحتاجه)(?:\s+(?:إلى|الى))?|(?<=^|[.;!?]\s*|,\s*)(?:non,?\s+)?(?:oublie|oubliez|on\s+oublie)\s+(?:le|la|les)(?=\s)|(?<=^|[.;!?]\s*|,\s*)(?:pensando bem,?\s+)?(?:tira|tirem|tire|remova|retira)\s+(?:esse|essa|esses|essas|este|esta|o|a|os|as)|не\s+(?:треба|потрібно|потрібен|потрібна|потрібні|нужно|нужен|нужна|нужны|надо)|hindi\s+(?:na\s+)?(?:kailangan|kelangan)\s+(?:ng|ang|yung)|(?:wag|huwag)(?:\s+na)?(?:\s+(?:yung|ang|ng|iyong))?|ayaw\s+(?:ko|namin|natin)\s+(?:ng|ang|yung)|לא\s+(?:צריך|צריכים)(?:\s+את)?|אין\s+צורך|(?:չենք|չեմ)\s+ուզում,?(?:\s+որ)?|nuk\s+(?:na\s+)?(?:duhet|duhen|nevojitet|duam|dua)(?:\s+as)?|(?:kar|kada)\s+(?:ku|a)\s+(?:saka|sa|kara))\s+(?:(?:żadnych|żadnej|żadnego|något|någon|några|noget|nogen|noe)\s+)?([^.;:!?()\n,]+)/giu;

/**
 * "X willen we niet", "X hebben we niet nodig", "X is niet nodig", "X valt erbuiten",
 * "X toch maar niet", "X behövs inte", "X nie jest potrzebny", "X istemiyoruz", "X'e
 * gerek yok": the thing first, the "no" after it.
 */
export const NOT_WANTED_AFTER_THING = new RegExp(
  `(?:^|[.;:!?\\n,։।]\\s*)(?:(?:en|maar|ook|och|men|även|og|i|и|но|un|ale|a|ve|və|dhe|ama|nee|wacht|és|meg|de|și|dar|iar|ne|vis dėlto|dėlto|ipak|ändå|alligevel|likevel|sittenkin|então|mas|eta|baina|ហើយ)[,\\s]+)*([^.;:!?\\n,։।]{2,80}?)(?:\\s+[–—-]\\s+|\\s+|\\s*,\\s*(?=(?:тоа|тие|hori|horiek)\\s+(?:не|ez)\\s|pustite\\s|оны\\s+қоспаңыз|deixem-|hiyo\\s+tuache|hizo\\s+tuache|laisse|laissez|laissons|oublie|on\\s+oublie|ni\\s+de\\s+(?:chiste|broma|loco)|(?:ඒක|ඕක|ඒවා)\\s+(?:වෙනම|දාන්න)))(?:${[
    // Portuguese: "pagamento pelo sistema nem pensar", "Lista de convidados a gente dispensa"
    "nem\\s+pensar",
    "(?:a\\s+gente|nós)\\s+(?:dispensa|dispensamos)(?:\\s+também)?",
    // Portuguese, as said in Portugal: "O aluguer de pranchas também fica de fora", "Pagamentos online não precisamos"
    "(?:também\\s+)?(?:fica|ficam)\\s+de\\s+fora",
    "(?:também\\s+)?não\\s+(?:precisamos|queremos)(?=\\s*[,.;!]|\\s*$)",
    // Spanish, as said in Mexico too: "…, ni de chiste", "X tampoco va en esta librería", "X lo dejamos para otra versión"
    "ni\\s+de\\s+(?:chiste|broma|loco)",
    "(?:tampoco|no)\\s+(?:va|van)\\s+(?:en|aquí|acá)",
    "(?:lo|la|los|las)\\s+dejamos\\s+para\\s+(?:otra|después|luego|más)",
    // French, as said in Québec too: "La facturation, laisse faire", "le texto, on oublie ça"
    "(?:laisse|laissez|laissons)\\s+(?:faire|tomber)",
    "(?:on\\s+)?(?:oublie|oubliez)\\s+(?:ça|ca)",
    // Italian: "I pagamenti lasciamo perdere", "il ritorno del pomeriggio per ora no"
    "lasciamo\\s+(?:perdere|stare)",
    "(?:per\\s+ora|per\\s+adesso|per\\s+il\\s+momento)\\s+no",
    // Dutch
    "(?:willen|wil|hoeven|hoef|gebruiken)\\s+(?:we|wij|ik)\\s+(?:ook\\s+|echt\\s+)?niet",
    "(?:hebben|heb)\\s+(?:we|wij|ik)\\s+(?:ook\\s+)?niet\\s+nodig",
    "(?:is|zijn)\\s+(?:ook\\s+)?niet\\s+nodig",
    "(?:valt|vallen)\\s+(?:er\\s*)?buiten",
    "toch\\s+(?:maar\\s+)?niet",
    // Swedish, Danish, Norwegian
    "(?:behövs|behøves|trengs)\\s+(?:inte|ikke|ej)",
    "(?:vill|vil|behöver)\\s+(?:vi|jag|jeg)\\s+(?:inte|ikke)\\s+ha",
    // Polish
    "nie\\s+(?:jest|są)\\s+(?:potrzebn\\p{L}*|konieczn\\p{L}*)",
    // Czech: "GPS souřadnice nepotřebujeme", "Prodej a fakturace do toho nepatří"
    "(?:nepotřebujeme|nepotřebuji|nechceme|nechci)",
    "(?:do\\s+toho\\s+)?nepatří",
    "(?:není|nejsou)\\s+potřeba",
    // Hungarian: "Kamerákat nem kell bekötni", "hangvezérlés se legyen benne"
    "(?:nem|se|sem)\\s+kell",
    "(?:se|sem|ne)\\s+legyen",
    "nem\\s+(?:kérünk|kérek|szeretnénk)",
    // Romanian: "X nu ne trebuie"
    "nu\\s+(?:ne|îmi|mi)\\s*-?\\s*trebuie",
    // Norwegian: "Oppgjør trenger vi ikke", "Værmelding skal ikke være med"
    "(?:trenger|trengs|ønsker|vil)\\s+(?:vi|jeg)\\s+ikke",
    "(?:skal|må)\\s+ikke\\s+være\\s+med",
    // Catalan: "les multes, deixem-ho fora", "el xat no cal"
    "deixem-(?:ho|los|les)\\s+fora",
    "no\\s+(?:ens\\s+)?(?:cal|calen|interessa)",
    // Finnish: "Vuokran laskutusta ei tarvita"
    "(?:ei\\s+tarvita|ei\\s+tarvitse|emme\\s+tarvitse|emme\\s+halua|ei\\s+kuulu\\s+tähän)",
    // Croatian: "Fakturiranje nam ne treba", "Web trgovinu ne želimo"
    "(?:nam\\s+|mi\\s+)?ne\\s+(?:treba|trebaju|trebamo|želimo|želim)",
    // Indonesian: "iklan juga jangan sampai ada", "versi iPhone tidak perlu"
    "(?:juga\\s+)?(?:jangan\\s+sampai\\s+ada|jangan\\s+ada|tidak\\s+perlu|tidak\\s+usah)",
    // Slovak: "Rozvoz jedla domov netreba", "Registráciu nechceme"; taken out: "X nakoniec vyhoďte"
    "(?:netreba|nepotrebujeme|nechceme)",
    "(?:nakoniec\\s+|radšej\\s+|radši\\s+)?(?:vyhoďte|odstráňte|zrušte|vyhoďme|odstraňte)",
    // Danish: "Protester og præmier hører ikke hjemme i biblioteket"
    "hører\\s+ikke\\s+hjemme",
    // Icelandic: "Gröf þurfum við ekki"
    "þurfum\\s+við\\s+ekki",
    // Lithuanian: "Sąskaitų faktūrų čia nereikia"
    "(?:čia\\s+)?(?:nereikia|nenorime|nereikės)",
    // Vietnamese: "Phần chấm điểm hát cũng khỏi làm", "Khách thì không cần lưu"
    "(?:thì\\s+|cũng\\s+)?(?:khỏi\\s+làm|không\\s+cần(?:\\s+(?:lưu|làm|có))?)",
    // Swahili: "delivery ya maji kwa nyumba, hiyo tuache kwa sasa"
    "(?:hiyo\\s+|hizo\\s+)?tuache(?:\\s+kwa\\s+sasa)?",
    // Greek: "Τα εισιτήρια των επιβατών δεν μας αφορούν"
    "δεν\\s+(?:μας\\s+)?(?:αφορ\\p{L}*|χρειάζ\\p{L}*|θέλουμε)",
    // Ukrainian, Russian: "Продавати ліки через бот не треба", "знижки сюди не чіпаємо"
    "(?:сюди\\s+|тут\\s+)?не\\s+(?:треба|чіпаємо|потрібн\\p{L}*|нужн\\p{L}*|надо|хочемо|хотим)",
    // Slovenian: "Gasilske veselice tukaj ne rabimo", "Članarino …, pustite to ven"
    "(?:tukaj\\s+|tu\\s+)?ne\\s+(?:rabimo|potrebujemo|želimo)",
    "pustite\\s+(?:to|ga|jo|jih)\\s+(?:ven|zunaj)",
    // Kazakh: "Тамақ … айналыспаймыз, оны қоспаңыз", "… бұл жерге керек емес"
    "(?:бұл\\s+жерге\\s+|мұнда\\s+)?керек\\s+емес",
    "(?:мәселесімен\\s+)?айналыспаймыз",
    "оны\\s+қоспаңыз",
    // Georgian: "ბარი და ლუდის გაყიდვა ამაში არ ჩადოთ", "ბუღალტერიაც არ გვინდა აქ"
    "(?:ამაში\\s+|აქ\\s+)?არ\\s+(?:ჩადოთ|ჩაწეროთ|გვინდა|გვჭირდება)",
    // Latvian: "Rēķinus gan nevajag", "mūrēšanu lūdzu neliec iekšā"
    "(?:gan\\s+)?nevajag",
    "(?:lūdzu\\s+)?neliec(?:iet)?\\s+iekšā",
    // Bulgarian: "Паркирането пред блока – не искаме да го слагаме тук", "счетоводството го оставете"
    "не\\s+(?:искаме|искам|ни\\s+трябва|ни\\s+е\\s+нужно|е\\s+нужно|са\\s+нужни)",
    "(?:го|ги)\\s+оставете",
    // Macedonian: "Оркестарот си има свој раководител …, тоа не го ставајте", "…, тоа не ни треба"
    "(?:тоа\\s+|тие\\s+)?не\\s+(?:го|ги|ја)\\s+(?:ставајте|ставај|ставаме|внесувајте)",
    "(?:тоа\\s+)?не\\s+ни\\s+(?:треба|требаат|е\\s+потребно)",
    // Basque: "Urteko kuota …, hori ez sartu hemen", "Errezetak ere ez"
    "(?:hori\\s+|horiek\\s+)?ez\\s+(?:sartu|jarri|dugu\\s+behar|ditugu\\s+behar)(?:\\s+hemen)?",
    "ere\\s+ez",
    // Azerbaijani: "Divan təmizləməyi bura qatmayın", "Reklam işləri də lazım deyil"
    "(?:da\\s+|də\\s+)?(?:lazım\\s+deyil|ehtiyac\\s+yoxdur|istəmirik|istəmirəm)",
    "bura(?:ya)?\\s+(?:qatmayın|salmayın|əlavə\\s+etməyin)",
    // Albanian: "Porositë e barit mos i fusni këtu"
    "mos\\s+(?:i|e|t[aë])\\s+(?:fusni|vini|shtoni)",
    // Armenian: "Աշխատավարձերն էլ էստեղ մի խառնեք", "… պետք չէ"
    "(?:էլ\\s+)?(?:էստեղ\\s+|այստեղ\\s+)?(?:մի\\s+խառնեք|պետք\\s+չէ)",
    // Nepali: "… चाहिँदैन", "… यहाँ नराख्नुहोस्"
    "(?:पनि\\s+)?(?:यहाँ\\s+)?(?:चाहिँदैन|चाहिदैन|चाहँदैनौं|नराख्नुहोस्|पर्दैन)",
    // Sinhala: "Zoom රෙකෝඩින්ස් අපි විකුණන්නේ නෑ" (we don't sell), "ඕක දාන්න එපා" (don't put that
    // in), "… ඕනේ නෑ" (not needed), "…, ඒක වෙනම බිස්නස් එකක්" (that's a separate business).
    "(?:අපි\\s+)?(?:\\S+න්නේ\\s+)?නෑ",
    "(?:ඒක\\s+|ඕක\\s+|ඒවා\\s+)?(?:\\S+න්න\\s+)?එපා",
    "(?:ඒක\\s+|ඕක\\s+)?ඕනේ\\s+නෑ",
    "(?:ඒක\\s+|ඕක\\s+)?වෙනම\\s+(?:බිස්නස්|ව්‍යාපාරයක්|දෙයක්|වැඩක්)(?:\\s+එකක්)?",
    // Khmer: "ទុរេនកំពត … មិនបាច់ដាក់ទេ" (no need to put it), "homestay … មិនមែនក្នុង website នេះទេ" (not in this website).
    "មិនបាច់(?:\\s*ដាក់)?(?:\\s*ទេ)?",
    "មិនមែន(?:\\s*ក្នុង\\s*\\S+\\s*នេះ)?\\s*ទេ",
    "មិនត្រូវការ(?:\\s*ទេ)?",
    // Turkish
    "(?:da\\s+|de\\s+)?(?:istemiyoruz|istemiyorum|istemeyiz|olmasın)",
    "(?:da\\s+|de\\s+)?(?:gerek|ihtiyaç|ihtiyacımız)\\s+yok",
    "(?:da\\s+|de\\s+)?gereksiz",
    // "Fatura kesmek de bu aracın işi değil": not this tool's job.
    "(?:da\\s+|de\\s+)?bu\\s+[\\p{L}]+\\s+işi\\s+değil",
    // "GİB'e ya da başka hiçbir yere bir şey göndermesin": let it not send.
    "(?:ya\\s+da|veya)\\s+[^.;:!?\\n,]*?[\\p{L}]+(?:mesin|masın|memeli|mamalı)",
  ].join("|")})(?=\\s|[.;:!?,։।]|$)`,
  "giu",
);

/** Articles and demonstratives in front of the thing left out: "de facturatie", "die foto's", "ett forum". */
export const LEADING_ARTICLE_ELSEWHERE =
  /^(?:de|het|een|die|deze|dat|en|ett|den|det|ett|bir|bu|şu|ten|ta|to|te|a|az|egy|și|iar|les|els|el|la|tú|tie|túto|tento|tieto|il|lo|gli|i)\s+/iu;

/** Words that show a sentence says "no" in these languages, for telling a negation from a feature. */
export const SAYS_NOT_ELSEWHERE =
  "נישט מיט צו טון|נישט אונזער|לאזט דאס אויס|לאזט עס אויס|no ken putim|lusim em|ayaw na ilakip|dili na amo|పెట్టకండి|వద్దు|అక్కర్లేదు|అవసరం లేదు|laga nan afó|laga esei afó|no ta nos asuntu|ta su negoshi|hindi na kailangan|hindi kailangan|wag na|huwag na|בלי|לא צריך|לא נוגעים|אין צורך|লাগবে না|দরকার নাই|দরকার নেই|لا نحتاج|لا نريد|لا نبغى|fica de fora|ficam de fora|não precisamos|não queremos|ni de chiste|ni de broma|tampoco va|no va en|lo dejamos para|la dejamos para|laisse faire|laisse tomber|oublie le|oublie la|oublie les|oublie ça|lasciamo perdere|lasciamo stare|per ora no|per adesso no|vyhoďte|odstráňte|zrušte|netreba|hører ikke hjemme|þurfum við ekki|ekki að|nereikia|nenorime|không cần|khỏi làm|tuache|hatuhitaji|δεν μας αφορούν|δεν μας αφορά|δεν χρειαζόμαστε|δεν θέλουμε|не треба|не чіпаємо|не потрібн|не нужн|не надо|жодних|никаких|trenger vi ikke|skal ikke være med|no ens cal|no cal|no volem|deixem-ho fora|ei tarvita|emme tarvitse|ne treba|ne trebamo|ne želimo|tidak usah|tidak perlu|jangan sampai ada|jangan ada|tanpa|ilman|jätetään|nepotrebujeme|niet|geen|zonder|erbuiten|nie|bez|inte|ingen|inget|inga|utan|ikke|uden|istemiyoruz|istemiyorum|istemeyiz|olmasın|gerek yok|ihtiyaç yok|ihtiyacımız yok|gereksiz|işi değil|nem pensar|a gente dispensa|[\\p{L}]+(?:mesin|masın)|nepotřebujeme|nechceme|nepatří|nu am nevoie|nu avem nevoie|fără|renunță|nem kell|se kell|se legyen|sem legyen|nélkül";

/** "jätetään korjaukset pois", "Ούτε πληρωμές με κάρτα θέλουμε": the thing between the words that leave it out. */
export const LEFT_OUT_AROUND_ELSEWHERE =
  /(?:^|[\s,;:])(?:(?:jätetään|jätä|jättäkää|jätetäänkin)\s+([^.;:!?\n,]{2,60}?)\s+pois|(?:ούτε|ουτε)\s+([^.;:!?\n,]{2,60}?)\s+(?:θέλουμε|χρειαζόμαστε|θέλω))(?![\p{L}])/giu;
