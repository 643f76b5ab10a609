// A prompter for tests: answers from a script, so every interactive flow runs without a terminal.
import { vi, type MockInstance } from 'vitest';
import type { Prompter } from '../../src/cli/prompts.js';

export type Scripted = Prompter & { asked: string[]; questions: Record<string, unknown>[] };

/**
 * Answers from a script of [pattern of the question, answer], and records what was asked.
 * Each question takes the first entry that matches it; with `inOrder`, it must match the
 * next entry. An Error as the answer is thrown, as Ctrl+C would be.
 */
export function scripted(script: [RegExp, unknown][], { inOrder = false } = {}): Scripted {
  const asked: string[] = [];
  const questions: Record<string, unknown>[] = [];
  const answer = (question: { message: string }) => {
    asked.push(question.message);
    questions.push(question);
    const i = inOrder ? (script[0]?.[0].test(question.message) ? 0 : -1) : script.findIndex(([pattern]) => pattern.test(question.message));
    if (i < 0) throw new Error(`unexpected question: ${question.message}`);
    const value = script.splice(i, 1)[0]![1];
    if (value instanceof Error) return Promise.reject(value);
    return Promise.resolve(value);
  };
  return { asked, questions, select: answer, checkbox: answer, number: answer, input: answer, confirm: answer, search: answer } as Scripted;
}

/**
 * A command run in-process as on the runner's machine: `home` as DURABLE_HOME and HOME,
 * "now" pinned, and what it prints captured. Undo with `vi.unstubAllEnvs()` and
 * `vi.restoreAllMocks()`.
 */
export function inHome(home: string): MockInstance<typeof process.stdout.write> {
  vi.stubEnv('DURABLE_HOME', home);
  vi.stubEnv('HOME', home);
  vi.stubEnv('DURABLE_NOW', '2026-11-24T19:00:00');
  return vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
}
