/**
 * How the model requests grow over a long interview, on the Anthropic format: the
 * standard interview (spec written at turn 13, changed at turn 14), then a long tail of
 * plain questions and answers, as when a person keeps refining the spec in
 * conversation. For chosen turns: the request body the fake provider recorded, split
 * into the parts that grow differently (tool definitions, system prompt, what the person
 * and the model said, tool calls and results), the prompt tokens and what the turn cost.
 * Once a turn is over, the history stubs (src/engines/model/history-stubs.ts) replace
 * file text in `Write`/`Edit` calls and cut long tool results, so everything but the
 * conversation itself should stop growing once the spec is written.
 *
 *   node --import tsx bench/request-growth.ts [--turns 200] [--checkpoints 1,10,25,50,200] [--window-tokens 8192]
 */
import { choiceList, integerList, positiveInteger, readFlags } from "./support/flags.js";
import { formatBytes } from "./support/format.js";
import { cacheShare, playWithUsage, sumUsage } from "./support/interview-usage.js";
import { plainTailTurn, questionTailTurn, standardInterview } from "./support/model-script.js";
import { type BodyParts, bodyParts, promptTokenCount } from "./support/prompt-account.js";
import { note, previousResults, report } from "./support/report.js";
import { withTempDir } from "./support/temp-dir.js";

const flags = readFlags("node --import tsx bench/request-growth.ts [options]", {
  turns: { default: "200", help: "turns in all: the standard interview's, then plain questions" },
  checkpoints: { default: "1,10,25,50,200", help: "turns to report, comma-separated" },
  "window-tokens": { default: "8192", help: "a small model's context window, to compare the requests with" },
  tail: {
    default: "plain",
    help: "after the standard interview: plain questions answered by messages, or structured questions answered by choices (questions)",
  },
});
const [tail] = choiceList("tail", flags.tail, ["plain", "questions"] as const);
const turnCount = positiveInteger("turns", flags.turns);
const checkpoints = integerList("checkpoints", flags.checkpoints).filter((turn) => turn <= turnCount);
const windowTokens = positiveInteger("window-tokens", flags["window-tokens"]);

/** The token estimate the task asks for: a quarter of the characters of the whole body. */
const bodyTokens = (characters: number) => Math.ceil(characters / 4);

const standard = standardInterview();
const script = [
  ...standard,
  ...Array.from({ length: Math.max(0, turnCount - standard.length) }, (_, index) =>
    tail === "plain" ? plainTailTurn(index) : questionTailTurn(index),
  ),
].slice(0, turnCount);

interface TurnGrowth {
  turn: number;
  move: string;
  modelCalls: number;
  /** The turn's largest request: its body and what the body is made of. */
  largest: BodyParts;
  /** The fake's own count of the largest request's prompt tokens (content only, no JSON syntax). */
  largestPromptTokens: number;
  /** The turn's first request, the one that carries the person's new message. */
  firstRequestBytes: number;
  usage: ReturnType<typeof sumUsage>;
  costUsd: number;
}

const started = performance.now();
const played = await withTempDir((projectsDir) =>
  playWithUsage(projectsDir, "request-growth", script, {
    afterTurn: (turn) => {
      if (turn.turn % 50 === 0) note(`turn ${turn.turn} of ${script.length}`);
    },
  }),
);
const wallMs = performance.now() - started;

const growth: TurnGrowth[] = played.turns.map((turn) => {
  const parts = turn.requests.map(bodyParts);
  const largestAt = parts.reduce(
    (best, part, index) => (part.characters > parts[best]!.characters ? index : best),
    0,
  );
  return {
    turn: turn.turn,
    move: turn.move,
    modelCalls: turn.modelCalls,
    largest: parts[largestAt]!,
    largestPromptTokens: promptTokenCount(turn.requests[largestAt]!),
    firstRequestBytes: Buffer.byteLength(turn.requests[0]?.rawBody ?? ""),
    usage: turn.usage,
    costUsd: turn.costUsd,
  };
});
const at = (turn: number) => growth[turn - 1]!;
/** Tool definitions, system prompt, file tools' calls and results: what the history stubs should keep bounded. */
const withoutConversation = (parts: BodyParts) => parts.tools + parts.system + parts.fileTools;
const largestOverall = growth.reduce((best, item) =>
  item.largest.characters > best.largest.characters ? item : best,
);
const firstOverWindow =
  growth.find((item) => bodyTokens(item.largest.characters) > windowTokens)?.turn ?? null;

/** Turn 25 (well after the spec is written and changed) against the last turn. */
const REFERENCE_TURN = 25;
const comparison =
  turnCount > REFERENCE_TURN
    ? (() => {
        const early = at(REFERENCE_TURN).largest;
        const late = at(turnCount).largest;
        return {
          earlyTurn: REFERENCE_TURN,
          lateTurn: turnCount,
          earlyBytes: early.bytes,
          lateBytes: late.bytes,
          lateNoLarger: late.bytes <= early.bytes,
          bytesPerTurnBetween: (late.bytes - early.bytes) / (turnCount - REFERENCE_TURN),
          earlyWithoutConversationCharacters: withoutConversation(early),
          lateWithoutConversationCharacters: withoutConversation(late),
          withoutConversationNoLarger: withoutConversation(late) <= withoutConversation(early),
          conversationTextGrowthCharacters: late.conversationText - early.conversationText,
          questionsAndAnswersGrowthCharacters: late.questionsAndAnswers - early.questionsAndAnswers,
          otherGrowthCharacters: late.other - early.other,
        };
      })()
    : null;
const total = sumUsage(played.turns.map((turn) => turn.usage));
const totalCostUsd = played.turns.reduce((sum, turn) => sum + turn.costUsd, 0);
const shareAfterGreeting = cacheShare(sumUsage(played.turns.slice(1).map((turn) => turn.usage)));
const previous = previousResults("request-growth");

const round = (value: number, digits = 6) => Math.round(value * 10 ** digits) / 10 ** digits;
const results = {
  model: played.model,
  turns: turnCount,
  tail,
  standardTurns: Math.min(standard.length, turnCount),
  modelCalls: growth.reduce((sum, item) => sum + item.modelCalls, 0),
  checkpoints,
  windowTokens,
  wallMs: Math.round(wallMs),
  completeAtEnd: played.turns.at(-1)?.complete ?? false,
  atCheckpoints: checkpoints.map((turn) => {
    const item = at(turn);
    return {
      turn,
      move: item.move,
      modelCalls: item.modelCalls,
      largestRequestBytes: item.largest.bytes,
      firstRequestBytes: item.firstRequestBytes,
      partsInCharacters: item.largest,
      bodyTokensEstimate: bodyTokens(item.largest.characters),
      promptTokens: item.largestPromptTokens,
      cacheShare: round(cacheShare(item.usage), 4),
      costUsd: round(item.costUsd),
    };
  }),
  comparison,
  largest: {
    turn: largestOverall.turn,
    bytes: largestOverall.largest.bytes,
    characters: largestOverall.largest.characters,
    bodyTokensEstimate: bodyTokens(largestOverall.largest.characters),
    promptTokens: largestOverall.largestPromptTokens,
    windowShare: round(bodyTokens(largestOverall.largest.characters) / windowTokens, 3),
  },
  firstTurnOverWindow: firstOverWindow,
  total: {
    input: total.input_tokens,
    cacheWrite: total.cache_write_tokens,
    cacheRead: total.cache_read_tokens,
    output: total.output_tokens,
    costUsd: round(totalCostUsd),
    cacheShareAfterTurn1: round(shareAfterGreeting, 4),
  },
  largestRequestBytesByTurn: growth.map((item) => item.largest.bytes),
  promptTokensByTurn: growth.map((item) => item.largestPromptTokens),
  conversationTextCharactersByTurn: growth.map((item) => item.largest.conversationText),
  questionsAndAnswersCharactersByTurn: growth.map((item) => item.largest.questionsAndAnswers),
  fileToolsCharactersByTurn: growth.map((item) => item.largest.fileTools),
  costUsdByTurn: growth.map((item) => round(item.costUsd)),
};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const thousands = (characters: number) => `${(characters / 1000).toFixed(1)}k`;
const pad = (value: string | number, width: number) => String(value).padStart(width);
const header = `${pad("turn", 4)} ${pad("calls", 5)} ${pad("body", 10)} ${pad("tools", 6)} ${pad("system", 6)} ${pad("said", 6)} ${pad("asked", 6)} ${pad("files", 6)} ${pad("other", 6)} ${pad("≈tokens", 7)} ${pad("window", 6)} ${pad("cached", 6)} ${pad("cost", 7)}`;
const rows = checkpoints.map((turn) => {
  const item = at(turn);
  const parts = item.largest;
  const tokens = bodyTokens(parts.characters);
  return `${pad(turn, 4)} ${pad(item.modelCalls, 5)} ${pad(kib(parts.bytes), 10)} ${pad(thousands(parts.tools), 6)} ${pad(thousands(parts.system), 6)} ${pad(thousands(parts.conversationText), 6)} ${pad(thousands(parts.questionsAndAnswers), 6)} ${pad(thousands(parts.fileTools), 6)} ${pad(thousands(parts.other), 6)} ${pad(tokens, 7)} ${pad(`${(tokens / windowTokens).toFixed(2)}×`, 6)} ${pad(`${(cacheShare(item.usage) * 100).toFixed(0)}%`, 6)} ${pad(`$${item.costUsd.toFixed(4)}`, 7)}`;
});

const previousLargest = previous?.largest as { bytes?: number } | undefined;
const previousTotal = previous?.total as { costUsd?: number } | undefined;
const summary = [
  `${played.model}: ${turnCount} turns (the standard interview's ${results.standardTurns}, then ${tail === "plain" ? "plain questions" : "structured questions"}), ${results.modelCalls} model calls, played in ${(wallMs / 1000).toFixed(1)} s`,
  "each turn's largest request: its body in bytes, then its parts in characters (said: the text of the person's and the model's messages; asked: structured questions and their answers; files: the other tools' calls and results; other: message envelopes and request fields), about how many tokens (characters / 4) and how many times the window that is, the share of its turn's input read from the cache, and the turn's cost:",
  header,
  ...rows,
  ...(comparison
    ? [
        `turn ${comparison.lateTurn} ${comparison.lateNoLarger ? "is no larger than" : "is LARGER than"} turn ${comparison.earlyTurn}: ${formatBytes(comparison.lateBytes)} against ${formatBytes(comparison.earlyBytes)}, ${Math.round(comparison.bytesPerTurnBetween)} bytes more per turn between them`,
        `leaving out the conversation (tool definitions, system prompt, file tools): ${comparison.lateWithoutConversationCharacters} characters at turn ${comparison.lateTurn} against ${comparison.earlyWithoutConversationCharacters} at turn ${comparison.earlyTurn} (${comparison.withoutConversationNoLarger ? "bounded" : "STILL GROWING"}); between them the text said grew by ${comparison.conversationTextGrowthCharacters} characters, the questions and answers by ${comparison.questionsAndAnswersGrowthCharacters}, the envelopes by ${comparison.otherGrowthCharacters}`,
      ]
    : []),
  `largest request: turn ${largestOverall.turn}, ${formatBytes(largestOverall.largest.bytes)}, about ${bodyTokens(largestOverall.largest.characters)} tokens at 4 characters a token (the fake counts ${largestOverall.largestPromptTokens} in its content blocks): ${(bodyTokens(largestOverall.largest.characters) / windowTokens).toFixed(1)} times a ${windowTokens}-token window; the first request over that window is at turn ${firstOverWindow ?? "none"}`,
  `over all ${turnCount} turns: input ${total.input_tokens}, cache writes ${total.cache_write_tokens}, cache reads ${total.cache_read_tokens}, output ${total.output_tokens} tokens; $${totalCostUsd.toFixed(4)} at ${played.model}'s prices; ${(shareAfterGreeting * 100).toFixed(1)}% of input read from the cache after turn 1`,
  ...(previousLargest?.bytes !== undefined
    ? [
        `last run (${String(previous?.date)}): largest request ${formatBytes(previousLargest.bytes)}, ${String(previous?.turns)} turns for $${String(previousTotal?.costUsd)}`,
      ]
    : []),
];

report("request-growth", results, summary);
if (!results.completeAtEnd) process.exitCode = 1;
