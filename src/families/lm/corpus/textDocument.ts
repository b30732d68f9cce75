// One document of a corpus: the unit the train / validation / test split is made over.

export interface TextDocument {
  readonly name: string;
  readonly text: string;
}
