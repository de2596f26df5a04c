import type { Scenario } from '../../schemas/quiz';
import type { ScenarioContext } from '../quiz/compileScenario';
import { PRINCIPLES } from '../quiz/principles';

/** A, B, C, D: how a group refers to a choice out loud ("I'd go with B"). */
export const choiceLetter = (index: number) => String.fromCharCode(65 + index);

export interface Decision {
  /** The scene's opening words, so the group recognizes the moment. */
  moment: string;
  letter: string;
  choice: string;
  score: number;
  principles: string[];
}

export interface PrincipleTally {
  id: string;
  name: string;
  score: number;
}

export interface PresenterSummary {
  decisions: Decision[];
  /** Principles the group's choices added up to honouring (score above 0), strongest first. */
  honoured: PrincipleTally[];
  /** Principles the choices strained overall (score below 0), most strained first. */
  strained: PrincipleTally[];
  ending: Scenario['endings'][number] | undefined;
}

/** The first sentence of a scene, cut short if it runs long. */
export function firstSentence(text: string, max = 140): string {
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
  const flat = sentence.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** What the end screen shows: the path the group took and how it sat with the six principles. */
export function presenterSummary(def: Scenario, ctx: Pick<ScenarioContext, 'choices' | 'scoreByPrinciple' | 'ending'>): PresenterSummary {
  const decisions = ctx.choices.map((record) => {
    const scene = def.scenes.find((s) => s.id === record.scene);
    return {
      moment: scene ? firstSentence(scene.text) : record.scene,
      letter: choiceLetter(record.choice),
      choice: scene?.choices[record.choice]?.text ?? '',
      score: record.score,
      principles: record.principles.map((id) => PRINCIPLES.find((p) => p.id === id)?.name ?? id),
    };
  });
  const tallies = PRINCIPLES.filter((p) => p.id in ctx.scoreByPrinciple).map((p) => ({ id: p.id, name: p.name, score: ctx.scoreByPrinciple[p.id] }));
  return {
    decisions,
    honoured: tallies.filter((t) => t.score > 0).sort((a, b) => b.score - a.score),
    strained: tallies.filter((t) => t.score < 0).sort((a, b) => a.score - b.score),
    ending: def.endings.find((e) => e.id === ctx.ending),
  };
}
