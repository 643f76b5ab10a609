import type { Dataset } from '../../dataset/dataset.js';
import type { Day, PlannedExercise, RoutinePlan } from '../../schema/plan.js';
import { dateText } from './dates.js';
import { dim, heading, typeLabel, warn } from './style.js';
import { fitText } from './text.js';

function routine(label: string, r: RoutinePlan): string[] {
  return [`${heading(label)}, ${r.minutes} min: ${r.activity}`, ...r.drills.map((d) => `   • ${d.name}: ${d.dose}`)];
}

function exercises(list: PlannedExercise[]): string[] {
  return list.flatMap((e) => [`   • ${e.name}, ${e.levelName}: ${e.doseText}`, `     ${dim(e.cues.join(' '))}`]);
}

/** One day in full, wrapped to `columns`: what to do before, during and after, with any changes and why. */
export function renderDay(day: Day, dataset: Dataset, columns: number): string {
  const date = dateText(day.date, 'cccc d LLLL');
  const lines: string[] = [];
  switch (day.type) {
    case 'run': {
      const surface = dataset.surfaces.find((s) => s.id === day.surface);
      lines.push(`${heading(date)} · ${typeLabel(day)} · ${surface?.name.toLowerCase() ?? day.surface}`);
      lines.push(...routine('Warm-up', day.warmup));
      lines.push(`${heading('Main set')}: ${day.title}, ${day.mainSet}`);
      lines.push(...routine('Cool-down', day.cooldown));
      if (surface?.caution) lines.push(dim(`Surface: ${surface.caution}`));
      break;
    }
    case 'strength':
      lines.push(`${heading(date)} · ${typeLabel(day)} · ${day.minutes} min`);
      lines.push(`${heading('Warm-up')}: ${day.warmup}`);
      lines.push(heading('Exercises'), ...exercises(day.exercises));
      break;
    case 'recovery':
      lines.push(`${heading(date)} · ${typeLabel(day)} · ${day.minutes} min`);
      lines.push(day.activities.join(' '));
      lines.push(heading('Mobility'), ...day.mobility.map((d) => `   • ${d.name}: ${d.dose}`));
      if (day.exercises?.length) lines.push(heading('Easy exercises'), ...exercises(day.exercises));
      break;
    case 'rest':
      lines.push(`${heading(date)} · ${typeLabel(day)}`, day.activity);
      break;
    case 'race':
      lines.push(`${heading(date)} · ${typeLabel(day)} · ${day.title}`);
      lines.push(...routine('Race warm-up', day.warmup));
      lines.push(`${heading('Pacing')}: ${day.pacing}`);
      lines.push(`${heading('After')}: ${day.after}`);
      break;
  }
  lines.push(...day.adjustments.map((a) => warn(`Changed: ${a}`)), ...day.notes.map((n) => dim(n)));
  return fitText(lines.join('\n'), columns);
}
