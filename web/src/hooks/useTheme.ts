import { useCallback, useEffect, useState } from "react";

export type Theme = "light" | "dark";

export interface ThemeControl {
  theme: Theme;
  toggle: () => void;
}

const STORAGE_KEY = "specwright.theme";

function systemTheme(): Theme {
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null;
  }
}

/**
 * The colour theme: the system's until the person picks one with the toggle, which is
 * remembered. The choice lands on `<html data-theme>`, which the stylesheet reads; with
 * no choice the stylesheet follows `prefers-color-scheme` by itself.
 */
export function useTheme(): ThemeControl {
  const [chosen, setChosen] = useState<Theme | null>(storedTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);

  useEffect(() => {
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const follow = () => setSystem(query.matches ? "dark" : "light");
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, []);

  useEffect(() => {
    if (chosen === null) document.documentElement.removeAttribute("data-theme");
    else document.documentElement.dataset.theme = chosen;
  }, [chosen]);

  const theme = chosen ?? system;
  const toggle = useCallback(() => {
    const next: Theme = theme === "dark" ? "light" : "dark";
    setChosen(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Remembered for this page only.
    }
  }, [theme]);
  return { theme, toggle };
}
