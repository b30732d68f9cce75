// Every section of `ouro paper`, in the order the report shows them. Adding a section is one line here.
import { collapseSection } from "./collapseSection.js";
import { languageSection, neuralLanguageSection } from "./languageSection.js";
import type { PaperSection } from "./paperSection.js";
import { synthesisLongSection, synthesisSection } from "./synthesisSection.js";
import { verifierSection } from "./verifierSection.js";

export const paperSections: readonly PaperSection[] = [
  collapseSection,
  languageSection,
  neuralLanguageSection,
  verifierSection,
  synthesisSection,
  synthesisLongSection,
];
