/** Exit codes, as the README documents them. */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

export interface Where {
  file?: string;
  line?: number;
  field?: string;
}

/**
 * A problem the user can fix (bad input, bad file, impossible request). The CLI prints
 * it as one line and exits with `exitCode`; anything else is a bug.
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly where: Where;
  readonly exitCode: number;

  constructor(message: string, where: Where = {}, exitCode: number = EXIT.usage) {
    super(message);
    this.where = where;
    this.exitCode = exitCode;
  }

  /** `file:line: field: message`; the field path only when it points into a file. */
  describe(): string {
    const { file, line, field } = this.where;
    if (!file) return this.message;
    return [line ? `${file}:${line}` : file, field, this.message].filter(Boolean).join(': ');
  }
}
