import { useEffect, useState } from "react";
import { DownloadIcon } from "./icons.js";

/** Saves a text as a file, from memory: a real link, so it works with the keyboard and "Save link as". */
export function DownloadLink({
  text,
  filename,
  mimeType,
}: {
  text: string;
  filename: string;
  mimeType: string;
}) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([text], { type: mimeType }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [text, mimeType]);
  if (!url) return null;
  return (
    <a className="button button-secondary" href={url} download={filename}>
      <DownloadIcon className="button-icon" />
      Download {filename}
    </a>
  );
}
