/**
 * Requirements people paste in the forms their teams use, said as plain sentences the
 * readers know:
 * - user stories: "As a dispatcher, I want to log an incoming call, so that …" is what a
 *   dispatcher can do ("A dispatcher can log an incoming call"); "… I want each call to
 *   have the caller name, … so that …" says what a call holds ("Each call has the caller
 *   name, …"); "I want drivers on file with their name, …" likewise. The reason after
 *   "so that" is why, not what, and is left out.
 * - scenarios (Given / When / Then): "Scenario:" titles and "Given" lines set a scene
 *   and are dropped; "When", "Then" and "And" lines are what happens, as sentences.
 * Text in neither form is left as it is.
 */
export function plainStories(text: string): string {
  if (!STORY.test(text) && !isScenario(text)) return text;
  return text
    .split("\n")
    .flatMap((line) => {
      const scenario = line.match(SCENARIO_LINE);
      if (scenario) {
        const keyword = scenario[1]!.toLowerCase();
        if (keyword === "scenario" || keyword === "feature" || keyword === "given") return [];
        return [`${scenario[2]!.replace(/^./, (first) => first.toUpperCase()).replace(/[.\s]*$/, "")}.`];
      }
      return [line.replace(STORIES, storyAsSentence)];
    })
    .join("\n");
}

const STORY = /\bas (?:a|an|the) [\w' -]{1,40}?,\s*i (?:want|need|would like|'d like)\b/i;
const STORIES =
  /\bas (a|an|the) ([\w' -]{1,40}?),\s*i (?:want|need|would like|'d like)\s+(to\s+)?(.+?)(?:,?\s+so(?: that)?\s+[^.\n]*)?(?=\.(?:\s|$)|\n|$)/gi;
const SCENARIO_LINE = /^\s*(scenario|feature|given|when|then|and|but)\b:?\s+(.+)$/i;
/**
 * A text holds a scenario when a line opens on "Scenario:", or one on "Given" and another
 * on "Then": "Given how busy we are" in prose, or a line opening on "When", is no scenario.
 */
function isScenario(text: string): boolean {
  return /^\s*scenario:/im.test(text) || (/^\s*given\s/im.test(text) && /^\s*then\s/im.test(text));
}

function storyAsSentence(
  _whole: string,
  article: string,
  role: string,
  to: string | undefined,
  wish: string,
): string {
  const holds = wish.match(
    /^(each|every|all|the)\s+([\w' -]+?)\s+to\s+(?:have|hold|include|show|record)\s+(.+)$/i,
  );
  if (holds) return `${holds[1]![0]!.toUpperCase()}${holds[1]!.slice(1)} ${holds[2]} has ${holds[3]}`;
  const onFile = wish.match(/^([\w' -]+?)\s+on file with\s+(.+)$/i);
  if (onFile) return `${onFile[1]![0]!.toUpperCase()}${onFile[1]!.slice(1)} have ${onFile[2]}`;
  const who = `${article[0]!.toUpperCase()}${article.slice(1).toLowerCase()} ${role.trim()}`;
  // "I want a daily report of calls": what they get.
  return to ? `${who} can ${wish}` : `${who} can get ${wish}`;
}
