/**
 * The figures an evaluation must keep: floors (a figure may not fall below) and ceilings (a
 * figure where lower is better, such as the review effort, may not rise above). From here they
 * only move the right way: a floor up, a ceiling down.
 */
export interface Limits {
  floors: Readonly<Record<string, number>>;
  ceilings?: Readonly<Record<string, number>>;
}

/** Print each figure against its limit; true when every figure keeps its limit. */
export function checkLimits(figures: Readonly<Record<string, number>>, limits: Limits): boolean {
  const broken: string[] = [];
  const width =
    Math.max(...Object.keys({ ...limits.floors, ...limits.ceilings }).map((name) => name.length)) + 2;
  console.log('\n== Floors and ceilings');
  const show = (name: string, limit: number, kind: 'floor' | 'ceiling') => {
    const figure = figures[name];
    const fails = figure === undefined || (kind === 'floor' ? figure < limit : figure > limit);
    if (fails) broken.push(name);
    const verdict = fails ? (kind === 'floor' ? '  BELOW' : '  ABOVE') : '';
    console.log(
      `${name.padEnd(width)} ${figure === undefined ? '  ?  ' : figure.toFixed(3)}  ${kind} ${limit.toFixed(3)}${verdict}`,
    );
  };
  for (const [name, floor] of Object.entries(limits.floors)) show(name, floor, 'floor');
  for (const [name, ceiling] of Object.entries(limits.ceilings ?? {})) show(name, ceiling, 'ceiling');
  console.log(
    JSON.stringify(
      Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
    ),
  );
  if (broken.length) console.error(`\nBeyond their limits: ${broken.join(', ')}`);
  return broken.length === 0;
}
