/*
 * jsPDF runs two text plugins on every string a document draws: its Arabic shaper (on
 * "preProcessText") and its Unicode bidirectional reordering (on "postProcessText"). On text
 * without a right-to-left character both return the text unchanged (right-to-left.test.ts checks
 * it on every script the report's fonts hold), yet they walk it character by character on every
 * call: ~15% of a report's render time, almost all of it on Latin table cells. So a document
 * runs them only on text that has a character they act on; text with Hebrew or Arabic goes
 * through them as it did before, and every document comes out byte for byte the same.
 */
import type { jsPDF } from 'jspdf';

/**
 * A character either plugin acts on: Hebrew to the Arabic extensions (U+0590–U+08FF, the bidi
 * engine's strongly right-to-left pages), Hebrew and Arabic presentation forms, the bidi marks,
 * embeddings and isolates, and the right-to-left scripts of the supplementary planes.
 */
const RIGHT_TO_LEFT =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;

/** The text a plugin is given: a string, lines, or lines with their own positions. */
function hasRightToLeft(text: unknown): boolean {
  if (typeof text === 'string') return RIGHT_TO_LEFT.test(text);
  if (Array.isArray(text)) return text.some(hasRightToLeft);
  return false;
}

type Payload = { text?: unknown };
type Subscriber = [callback: (payload: Payload) => unknown, once: boolean];
type Topics = Record<string, Record<string, Subscriber> | undefined>;

/**
 * Is `callback` one of the two plugins? The Arabic shaper is exported (`jsPDF.API.processArabic`);
 * the bidi plugin is not, but it is the text handler that calls the exported engine's
 * `doBidiReorder` (a property name, kept by minifiers).
 */
function isRightToLeftPlugin(jsPdfClass: typeof jsPDF, callback: unknown): boolean {
  const arabic = (jsPdfClass.API as { processArabic?: unknown }).processArabic;
  if (callback === arabic) return true;
  return typeof callback === 'function' && callback.toString().includes('doBidiReorder');
}

/**
 * Makes `doc` run jsPDF's Arabic shaping and bidi reordering only on text with a right-to-left
 * character. Per document: jsPDF's class and other documents are untouched. Returns how many
 * plugins it found (2 with jsPDF's standard builds; 0 leaves the document as it was).
 */
export function shapeOnlyRightToLeftText(jsPdfClass: typeof jsPDF, doc: jsPDF): number {
  const events = (doc.internal as unknown as { events?: { getTopics?: () => Topics } }).events;
  const topics = events?.getTopics?.();
  if (!topics) return 0;
  let found = 0;
  for (const topic of ['preProcessText', 'postProcessText']) {
    for (const subscriber of Object.values(topics[topic] ?? {})) {
      const original = subscriber[0];
      if (!isRightToLeftPlugin(jsPdfClass, original)) continue;
      subscriber[0] = function (this: unknown, payload: Payload) {
        if (hasRightToLeft(payload.text)) return original.call(this, payload);
        return undefined;
      };
      found++;
    }
  }
  return found;
}
