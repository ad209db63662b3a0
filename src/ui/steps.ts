/** The presenters' walk-through of the brochure cases: a view of its own, not a step of the check. */
export const WALKTHROUGH = 'walkthrough';
