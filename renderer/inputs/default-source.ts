import {
  builtinPresets,
  inputsSchema,
  presetFigureForField,
  type Figure,
  type Inputs,
  type Template,
} from '../../engine/index.ts';
import { getIn } from '../state/edit-project.ts';

const schemaDefaults = inputsSchema.parse({});

function describeFigure(figure: Figure): string {
  return `${figure.source}, ${figure.asOf}${figure.source === 'estimate' && figure.note ? ` (${figure.note})` : ''}`;
}

/** Where a field's default value comes from, in words: a preset figure, the template, or Fathom. */
export function defaultSource(
  template: Template | undefined,
  path: readonly string[],
  inputs: Inputs,
): { value: unknown; source: string } {
  const key = path.join('.');
  const presets = builtinPresets();
  const templateValue = template ? getIn(template.defaults, path) : undefined;
  const value = templateValue ?? getIn(schemaDefaults, path);
  const given = template?.defaultSources[key];
  if (given) return { value, source: given };
  const figure = presetFigureForField(key, templateValue !== undefined, inputs, presets);
  if (figure) return { value: figure.value, source: `presets: ${describeFigure(figure)}` };
  if (templateValue !== undefined && template)
    return { value, source: `${template.name} template default` };
  return { value, source: 'Fathom default (estimate)' };
}
