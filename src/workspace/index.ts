export {
  type ParsedQuestions,
  parseAskUserQuestionInput,
  QUESTION_RULES,
  questionPhase,
} from "./ask-user-question.js";
export {
  type AtomicWriteOptions,
  byteLength,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_WRITE_BYTES,
  writeFileAtomic,
  writeFileInside,
} from "./atomic-write.js";
export { type OpenedFile, type OpenedInProject, openInsideProject, readOpened } from "./checked-open.js";
export { modelWriteRefusal, writeInitializerPrompt } from "./initializer-file.js";
export {
  inspectSpec,
  readSpecStatusFile,
  removeSpecStatusFile,
  type SpecInspection,
  writeSpecStatusFile,
} from "./inspect-spec.js";
export {
  DOCUMENT_TEXT_SUFFIX,
  DOCUMENTS_DIR,
  type KeptDocument,
  keepProjectDocument,
} from "./project-documents.js";
export type { ListedProject, ListingOptions } from "./project-listing.js";
export {
  assertProjectName,
  INVALID_PROJECT_NAME_MESSAGE,
  InvalidProjectNameError,
  isValidProjectName,
} from "./project-name.js";
export {
  type InterviewPart,
  PROJECT_STATE_FILE,
  type ProjectState,
  readProjectState,
  SPEC_STATES,
  type SpecState,
} from "./project-state.js";
export {
  ProjectExistsError,
  type ProjectInfo,
  ProjectRegistry,
  type ProjectRegistryOptions,
  type ProjectSummary,
} from "./projects.js";
export { type PromptFileWrite, type PromptWriteOptions, writePromptFiles } from "./prompt-files.js";
export {
  type PromptQuota,
  type PromptUsage,
  promptQuotaRefusal,
  promptUsage,
} from "./prompt-quota.js";
export {
  type ResolvedPath,
  type ResolveOptions,
  resolveInsideProject,
  SandboxError,
  STATE_DIR,
  stateRefusal,
  toProjectRelative,
} from "./sandbox.js";
export {
  interviewerWriteSource,
  isSpecVersionId,
  isVersionedFile,
  keepCurrentSpecFiles,
  keepCurrentVersion,
  listSpecVersions,
  readSpecVersion,
  recordFileOnDisk,
  recordSpecVersion,
  SPEC_VERSION_SOURCES,
  SPEC_VERSIONS_DIR,
  type SpecVersion,
  type SpecVersionSource,
  VERSIONED_FILES,
  type VersionedFile,
  withVersionsKept,
} from "./spec-versions.js";
export {
  FILE_TOOL_NAMES,
  type FileToolName,
  TOOL_DEFINITIONS,
  TOOL_DESCRIPTIONS,
  TOOL_NAMES,
  type ToolDefinition,
  type ToolName,
} from "./tool-definitions.js";
export {
  DEFAULT_MAX_PROMPT_BYTES,
  DEFAULT_MAX_PROMPT_FILES,
  DEFAULT_MAX_READ_BYTES,
  DEFAULT_READ_LINE_LIMIT,
  MAX_GLOB_RESULTS,
  MAX_READ_LINE_LENGTH,
} from "./tool-limits.js";
export * from "./tool-schemas.js";
export {
  createProjectTools,
  type ProjectTools,
  type ProjectToolsOptions,
  type ToolOutcome,
} from "./tools.js";
