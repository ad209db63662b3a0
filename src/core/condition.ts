// Conditions on earlier answers, as content authors write them (showIf, appliesIf, tier rules).
// Its own module so that the loss model's types can use it without importing the content model.

/** A condition on earlier answers. Hidden questions never count. */
export type Condition =
  | { question: string; equals: string | number }
  | { question: string; in: (string | number)[] }
  | { question: string; includes: string }
  | { question: string; atLeast: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };
