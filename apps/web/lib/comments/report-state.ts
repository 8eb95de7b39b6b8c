/** The report form's state, shared by the server action and the form. */
export type ReportFormState = { status: 'idle' | 'sent' | 'error'; message: string | null; reason: string };

export const initialReportState: ReportFormState = { status: 'idle', message: null, reason: '' };
