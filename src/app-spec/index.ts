export { toElementName, uniqueElementNames } from "./element-name.js";
export { type Finding, formatFinding } from "./finding.js";
export {
  defaultInitializerTemplate,
  FEATURE_COUNT_PLACEHOLDER,
  featureCountInInitializer,
  fillFeatureCount,
  type InitializerTemplate,
  InitializerTemplateError,
  initializerTemplate,
  makeInitializerTemplate,
  renderInitializerPrompt,
  validateInitializerPrompt,
} from "./initializer.js";
export {
  DEFAULT_KIND,
  KIND_SECTIONS,
  readSoftwareKind,
  SOFTWARE_KINDS,
  type SoftwareKind,
} from "./kinds.js";
export type * from "./model.js";
export { type ParsedSpec, parseSpec, type SpecNode, type StrayText } from "./parse.js";
export * from "./paths.js";
export { renderAppSpec } from "./render.js";
export {
  RECOMMENDED_SECTIONS,
  REQUIRED_SECTIONS,
  ROOT_ELEMENT,
  SECTION_ORDER,
  type SectionName,
} from "./sections.js";
export { summarizeSpecChanges, type VersionPair } from "./spec-changes.js";
export { makeSpecStatus, parseSpecStatus, type SpecStatus } from "./status.js";
export { type SpecSummary, summarizeAppSpec } from "./summarize.js";
export { type SpecValidation, validateAppSpec } from "./validate.js";
