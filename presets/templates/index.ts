/** The built-in templates, as data. A new built-in template is one JSON file plus one line here. */
import churn from './churn.json' with { type: 'json' };
import cvEdge from './cv-edge.json' with { type: 'json' };
import demandForecast from './demand-forecast.json' with { type: 'json' };
import llmRag from './llm-rag.json' with { type: 'json' };
import nlpDocs from './nlp-docs.json' with { type: 'json' };
import recommender from './recommender.json' with { type: 'json' };

export const builtinTemplateFiles: readonly { file: string; raw: unknown }[] = [
  { file: 'churn.json', raw: churn },
  { file: 'cv-edge.json', raw: cvEdge },
  { file: 'nlp-docs.json', raw: nlpDocs },
  { file: 'llm-rag.json', raw: llmRag },
  { file: 'recommender.json', raw: recommender },
  { file: 'demand-forecast.json', raw: demandForecast },
];
