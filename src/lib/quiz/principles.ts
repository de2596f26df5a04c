/**
 * SAMHSA's six principles of a trauma-informed approach (SAMHSA, 2014), as ids authors write in
 * quizzes and the names learners read. Plain data with no imports, so both the schema (server) and
 * the players (browser) can use it without pulling zod into the page.
 */
export const PRINCIPLES = [
  { id: 'safety', name: 'Safety' },
  { id: 'trustworthiness', name: 'Trustworthiness and transparency' },
  { id: 'peer-support', name: 'Peer support' },
  { id: 'collaboration', name: 'Collaboration and mutuality' },
  { id: 'empowerment', name: 'Empowerment, voice and choice' },
  { id: 'cultural', name: 'Cultural, historical and gender issues' },
] as const;

export type PrincipleId = (typeof PRINCIPLES)[number]['id'];

export const PRINCIPLE_IDS = PRINCIPLES.map((p) => p.id) as [PrincipleId, ...PrincipleId[]];

export function principleName(id: string): string {
  return PRINCIPLES.find((p) => p.id === id)?.name ?? id;
}
