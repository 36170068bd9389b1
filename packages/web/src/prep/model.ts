/** The prep sheet as data: the print view and the PDF render the same model, so they never disagree. */

export interface PrepItem {
  /** A bold lead-in: on its own line before long prose (the question before its answer), else inline. */
  label?: string;
  text: string;
  /** 0 for top-level items, 1 and 2 for items that belong to the one above (a step under its goal). */
  indent?: 0 | 1 | 2;
  /** Shown as a bullet point (follow-ups, red flags). */
  bullet?: boolean;
  /** Long prose (an answer) that may be shortened to keep the sheet to one page. */
  long?: boolean;
}

export interface PrepSection {
  id: 'goals' | 'answers' | 'followups' | 'redflags';
  heading: string;
  /** Shown when the section has no items, so an empty section still says what to do. */
  empty: string;
  items: PrepItem[];
}

export interface PrepSheet {
  title: string;
  subtitle: string;
  sections: PrepSection[];
}
