import { DownloadLink } from "./DownloadLink.js";

/** A spec file as it is on disk, with a way to download it. */
export function FileBlock({ path, text, mimeType }: { path: string; text: string; mimeType: string }) {
  const filename = path.split("/").at(-1) ?? path;
  const lines = text.length === 0 ? 0 : text.split("\n").length;
  return (
    <div className="file-block">
      <div className="file-block-header">
        <span className="file-block-path">
          <code>{path}</code>
          <span className="file-block-size">
            {lines.toLocaleString("en")} {lines === 1 ? "line" : "lines"}
          </span>
        </span>
        <DownloadLink text={text} filename={filename} mimeType={mimeType} />
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll it */}
      <section className="file-block-text" tabIndex={0} aria-label={`Contents of ${path}`}>
        <pre>{text.length > 0 ? text : "(empty)"}</pre>
      </section>
    </div>
  );
}
