import type { SpecNode } from "./parse.js";

/** A category of `core_features`: its element name and its features, without the leading "- ". */
export interface SpecCategory {
  name: string;
  features: string[];
  line: number;
}

/** The lines of `text` that are features: those starting with "- " once indentation is removed. */
export function featureLinesIn(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2).trim());
}

/** Each child element of `core_features` is a category; its feature lines may sit in nested elements too. */
export function readCategories(coreFeatures: SpecNode): SpecCategory[] {
  return coreFeatures.children.map((category) => ({
    name: category.name,
    features: featureLinesIn(category.allText),
    line: category.line,
  }));
}
