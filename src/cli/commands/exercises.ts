import Table from 'cli-table3';
import type { Joint } from '../../schema/common.js';
import { doseText } from '../../engine/dose.js';
import { loadContext, type GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import { dim, heading } from '../render/style.js';

export interface ExercisesOptions {
  joint?: Joint;
  kind?: 'strength' | 'mobility';
  json?: boolean;
}

export async function runExercises(options: ExercisesOptions, global: GlobalOptions): Promise<void> {
  const { dataset } = await loadContext(global);
  const exercises = dataset.exercises.filter(
    (e) => (!options.joint || e.joints.includes(options.joint)) && (!options.kind || e.kind === options.kind),
  );
  if (options.json) {
    printJson({ exercises });
    return;
  }
  const equipmentName = (id: string) => dataset.equipment.find((e) => e.id === id)?.name.toLowerCase() ?? id;
  const table = new Table({
    head: ['Exercise', 'Joints', 'Dose', 'Levels, easiest first', 'How'].map((h) => heading(h)),
    colWidths: [20, 13, 16, 30, 36],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const e of exercises) {
    const levels = e.levels.map((l, i) => {
      const needs = l.equipment?.length ? dim(` (${l.equipment.map(equipmentName).join(', ')})`) : '';
      return `${i + 1}. ${l.name}${l.dose ? `, ${doseText(l.dose)}` : ''}${needs}`;
    });
    const needs = e.equipment?.length ? [dim(`Needs: ${e.equipment.map(equipmentName).join(', ')}`)] : [];
    table.push([`${e.name}\n${dim(e.id)}`, e.joints.join(', '), doseText(e.dose), levels.join('\n'), [...e.cues, ...needs].join('\n')]);
  }
  print(table.toString());
  print(dim(`${exercises.length} exercise${exercises.length === 1 ? '' : 's'}${options.joint ? ` for the ${options.joint}` : ''}`));
}
