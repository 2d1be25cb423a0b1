import type { ComparedDate, ComparedValue } from '../../engine/index.ts';
import { formatMoney } from '../app/format.ts';

/** How a difference reads, and whether it is good news (lower cost, earlier, likelier). */
export type DeltaView = { text: string; tone: 'better' | 'worse' | 'same' };

const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');

function tone(difference: number, lowerIsBetter: boolean): DeltaView['tone'] {
  if (difference === 0) return 'same';
  return difference < 0 === lowerIsBetter ? 'better' : 'worse';
}

function words(view: DeltaView): string {
  return view.tone === 'same' ? 'no change' : view.tone;
}

export function moneyDelta(value: ComparedValue, currency: string): DeltaView {
  const d = value.delta.absolute;
  const rounded = Math.round(d);
  const view: DeltaView = { text: '', tone: tone(rounded, true) };
  view.text = `${sign(rounded)}${formatMoney(Math.abs(rounded), currency)} (${words(view)})`;
  return view;
}

export function dateDelta(value: ComparedDate): DeltaView {
  const days = value.delta.workingDays;
  const view: DeltaView = { text: '', tone: tone(days, true) };
  view.text = `${sign(days)}${Math.abs(days)} working days (${words(view)})`;
  return view;
}

/** Shares and probabilities, in percentage points. */
export function pointsDelta(value: ComparedValue, lowerIsBetter: boolean): DeltaView {
  const points = Math.round(value.delta.absolute * 100);
  const view: DeltaView = { text: '', tone: tone(points, lowerIsBetter) };
  view.text = `${sign(points)}${Math.abs(points)} pts (${words(view)})`;
  return view;
}
