import type { PrincipleId } from '../quiz/principles';

/**
 * One plain line on each of SAMHSA's six principles (SAMHSA, 2014), in the course's own words,
 * for the pocket card and the presenter's summary. Typed by id so a missing principle fails to compile.
 */
export const PRINCIPLE_LINES: Record<PrincipleId, string> = {
  safety: 'People feel physically and emotionally safe: in the room, and in how they are treated.',
  trustworthiness: 'Say what will happen and why, keep your word, and be clear about limits such as confidentiality.',
  'peer-support': 'People with lived experience of trauma help build hope, trust and connection.',
  collaboration: 'Share power and decisions: work with the person, not on them.',
  empowerment: 'Build on strengths and offer real choices: the person decides what happens next.',
  cultural: 'Move past stereotypes, respond to culture, history and gender, and recognize historical trauma.',
};
