import Table from 'cli-table3';
import { loadContext, type GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import { dim, heading } from '../render/style.js';

export async function runSurfaces(options: { json?: boolean }, global: GlobalOptions): Promise<void> {
  const { dataset } = await loadContext(global);
  if (options.json) {
    printJson({ surfaces: dataset.surfaces });
    return;
  }
  const table = new Table({
    head: ['Surface', 'Impact', 'Good for', 'Take care'].map((h) => heading(h)),
    colWidths: [24, 8, 40, 40],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const s of [...dataset.surfaces].sort((a, b) => a.impact - b.impact)) {
    table.push([`${s.name}\n${dim(s.id)}`, `${'●'.repeat(s.impact)}${dim('○'.repeat(5 - s.impact))}`, s.goodFor, s.caution ?? '']);
  }
  print(table.toString());
  print(dim('Impact: ● softest to ●●●●● hardest. Mixing surfaces spreads the load on your joints.'));
}
