import { createTemplateRenderer } from 'nunjitsu';

// The scaffolder's renderer, configured as NunjucksWorkflowRunner of
// @backstage/plugin-scaffolder-backend 4.3 configures it. Its filters are
// left out: a template expression using one fails here, and the test says so.
const renderer = createTemplateRenderer({ allowRegexExecution: true });

/**
 * Renders a template value as the scaffolder renders step inputs and `if`s
 * (`coercion: 'json'`), except that an error is thrown: the scaffolder
 * swallows it and keeps the raw `${{ ... }}` text, which is truthy, so an
 * `if` that fails to evaluate would run its step.
 */
export function renderValue(value: unknown, context: Record<string, any>) {
  const prepared = renderer.prepareContext(context);
  return JSON.parse(JSON.stringify(value), (_key, v) =>
    typeof v === 'string'
      ? renderer.renderValue(v, prepared, { coercion: 'json' })
      : v,
  );
}

/** The scaffolder's truthiness of an evaluated `if` (an empty array is false). */
export function isTruthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : !!value;
}
