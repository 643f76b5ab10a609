import { parseDocument, stringify } from 'yaml';

/** A file's YAML text under a comment line. Imported lazily: only commands that write need it. */
export function yamlText(comment: string, value: unknown): string {
  return `# ${comment}\n${stringify(value)}`;
}

/**
 * The YAML text without the item of the list under `key` whose `field` is `value`,
 * everything else (comments, order, spacing) as it was. Undefined when there is no such item.
 */
export function withoutItem(text: string, key: string, field: string, value: string): string | undefined {
  const doc = parseDocument(text);
  const items = doc.toJS() as Record<string, Record<string, unknown>[] | undefined>;
  const index = (items[key] ?? []).findIndex((item) => String(item[field]) === value);
  if (index < 0) return undefined;
  doc.deleteIn([key, index]);
  return doc.toString();
}
