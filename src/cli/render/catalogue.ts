// The dataset's lists as tables: `durable exercises` and `durable surfaces`.
import type { Dataset } from '../../dataset/dataset.js';
import { doseText } from '../../engine/dose.js';
import type { Exercise } from '../../schema/exercises.js';
import type { Surface } from '../../schema/surfaces.js';
import { dim } from './style.js';
import { renderTable } from './table.js';
import { layoutFor } from './width.js';

export function renderExercises(exercises: readonly Exercise[], dataset: Dataset, columns: number): string {
  const equipmentName = (id: string) => dataset.equipment.find((e) => e.id === id)?.name.toLowerCase() ?? id;
  const wide = layoutFor(columns) === 'wide';
  const rows = exercises.map((e) => {
    const levels = e.levels.map((l, i) => {
      const needs = l.equipment?.length ? dim(` (${l.equipment.map(equipmentName).join(', ')})`) : '';
      return `${i + 1}. ${l.name}${l.dose ? `, ${doseText(l.dose)}` : ''}${needs}`;
    });
    const needs = e.equipment?.length ? [dim(`Needs: ${e.equipment.map(equipmentName).join(', ')}`)] : [];
    const how = [...e.cues, ...needs].join('\n');
    // Narrower screens: the joints and the dose go under the name rather than in columns of their own.
    return wide
      ? [`${e.name}\n${dim(e.id)}`, e.joints.join(', '), doseText(e.dose), levels.join('\n'), how]
      : [`${e.name}\n${dim(e.id)}\n${dim(e.joints.join(', '))}\n${doseText(e.dose)}`, levels.join('\n'), how];
  });
  // Ids are what a runner types into an extras file: never split them.
  const exercise = { head: 'Exercise', min: Math.max(0, ...exercises.map((e) => e.id.length)) };
  const columnsOf = wide
    ? [exercise, { head: 'Joints' }, { head: 'Dose' }, { head: 'Levels, easiest first', label: 'Levels' }, { head: 'How', min: 20 }]
    : [exercise, { head: 'Levels, easiest first', label: 'Levels' }, { head: 'How', min: 16 }];
  return renderTable({ columns: columnsOf, rows }, columns);
}

export function renderSurfaces(surfaces: readonly Surface[], columns: number): string {
  const rows = [...surfaces]
    .sort((a, b) => a.impact - b.impact)
    .map((s) => [`${s.name}\n${dim(s.id)}`, `${'●'.repeat(s.impact)}${dim('○'.repeat(5 - s.impact))}`, s.goodFor, s.caution ?? '']);
  return renderTable({ columns: [{ head: 'Surface' }, { head: 'Impact' }, { head: 'Good for', min: 16 }, { head: 'Take care', min: 16 }], rows }, columns);
}
