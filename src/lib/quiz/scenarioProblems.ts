import type { Problem } from '../../schemas/problems';
import type { Scenario } from '../../schemas/quiz';
import { nearest } from '../content/nearest';
import { RESERVED_IDS, routesOf } from './compileScenario';

/**
 * Cross-reference and graph checks on one scenario that already passed the schema. The graph is
 * read statically: every route counts as possible whatever its `if`, so "reachable" means some
 * learner could get there. The generated tests walk the real machine for what guards add.
 */
export function scenarioProblems(file: string, s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, found: string, expected: string) => problems.push({ file, field, found, expected });
  const sceneIds = s.scenes.map((x) => x.id);
  const endingIds = s.endings.map((x) => x.id);
  const allIds = [...sceneIds, ...endingIds];
  const known = new Set(allIds);

  // Ids: unique, and not a name the machine itself uses.
  const firstUse = new Map<string, string>();
  const items = [
    ...s.scenes.map((x, i) => ({ id: x.id, field: `scenes.${i}.id` })),
    ...s.endings.map((x, i) => ({ id: x.id, field: `endings.${i}.id` })),
  ];
  for (const { id, field } of items) {
    const earlier = firstUse.get(id);
    if (earlier) add(field, `"${id}", already used at ${earlier}`, 'an id used once in this file, by one scene or ending — rename one of them');
    else firstUse.set(id, field.replace(/\.id$/, ''));
    if ((RESERVED_IDS as readonly string[]).includes(id))
      add(field, `"${id}"`, `an id other than ${RESERVED_IDS.join(', ')} — the player uses those names itself`);
  }

  const hint = (id: string, pool: string[]) => {
    const guess = nearest(id, pool);
    return guess ? ` — did you mean "${guess}"?` : ` — ${pool.length <= 8 ? `one of ${pool.map((p) => `"${p}"`).join(', ')}` : 'check the ids under scenes and endings'}`;
  };

  if (!sceneIds.includes(s.start)) {
    const why = endingIds.includes(s.start) ? 'the id of a scene, not an ending' : `the id of a scene in this file${hint(s.start, sceneIds)}`;
    add('start', `"${s.start}"`, why);
  }

  // Routes: targets exist, flags are set somewhere, and the last route is the fallback.
  const flagsSet = new Set(s.scenes.flatMap((x) => x.choices.flatMap((c) => c.sets ?? [])));
  s.scenes.forEach((scene, si) =>
    scene.choices.forEach((choice, ci) => {
      const at = `scenes.${si}.choices.${ci}.next`;
      const routes = routesOf(choice.next);
      routes.forEach((route, ri) => {
        const field = typeof choice.next === 'string' ? at : `${at}.${ri}.goto`;
        if (!known.has(route.goto)) add(field, `"${route.goto}"`, `a scene or ending id in this file${hint(route.goto, allIds)}`);
        const flag = route.if?.flag ?? route.if?.notFlag;
        if (flag !== undefined && !flagsSet.has(flag)) {
          const key = route.if?.flag !== undefined ? 'flag' : 'notFlag';
          const guess = nearest(flag, [...flagsSet]);
          add(`${at}.${ri}.if.${key}`, `"${flag}", which no choice sets`, `a flag named in some choice's "sets"${guess ? ` — did you mean "${guess}"?` : ' — add it to the "sets" of the choice that should open this route'}`);
        }
        const last = ri === routes.length - 1;
        if (last && route.if) add(`${at}.${ri}.if`, 'an "if" on the last route', 'no "if" on the last route, so there is always a way on — remove it or add a route after it');
        if (!last && !route.if) add(`${at}.${ri}`, 'a route without "if" before other routes', 'the route without "if" last — the routes after it are never tried');
      });
    }),
  );

  problems.push(...reachability(file, s, known));
  return problems;
}

/** Scenes no learner can reach, endings never reached, and scenes from which no ending can be reached. */
function reachability(file: string, s: Scenario, known: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const edges = new Map<string, string[]>(
    s.scenes.map((scene) => [scene.id, scene.choices.flatMap((c) => routesOf(c.next).map((r) => r.goto)).filter((t) => known.has(t))]),
  );
  const reached = walk([s.start], (id) => edges.get(id) ?? []);
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of edges) for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const canEnd = walk(s.endings.map((e) => e.id), (id) => reverse.get(id) ?? []);

  if (!edges.has(s.start)) return problems; // a wrong start is reported once, not as every scene unreachable
  s.scenes.forEach((scene, i) => {
    if (!reached.has(scene.id))
      problems.push({ file, field: `scenes.${i}.id`, found: `"${scene.id}", which no path from start leads to`, expected: 'a choice whose next leads here — or remove the scene' });
    else if (!canEnd.has(scene.id))
      problems.push({ file, field: `scenes.${i}.id`, found: `"${scene.id}", from which no path leads to an ending`, expected: 'a way out: some choice here or in a later scene must lead to an ending' });
  });
  s.endings.forEach((ending, i) => {
    if (!reached.has(ending.id))
      problems.push({ file, field: `endings.${i}.id`, found: `"${ending.id}", which no path from start leads to`, expected: 'a choice whose next leads to this ending — or remove the ending' });
  });
  return problems;
}

function walk(from: string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift())
    for (const n of next(id)) if (!seen.has(n)) (seen.add(n), queue.push(n));
  return seen;
}
