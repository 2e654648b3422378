import { useEffect, useState } from "react";
import { fetchMockup } from "../api/mockups.js";
import { mockupFileOf } from "../logic/mockup-file.js";

/**
 * An address the page can show a saved image at (an object URL of its bytes), or null
 * while it loads, when it cannot be loaded, or for a path the server does not serve.
 * The object URL is let go when the image leaves the page.
 */
export function useMockupImage(project: string | null, savedAs: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const file = savedAs === undefined ? null : mockupFileOf(savedAs);
    if (project === null || file === null) return;
    const controller = new AbortController();
    let made: string | null = null;
    fetchMockup(project, file, controller.signal).then(
      (blob) => {
        if (controller.signal.aborted) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      },
      // Not there any more, or the server is away: the name stays in its place.
      () => {},
    );
    return () => {
      controller.abort();
      if (made !== null) URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [project, savedAs]);
  return url;
}
