import { stringify } from 'yaml';

/** A file's YAML text under a comment line. Imported lazily: only commands that write need it. */
export function yamlText(comment: string, value: unknown): string {
  return `# ${comment}\n${stringify(value)}`;
}
