/**
 * How the model requests grow over a long interview: the standard interview (spec
 * written at turn 13, changed at turn 14), then a long tail of plain questions and
 * answers, as when a person keeps refining the spec in conversation, played once for
 * each context window asked for:
 * - `200k`: claude-haiku-4-5 on the Anthropic format, a 200,000-token window;
 * - `8k`: a model on llama.cpp's server started with `--ctx-size 8192`, on the OpenAI
 *   format (the fake refuses a prompt past that window, as llama.cpp does);
 * - `1m`: Specwright's default Claude model, a 1,000,000-token window.
 * For chosen turns: the request body the fake provider recorded, split into the parts
 * that grow differently (tool definitions, system prompt, what the person and the model
 * said, tool calls and results), the prompt tokens and what the turn cost. Once a turn
 * is over, the history stubs (src/engines/model/history-stubs.ts) replace file text in
 * `Write`/`Edit` calls and cut long tool results; where the history still does not fit
 * the window, its oldest turns are left out and digested (history-fit.ts). Each window
 * writes bench/results/request-growth-<window>.json.
 *
 *   node --import tsx bench/request-growth.ts [--windows 200k,8k] [--turns 200] [--checkpoints 1,10,25,50,200]
 */
import { DIGEST_OPENING } from "../src/engines/model/history-digest.js";
import { choiceList, integerList, positiveInteger, readFlags } from "./support/flags.js";
import { formatBytes } from "./support/format.js";
import {
  cacheShare,
  playOnLocalServer,
  playWithUsage,
  sumUsage,
  type TurnUsage,
} from "./support/interview-usage.js";
import {
  plainTailTurn,
  questionTailTurn,
  type ScriptedTurn,
  standardInterview,
} from "./support/model-script.js";
import { type BodyParts, bodyParts, promptTokenCount, reusedPrefix } from "./support/prompt-account.js";
import { note, previousResults, report } from "./support/report.js";
import { withTempDir } from "./support/temp-dir.js";

/** The context windows a run can be played against, and how. */
const WINDOWS = {
  "200k": {
    tokens: 200_000,
    described: "claude-haiku-4-5, a 200,000-token window, on the Anthropic format",
    play: (dir: string, script: readonly ScriptedTurn[], afterTurn: (turn: TurnUsage) => void) =>
      playWithUsage(dir, "request-growth", script, { model: "claude-haiku-4-5", afterTurn }),
  },
  "8k": {
    tokens: 8192,
    described: "a model on llama.cpp's server with --ctx-size 8192, on the OpenAI format",
    play: (dir: string, script: readonly ScriptedTurn[], afterTurn: (turn: TurnUsage) => void) =>
      playOnLocalServer(dir, "request-growth", script, {
        local: { kind: "llama.cpp", contextLength: 8192 },
        afterTurn,
      }),
  },
  "1m": {
    tokens: 1_000_000,
    described: "Specwright's default Claude model, a 1,000,000-token window, on the Anthropic format",
    play: (dir: string, script: readonly ScriptedTurn[], afterTurn: (turn: TurnUsage) => void) =>
      playWithUsage(dir, "request-growth", script, { afterTurn }),
  },
} as const;
type WindowName = keyof typeof WINDOWS;

const flags = readFlags("node --import tsx bench/request-growth.ts [options]", {
  windows: {
    default: "200k,8k",
    help: "context windows to play the interview against, comma-separated: 200k (claude-haiku-4-5), 8k (llama.cpp --ctx-size 8192), 1m (the default Claude model)",
  },
  turns: { default: "200", help: "turns in all: the standard interview's, then plain questions" },
  checkpoints: { default: "1,10,25,50,200", help: "turns to report, comma-separated" },
  tail: {
    default: "plain",
    help: "after the standard interview: plain questions answered by messages, or structured questions answered by choices (questions)",
  },
});
const windowNames = choiceList("windows", flags.windows, Object.keys(WINDOWS) as WindowName[]);
const [tail] = choiceList("tail", flags.tail, ["plain", "questions"] as const);
const turnCount = positiveInteger("turns", flags.turns);
const checkpoints = integerList("checkpoints", flags.checkpoints).filter((turn) => turn <= turnCount);

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
  /** Whether the turn's largest request left earlier turns out, with a digest in their place. */
  leftTurnsOut: boolean;
  /**
   * The share of the turn's first request that begins the same as the request before it
   * (reusedPrefix): what a server keeping its last prompt need not evaluate again.
   */
  reusedShare: number;
  usage: ReturnType<typeof sumUsage>;
  costUsd: number;
}

/** Turn 25 (well after the spec is written and changed) against the last turn. */
const REFERENCE_TURN = 25;
const round = (value: number, digits = 6) => Math.round(value * 10 ** digits) / 10 ** digits;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const thousands = (characters: number) => `${(characters / 1000).toFixed(1)}k`;
const pad = (value: string | number, width: number) => String(value).padStart(width);

let failed = false;
for (const name of windowNames) {
  const window = WINDOWS[name];
  const windowTokens = window.tokens;
  const bench = `request-growth-${name}`;
  const started = performance.now();
  const played = await withTempDir((projectsDir) =>
    window.play(projectsDir, script, (turn) => {
      if (turn.turn % 50 === 0) note(`${name}: turn ${turn.turn} of ${script.length}`);
    }),
  );
  const wallMs = performance.now() - started;

  const growth: TurnGrowth[] = played.turns.map((turn, index) => {
    const before = played.turns[index - 1]?.requests.at(-1);
    const reuse = turn.requests[0] ? reusedPrefix(before, turn.requests[0]) : { reused: 0, characters: 1 };
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
      leftTurnsOut: turn.requests[largestAt]!.rawBody.includes(JSON.stringify(DIGEST_OPENING).slice(1, 40)),
      reusedShare: reuse.reused / reuse.characters,
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
  const allRequests = played.turns.flatMap((turn) => turn.requests);
  const overWindow = allRequests.filter(
    (request) =>
      bodyTokens(request.rawBody.length) > windowTokens || promptTokenCount(request) > windowTokens,
  ).length;
  const firstOverWindow =
    growth.find((item) => bodyTokens(item.largest.characters) > windowTokens)?.turn ?? null;
  const firstLeftOut = growth.find((item) => item.leftTurnsOut)?.turn ?? null;

  const comparison =
    turnCount > REFERENCE_TURN
      ? (() => {
          const early = at(REFERENCE_TURN).largest;
          const late = at(turnCount).largest;
          const after = growth.slice(REFERENCE_TURN - 1).map((item) => item.largest.bytes);
          return {
            earlyTurn: REFERENCE_TURN,
            lateTurn: turnCount,
            earlyBytes: early.bytes,
            lateBytes: late.bytes,
            lateNoLarger: late.bytes <= early.bytes,
            bytesPerTurnBetween: (late.bytes - early.bytes) / (turnCount - REFERENCE_TURN),
            /** The mean share of each turn's first request reused from the request before, from the reference turn on. */
            meanReusedShareFromEarly: round(
              growth.slice(REFERENCE_TURN - 1).reduce((sum, item) => sum + item.reusedShare, 0) /
                (turnCount - REFERENCE_TURN + 1),
              4,
            ),
            /** The smallest and the largest request from the reference turn on: the band the requests stay in. */
            fromEarlyMinBytes: Math.min(...after),
            fromEarlyMaxBytes: Math.max(...after),
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
  const previous = previousResults(bench);

  const results = {
    window: name,
    windowTokens,
    model: played.model,
    described: window.described,
    turns: turnCount,
    tail,
    standardTurns: Math.min(standard.length, turnCount),
    modelCalls: growth.reduce((sum, item) => sum + item.modelCalls, 0),
    checkpoints,
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
        leftTurnsOut: item.leftTurnsOut,
        reusedShare: round(item.reusedShare, 4),
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
    requestsOverWindow: overWindow,
    requests: allRequests.length,
    firstTurnLeavingTurnsOut: firstLeftOut,
    total: {
      input: total.input_tokens,
      cacheWrite: total.cache_write_tokens,
      cacheRead: total.cache_read_tokens,
      output: total.output_tokens,
      costUsd: round(totalCostUsd),
      cacheShareAfterTurn1: round(shareAfterGreeting, 4),
    },
    largestRequestBytesByTurn: growth.map((item) => item.largest.bytes),
    reusedShareByTurn: growth.map((item) => round(item.reusedShare, 4)),
    promptTokensByTurn: growth.map((item) => item.largestPromptTokens),
    conversationTextCharactersByTurn: growth.map((item) => item.largest.conversationText),
    questionsAndAnswersCharactersByTurn: growth.map((item) => item.largest.questionsAndAnswers),
    fileToolsCharactersByTurn: growth.map((item) => item.largest.fileTools),
    costUsdByTurn: growth.map((item) => round(item.costUsd)),
  };

  const priced = played.turns.some((turn) => turn.costUsd > 0);
  const header = `${pad("turn", 4)} ${pad("calls", 5)} ${pad("body", 10)} ${pad("tools", 6)} ${pad("system", 6)} ${pad("said", 6)} ${pad("asked", 6)} ${pad("files", 6)} ${pad("other", 6)} ${pad("≈tokens", 7)} ${pad("window", 6)} ${pad("cut", 3)} ${pad("reused", 6)}${priced ? ` ${pad("cached", 6)} ${pad("cost", 7)}` : ""}`;
  const rows = checkpoints.map((turn) => {
    const item = at(turn);
    const parts = item.largest;
    const tokens = bodyTokens(parts.characters);
    const money = priced
      ? ` ${pad(`${(cacheShare(item.usage) * 100).toFixed(0)}%`, 6)} ${pad(`$${item.costUsd.toFixed(4)}`, 7)}`
      : "";
    return `${pad(turn, 4)} ${pad(item.modelCalls, 5)} ${pad(kib(parts.bytes), 10)} ${pad(thousands(parts.tools), 6)} ${pad(thousands(parts.system), 6)} ${pad(thousands(parts.conversationText), 6)} ${pad(thousands(parts.questionsAndAnswers), 6)} ${pad(thousands(parts.fileTools), 6)} ${pad(thousands(parts.other), 6)} ${pad(tokens, 7)} ${pad(`${(tokens / windowTokens).toFixed(2)}×`, 6)} ${pad(item.leftTurnsOut ? "yes" : "", 3)} ${pad(`${(item.reusedShare * 100).toFixed(0)}%`, 6)}${money}`;
  });

  const previousLargest = previous?.largest as { bytes?: number } | undefined;
  const previousTotal = previous?.total as { costUsd?: number } | undefined;
  const summary = [
    `${window.described}: ${turnCount} turns (the standard interview's ${results.standardTurns}, then ${tail === "plain" ? "plain questions" : "structured questions"}), ${results.modelCalls} model calls, played in ${(wallMs / 1000).toFixed(1)} s`,
    "each turn's largest request: its body in bytes, then its parts in characters (said: the text of the person's and the model's messages; asked: structured questions and their answers; files: the other tools' calls and results; other: message envelopes and request fields), about how many tokens (characters / 4) and how many times the window that is, whether earlier turns were left out (a digest in their place), the share of the turn's first request that begins as the request before it did (what a server keeping its last prompt need not evaluate again)" +
      (priced ? ", the share of its turn's input read from the cache, and the turn's cost:" : ":"),
    header,
    ...rows,
    ...(comparison
      ? [
          `turn ${comparison.lateTurn} ${comparison.lateNoLarger ? "is no larger than" : "is LARGER than"} turn ${comparison.earlyTurn}: ${formatBytes(comparison.lateBytes)} against ${formatBytes(comparison.earlyBytes)}, ${Math.round(comparison.bytesPerTurnBetween)} bytes more per turn between them; from turn ${comparison.earlyTurn} on, every request is between ${formatBytes(comparison.fromEarlyMinBytes)} and ${formatBytes(comparison.fromEarlyMaxBytes)}, and on average ${(comparison.meanReusedShareFromEarly * 100).toFixed(1)}% of a turn's first request is the same as the request before`,
          `leaving out the conversation (tool definitions, system prompt, file tools): ${comparison.lateWithoutConversationCharacters} characters at turn ${comparison.lateTurn} against ${comparison.earlyWithoutConversationCharacters} at turn ${comparison.earlyTurn} (${comparison.withoutConversationNoLarger ? "bounded" : "STILL GROWING"}); between them the text said grew by ${comparison.conversationTextGrowthCharacters} characters, the questions and answers by ${comparison.questionsAndAnswersGrowthCharacters}, the envelopes by ${comparison.otherGrowthCharacters}`,
        ]
      : []),
    `largest request: turn ${largestOverall.turn}, ${formatBytes(largestOverall.largest.bytes)}, about ${bodyTokens(largestOverall.largest.characters)} tokens at 4 characters a token (the fake counts ${largestOverall.largestPromptTokens}): ${(bodyTokens(largestOverall.largest.characters) / windowTokens).toFixed(2)} of the ${windowTokens}-token window; requests over it: ${overWindow} of ${allRequests.length}${firstOverWindow === null ? "" : `, the first at turn ${firstOverWindow}`}; earlier turns first left out at turn ${firstLeftOut ?? "none"}`,
    ...(priced
      ? [
          `over all ${turnCount} turns: input ${total.input_tokens}, cache writes ${total.cache_write_tokens}, cache reads ${total.cache_read_tokens}, output ${total.output_tokens} tokens; $${totalCostUsd.toFixed(4)} at ${played.model}'s prices; ${(shareAfterGreeting * 100).toFixed(1)}% of input read from the cache after turn 1`,
        ]
      : []),
    ...(previousLargest?.bytes !== undefined
      ? [
          `last run (${String(previous?.date)}): largest request ${formatBytes(previousLargest.bytes)}, ${String(previous?.turns)} turns${priced ? ` for $${String(previousTotal?.costUsd)}` : ""}`,
        ]
      : []),
  ];

  report(bench, results, summary);
  if (!results.completeAtEnd || overWindow > 0) failed = true;
}
if (failed) process.exitCode = 1;
