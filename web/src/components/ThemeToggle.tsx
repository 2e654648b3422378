import type { Theme } from "../hooks/useTheme.js";
import { MoonIcon, SunIcon } from "./icons.js";

/** Switches between the light and the dark theme; the label says which one a press gives. */
export function ThemeToggle({ theme, onToggle }: { theme: Theme; onToggle: () => void }) {
  const next = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      className="icon-button"
      onClick={onToggle}
      aria-label={`Use the ${next} theme`}
      title={`Use the ${next} theme`}
    >
      {theme === "dark" ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
