/**
 * The questionnaire's fields live in the engine (engine/project/field-catalog.ts) because the
 * PDF report's assumptions ledger lists every input with the same label and help as the app.
 */
export * from '../../engine/project/field-catalog.ts';
