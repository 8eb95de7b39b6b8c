/** What a reader is told after reporting, by outcome: shared by the report page and the dialog. */
export const REPORT_OUTCOMES: Record<string, string> = {
  sent: 'Thank you. A moderator will look at this comment.',
  '400': 'Please keep the reason under 500 characters.',
  '404': 'This comment is not published (any more), so it cannot be reported.',
  '429': 'You have reported several comments in a short time. Please try again later.',
  '503': 'Reports cannot be sent right now. Please try again in a minute.',
};

export const reportOutcome = (code: string | undefined) => (code ? (REPORT_OUTCOMES[code] ?? REPORT_OUTCOMES['503']) : undefined);
