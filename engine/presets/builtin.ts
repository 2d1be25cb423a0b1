import cloudPricesRaw from '../../presets/cloud-prices.json' with { type: 'json' };
import exchangeRatesRaw from '../../presets/exchange-rates.json' with { type: 'json' };
import labelingPricesRaw from '../../presets/labeling-prices.json' with { type: 'json' };
import mlopsToolsRaw from '../../presets/mlops-tools.json' with { type: 'json' };
import rateCardsRaw from '../../presets/rate-cards.json' with { type: 'json' };
import {
  cloudPricesSchema,
  exchangeRatesSchema,
  labelingPricesSchema,
  mlopsToolsSchema,
  rateCardsSchema,
  type CloudPrices,
  type ExchangeRates,
  type LabelingPrices,
  type MlopsTools,
  type RateCards,
} from './preset-schema.ts';

export type Presets = {
  rateCards: RateCards;
  cloudPrices: CloudPrices;
  labelingPrices: LabelingPrices;
  mlopsTools: MlopsTools;
  exchangeRates: ExchangeRates;
};

let cached: Presets | undefined;

/** The presets shipped in presets/, validated once on first use (presets.test.ts checks them in CI). */
export function builtinPresets(): Presets {
  cached ??= {
    rateCards: rateCardsSchema.parse(rateCardsRaw),
    cloudPrices: cloudPricesSchema.parse(cloudPricesRaw),
    labelingPrices: labelingPricesSchema.parse(labelingPricesRaw),
    mlopsTools: mlopsToolsSchema.parse(mlopsToolsRaw),
    exchangeRates: exchangeRatesSchema.parse(exchangeRatesRaw),
  };
  return cached;
}

/** Units of `currency` per US dollar; throws for a currency the presets have no rate for. */
export function usdTo(presets: Presets, currency: string): number {
  const rate = presets.exchangeRates.rates[currency];
  if (!rate) {
    throw new Error(
      `no exchange rate for ${currency}; known: ${Object.keys(presets.exchangeRates.rates).join(', ')}`,
    );
  }
  return rate.value;
}
