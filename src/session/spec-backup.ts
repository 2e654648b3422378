import type { ProjectTools } from "../workspace/index.js";
import { backupSpecFiles, removeSpecStatusFile, resetInitializerPrompt } from "../workspace/index.js";
import { specFileTargetOf } from "./spec-files.js";

/**
 * Wraps a project's tools so that the first write to a spec file in this interview
 * first keeps the finished spec as a numbered backup (prompts/history/<n>/) and puts
 * the initializer template back, so the new count has a placeholder to replace.
 * Nothing is copied for an interview that never writes.
 */
export function withSpecBackup(tools: ProjectTools): ProjectTools {
  let backedUp = false;
  return {
    projectDir: tools.projectDir,
    saveFile: (relativePath, bytes) => tools.saveFile(relativePath, bytes),
    async run(toolName, input) {
      if (!backedUp) {
        const target = await specFileTargetOf({ toolCallId: "", toolName, input }, tools.projectDir);
        if (target) {
          backedUp = true;
          await backupSpecFiles(tools.projectDir);
          await removeSpecStatusFile(tools.projectDir);
          await resetInitializerPrompt(tools.projectDir);
        }
      }
      return tools.run(toolName, input);
    },
  };
}
