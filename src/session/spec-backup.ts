import { APP_SPEC_PATH } from "../app-spec/paths.js";
import type { ProjectTools } from "../workspace/index.js";
import { keepCurrentSpecFiles, removeSpecStatusFile } from "../workspace/index.js";
import { specFileTargetOf } from "./spec-files.js";

/**
 * Wraps a project's tools so that the first write to the app spec in this interview
 * first keeps the finished spec as a version (in .specwright/versions/, unless it is kept
 * already) and removes its status file, since the spec is being changed. The initializer prompt is left as it
 * is: Specwright rewrites it from the new app spec once that is valid. Nothing is copied
 * for an interview that never writes the app spec.
 */
export function withSpecBackup(tools: ProjectTools): ProjectTools {
  let backedUp = false;
  return {
    projectDir: tools.projectDir,
    saveFile: (relativePath, bytes) => tools.saveFile(relativePath, bytes),
    async run(toolName, input) {
      if (!backedUp) {
        const target = await specFileTargetOf({ toolCallId: "", toolName, input }, tools.projectDir);
        if (target === APP_SPEC_PATH) {
          backedUp = true;
          await keepCurrentSpecFiles(tools.projectDir);
          await removeSpecStatusFile(tools.projectDir);
        }
      }
      return tools.run(toolName, input);
    },
  };
}
