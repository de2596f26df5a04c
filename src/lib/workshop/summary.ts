import type { Scenario } from '../../schemas/quiz';
import type { ScenarioContext } from '../quiz/compileScenario';
import { pathTaken, principleRows, type PathStep, type PrincipleRow } from '../quiz/scenarioView';

/** A, B, C, D: how a group refers to a choice out loud ("I'd go with B"). */
export const choiceLetter = (index: number) => String.fromCharCode(65 + index);

export interface Decision extends PathStep {
  /** The scene's opening words, so the group recognizes the moment. */
  moment: string;
  letter: string;
}

export interface PresenterSummary {
  decisions: Decision[];
  /** Principles the group's choices honoured on balance (score above 0), strongest first. */
  honoured: PrincipleRow[];
  /** Principles the choices strained on balance (score below 0), most strained first. */
  strained: PrincipleRow[];
  ending: Scenario['endings'][number] | undefined;
}

/** The first sentence of a scene, cut short if it runs long. */
export function firstSentence(text: string, max = 140): string {
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
  const flat = sentence.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/**
 * What the end screen shows: the path the group took, with letters and the moment of each
 * decision, and the principles sorted by the scores the machine kept. Built on the learner's
 * player's own view (pathTaken, principleRows), so both tell the same story.
 */
export function presenterSummary(def: Scenario, ctx: Pick<ScenarioContext, 'choices' | 'scoreByPrinciple' | 'ending'>): PresenterSummary {
  const steps = pathTaken(ctx.choices, def);
  const decisions = ctx.choices.map((record, i) => {
    const scene = def.scenes.find((s) => s.id === record.scene);
    return { ...steps[i], moment: scene ? firstSentence(scene.text) : record.scene, letter: choiceLetter(record.choice) };
  });
  const rows = principleRows(ctx.scoreByPrinciple);
  return {
    decisions,
    honoured: rows.filter((r) => r.score > 0).sort((a, b) => b.score - a.score),
    strained: rows.filter((r) => r.score < 0).sort((a, b) => a.score - b.score),
    ending: def.endings.find((e) => e.id === ctx.ending),
  };
}
