import type { Presets } from '../presets/builtin.ts';
import type { Figure } from '../presets/preset-schema.ts';
import type { Inputs } from './inputs-schema.ts';

/**
 * The preset figure behind a questionnaire field's default, if one stands behind it: the
 * labeling price, throughput and annotator rate for the chosen label type and region (unless the
 * template sets the field itself), and the cloud storage and egress prices. The app's field
 * notes and the report's assumptions ledger both cite it.
 */
export function presetFigureForField(
  key: string,
  templateSetsIt: boolean,
  inputs: Inputs,
  presets: Presets,
): Figure | undefined {
  const labeling = presets.labelingPrices;
  switch (key) {
    case 'labels.pricePerLabel':
      return templateSetsIt ? undefined : labeling.types[inputs.labels.type].vendorTier1;
    case 'labels.throughputPerHour':
      return templateSetsIt ? undefined : labeling.types[inputs.labels.type].throughputPerHour;
    case 'labels.annotatorRatePerHour':
      return templateSetsIt ? undefined : labeling.annotatorHourlyRate[inputs.team.region];
    case 'compute.storagePricePerGbMonth':
      return presets.cloudPrices.storagePerGbMonth;
    case 'compute.egressPricePerGb':
      return presets.cloudPrices.egressPerGb;
    default:
      return undefined;
  }
}
