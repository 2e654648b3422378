export {
  DEFAULT_ANTHROPIC_MODEL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_STEPS,
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_RETRY_MAX_WAIT_MS,
  DEFAULT_STALL_TIMEOUT_MS,
} from "./defaults.js";
export {
  createModelEngine,
  type ModelEngine,
  type ModelEngineOptions,
  type ModelEngineTuning,
} from "./model-engine.js";
export {
  costOf,
  KNOWN_PRICES,
  type ModelPrice,
  type ParsedPrices,
  type PriceTable,
  parsePriceOverrides,
  priceOf,
} from "./prices.js";
export { anthropicSdkBaseUrl, type ProviderName, type ProviderSettings } from "./provider.js";
export { DEFAULT_MAX_REPLY_LENGTH } from "./reply-cap.js";
export { DEFAULT_MAX_TOOL_INPUT_LENGTH } from "./tool-input-cap.js";
