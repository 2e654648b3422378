export {
  type AskUserQuestionInput,
  askUserQuestionInputSchema,
  askUserQuestionTool,
  ONE_QUESTION_MESSAGE,
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
export { defineTool, type FileTool, type ToolDefinition } from "./define-tool.js";
export { type EditInput, editInputSchema, editTool } from "./edit-tool.js";
export { type GlobInput, globInputSchema, globPatternRefusal, globTool } from "./glob-tool.js";
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
  createProjectTools,
  type ProjectTools,
  type ProjectToolsOptions,
  projectToolsAt,
  type SpecWriteOptions,
} from "./project-tools.js";
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
export { type ReadInput, readInputSchema, readTool } from "./read-tool.js";
export { badInputReason, NO_SUCH_TOOL_REASON, refusalReasonOf } from "./refusal.js";
export {
  type ResolvedPath,
  type ResolveOptions,
  resolveInsideProject,
  SandboxError,
  STATE_DIR,
  stateRefusal,
} from "./sandbox.js";
export { finishedSpecBackup, type SpecBackup } from "./spec-backup.js";
export { type SpecFilePath, specFileOf } from "./spec-target.js";
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
export type { ToolContext } from "./tool-context.js";
export {
  DEFAULT_MAX_PROMPT_BYTES,
  DEFAULT_MAX_PROMPT_FILES,
  DEFAULT_MAX_READ_BYTES,
  DEFAULT_READ_LINE_LIMIT,
  MAX_GLOB_RESULTS,
  MAX_READ_LINE_LENGTH,
} from "./tool-limits.js";
export {
  EDIT_TOOL,
  FILE_TOOL_NAMES,
  type FileToolName,
  GLOB_TOOL,
  isToolName,
  isWritingTool,
  QUESTION_TOOL,
  READ_TOOL,
  TOOL_NAMES,
  type ToolName,
  WRITE_TOOL,
  WRITING_TOOL_NAMES,
} from "./tool-names.js";
export type {
  ProgressListener,
  SpecFileVerdict,
  ToolOutcome,
  ToolProgress,
  WrittenFile,
} from "./tool-outcome.js";
export { refusedOutcome } from "./tool-outcome.js";
export { fileToolNamed, TOOL_DEFINITIONS, TOOL_DESCRIPTIONS } from "./tool-registry.js";
export { oversizeRefusal, type WriteInput, writeInputSchema, writeTool } from "./write-tool.js";
