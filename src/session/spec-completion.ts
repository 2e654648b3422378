import {
  formatFinding,
  type InitializerTemplate,
  makeSpecStatus,
  summarizeSpecChanges,
  validateInitializerPrompt,
} from "../app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH, SPEC_FILE_PATHS } from "../app-spec/paths.js";
import type { SpecChanges } from "../types/spec-changes.js";
import type { TranscriptEntry } from "../types/transcript.js";
import { errorFrame, type ServerFrame } from "../types/wire.js";
import {
  inspectSpec,
  listSpecVersions,
  readSpecStatusFile,
  readSpecVersion,
  type SpecFilePath,
  type SpecInspection,
  type SpecVersion,
  writeInitializerPrompt,
  writeSpecStatusFile,
} from "../workspace/index.js";

/** A frame, or word that the spec's completeness changed (for the session to record before the frames that follow). */
export type CompletionStep = ServerFrame | { type: "completion"; complete: boolean };

/**
 * Decides when the spec is complete, from the files on disk and never from what an
 * interviewer claims: after spec files were written, and at the end of a turn that used tools.
 */
export class SpecCompletion {
  /** Set when this turn could not write the initializer prompt (and already said so). */
  private initializerFailed = false;
  /**
   * The version of the app spec that this turn's first write of it replaced (looked up
   * at that write), so a turn that writes the spec more than once is summarised from
   * where it began; undefined until the turn writes the app spec.
   */
  private turnFrom: string | null | undefined;
  /**
   * When this turn began, by the real clock the kept versions are stamped with (not the
   * session's own, which tests may set): a version at or after it was kept by this turn.
   */
  private turnStartedMs = 0;

  constructor(
    private readonly template: InitializerTemplate,
    private readonly now: () => Date,
  ) {}

  beginTurn(): void {
    this.initializerFailed = false;
    this.turnFrom = undefined;
    this.turnStartedMs = Date.now();
  }

  /**
   * After a spec file reached the disk (`path`, as the tool's outcome says, with the
   * inspection the tool made right after writing it): report it, give a valid app spec
   * its initializer prompt (the template with the spec's count), and decide whether the
   * spec is complete (both files pass the validator). Of a write that completes the
   * spec, `spec_complete` comes before the `file_written` frames: the reference's page
   * ends the reply it is streaming on `spec_complete` but not on `file_written`, which it
   * shows as a line of its own, so this order leaves no reply of that write's step
   * looking unfinished there.
   */
  async *afterWrite(
    path: SpecFilePath,
    inspection: SpecInspection,
    projectDir: string,
  ): AsyncGenerator<CompletionStep> {
    if (path === APP_SPEC_PATH && this.turnFrom === undefined) {
      // The version this write replaced: the one before the newest when the write kept a
      // new one; the newest itself when the text was already kept (nothing changed).
      const versions = await appSpecVersions(projectDir);
      const keptNow = versions[0] !== undefined && Date.parse(versions[0].at) >= this.turnStartedMs;
      this.turnFrom = (keptNow ? versions[1] : versions[0])?.id ?? null;
    }
    const files: SpecFilePath[] = [path];
    const reportFiles = function* (): Generator<CompletionStep> {
      for (const file of files) yield { type: "file_written", path: file };
    };
    const validation = inspection.appSpec.validation;
    const featureCount = inspection.featureCount;
    let complete = inspection.complete;
    if (path === APP_SPEC_PATH && validation?.valid && featureCount !== null) {
      const written = await this.writeInitializer(projectDir, featureCount);
      if ("failure" in written) {
        this.initializerFailed = true;
        yield* reportFiles();
        yield { type: "completion", complete: false };
        yield errorFrame("spec_write_failed", written.failure);
        return;
      }
      files.push(INITIALIZER_PROMPT_PATH);
      // The app spec was checked once, by the write; the prompt is checked as Specwright wrote it.
      complete = validateInitializerPrompt(written.text, featureCount, this.template).every(
        (finding) => finding.severity !== "error",
      );
    }
    if (complete && featureCount !== null) {
      // A status file already there says the spec was complete before: this is a revision.
      const revision = (await readSpecStatusFile(projectDir).catch(() => null)) !== null;
      const changes = revision ? await this.revisionChanges(projectDir) : null;
      // The status file is written last, so its presence means everything before it landed.
      await writeSpecStatusFile(projectDir, makeSpecStatus([...SPEC_FILE_PATHS], featureCount, this.now()));
      yield { type: "completion", complete: true };
      yield changes
        ? { type: "spec_complete", path: APP_SPEC_PATH, changes }
        : { type: "spec_complete", path: APP_SPEC_PATH };
      yield* reportFiles();
      return;
    }
    yield* reportFiles();
    yield { type: "completion", complete: false };
    if (path === APP_SPEC_PATH && validation && !validation.valid) {
      const problems = validation.errors.map(formatFinding).join("; ");
      yield errorFrame(
        "spec_invalid",
        `${APP_SPEC_PATH} was written but is not valid yet: ${problems}. The interviewer has been told what to fix.`,
      );
    }
  }

  /**
   * At the end of a turn that used tools without completing, on a valid app spec whose
   * initializer prompt is missing or out of step (changed by hand since Specwright wrote
   * it, say): say so, so nobody believes a half-finished spec is done.
   */
  async *atTurnEnd(
    projectDir: string,
    transcript: readonly TranscriptEntry[],
    complete: boolean,
  ): AsyncGenerator<ServerFrame> {
    if (complete || this.initializerFailed) return;
    const lastUser = transcript.findLastIndex((entry) => entry.role === "user");
    const wroteThisTurn = transcript.slice(lastUser + 1).some((entry) => entry.role === "tool");
    if (!wroteThisTurn) return;
    const inspection = await inspectSpec(projectDir, this.template);
    if (!inspection.appSpec.exists || !inspection.appSpec.validation?.valid) return;
    if (inspection.initializer.findings.length === 0 && inspection.initializer.exists) return;
    const why = inspection.initializer.exists
      ? inspection.initializer.findings.map(formatFinding).join("; ")
      : "the file is missing";
    yield errorFrame(
      "spec_incomplete",
      `The spec is not complete yet: ${INITIALIZER_PROMPT_PATH}: ${why}. Specwright writes it again from ${APP_SPEC_PATH} the next time that file is written.`,
    );
  }

  /**
   * What a revision changed: from the version of the app spec this turn's first write
   * replaced to the newest kept version (the text on disk, kept as the initializer
   * prompt was written). Null when either is missing or they are the same version; a
   * summary that cannot be made never holds up the completion.
   */
  private async revisionChanges(projectDir: string): Promise<SpecChanges | null> {
    try {
      const ids = (await appSpecVersions(projectDir)).map((version) => version.id);
      const to = ids[0];
      const from = this.turnFrom ?? ids[1];
      if (to === undefined || from === undefined || from === to) return null;
      const [before, after] = await Promise.all([
        readSpecVersion(projectDir, from),
        readSpecVersion(projectDir, to),
      ]);
      if (!before || !after) return null;
      return summarizeSpecChanges(before.text, after.text, { from, to });
    } catch {
      return null;
    }
  }

  /** Writes the initializer prompt for `featureCount` features: the text written, or why that failed. */
  private async writeInitializer(
    projectDir: string,
    featureCount: number,
  ): Promise<{ text: string } | { failure: string }> {
    try {
      return { text: await writeInitializerPrompt(projectDir, featureCount, this.template) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        failure: `${APP_SPEC_PATH} is valid, but Specwright could not write ${INITIALIZER_PROMPT_PATH}: ${reason}. It tries again the next time ${APP_SPEC_PATH} is written.`,
      };
    }
  }

  /** The spec files as they are on disk now, checked against the template in use. */
  inspect(projectDir: string): Promise<SpecInspection> {
    return inspectSpec(projectDir, this.template);
  }
}

/** The kept versions of the app spec, newest first (old backups left out). */
async function appSpecVersions(projectDir: string): Promise<SpecVersion[]> {
  const versions = await listSpecVersions(projectDir).catch(() => []);
  return versions.filter((version) => version.file === APP_SPEC_PATH && version.source !== "backup");
}
