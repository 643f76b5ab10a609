import { loadContext, type GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import { renderSurfaces } from '../render/catalogue.js';
import { dim } from '../render/style.js';
import { fitText } from '../render/text.js';
import { outputColumns } from '../render/width.js';

export async function runSurfaces(options: { json?: boolean }, global: GlobalOptions): Promise<void> {
  const { dataset } = await loadContext(global);
  if (options.json) {
    printJson({ surfaces: dataset.surfaces });
    return;
  }
  const columns = outputColumns();
  print(renderSurfaces(dataset.surfaces, columns));
  print(fitText(dim('Impact: ● softest to ●●●●● hardest. Mixing surfaces spreads the load on your joints.'), columns));
}
