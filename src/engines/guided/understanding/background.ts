/**
 * Sentences about how things are done today ("Right now jobs get written on a
 * whiteboard", "We currently use a spreadsheet") tell why the software is wanted. They
 * belong in the overview; nobody asked the software to do them.
 */

/**
 * A sentence that opens on today: "Right now …", "Currently …", "Ahora …", "Nyt lainat
 * kirjataan vihkoon", "Sekarang semua masih ditulis …". (Hungarian "most" is left out:
 * English opens sentences on it.)
 */
const OPENS_ON_TODAY =
  /^(?:right now|currently|at the moment|at present|these days|nowadays|today|until now|so far|at the minute|ahora mismo|ahora|actualmente|hoy en d[ií]a|hasta ahora|ara mateix|actualment|ara|en ce moment|actuellement|aujourd'hui|zurzeit|momentan|derzeit|im moment|adesso|attualmente|oggi|atualmente|hoje|op dit moment|momenteel|nu|för närvarande|idag|i dag|nå|teraz|obecnie|şu anda|şimdi|acum|în prezent|jelenleg|nyní|teď|momentálne|nyt|tällä hetkellä|trenutno|sada|sekarang|saat ini|í dag|núna|hiện nay|hiện tại|bây giờ|dabar|šiuo metu|zatiaľ|momentálne|τώρα|σήμερα|προς το παρόν|зараз|наразі|сьогодні|сейчас|сегодня|kwa sasa|sasa hivi)(?![\p{L}])/iu;

/** Today named inside a sentence: "we currently use a spreadsheet", "I used to …". */
const MENTIONS_TODAY =
  /\b(?:right now|currently|at the moment|at present|these days|nowadays|used to|actualmente|ahora mismo)\b|\b(?:we|i) (?:keep|end up) [a-z]+ing\b|\b(?:we|i) (?:always|usually|normally) (?:have to |just )?[a-z]+\b/i;

/** What the software is to do: "the app should …", "I want it to …". */
const WISH =
  /\b(?:the (?:app|tool|site|software|system)|it)\s+(?:should|will|must|can|needs? to)\b|\b(?:i|we) (?:want|would like|need) (?:it|the app|the tool|a way)\b/i;

/** "… is a mess", "it's chaos", "we lose track": a complaint about today, not a wish. */
const COMPLAINT =
  /\b(?:is|are|it'?s|gets|get)\s+(?:a\s+)?(?:mess|chaos|chaotic|a pain|painful|a nightmare|confusing|impossible)\b|\bwe (?:keep )?(?:lose|losing) track\b/i;

/** Whether a sentence describes how things are done today, or complains about it. */
export function isBackground(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (WISH.test(trimmed)) return false;
  if (OPENS_ON_TODAY.test(trimmed)) return true;
  if (
    MENTIONS_TODAY.test(trimmed) &&
    !/\b(?:should|will|want|wants|would like|needs? to|must)\b/i.test(trimmed)
  )
    return true;
  return COMPLAINT.test(trimmed);
}
