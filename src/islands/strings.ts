/** Every word the quiz players show, in one place. */

export const SCENARIO = {
  introHeading: 'When you are ready',
  introText:
    'You will make a few decisions and see how each one lands. You can pause at any point. Skipping is fine: it does not count against you.',
  begin: 'Begin the scenario',
  skip: 'Skip this scenario',
  decision: (step: number) => `Decision ${step}`,
  choicesHeading: 'What do you do?',
  feedbackHeading: 'How that landed',
  youChose: 'You chose:',
  continue: 'Continue',
  pause: 'Pause for a moment',
  groundingHeading: 'Take a moment',
  groundingIntro: 'There is no timer. Take as long as you need.',
  groundingSteps: [
    'Put both feet on the floor and notice the ground under you.',
    'Breathe in slowly through your nose while you count to four.',
    'Breathe out a little longer than you breathed in.',
    'Look around: name five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.',
  ],
  resume: "I'm ready to go on",
  startAgain: 'Start again',
  skilledHeading: 'What a skilled response looks like',
  chartHeading: 'Your score by principle',
  chartNote: 'Each choice adds its score to every principle it names: above zero helped, below zero strained.',
  pathHeading: 'The path you took',
  skippedHeading: 'You skipped this scenario',
  skippedText: 'That is fine. Skipping does not count against you, and you can come back to it at any time.',
  startAfterAll: 'Start the scenario after all',
  resetNotice: 'This scenario has changed since your last visit, so it starts from the beginning.',
} as const;

/** How a choice's score reads in words, so no one has to decode a number. */
export const SCORE_LABEL: Record<number, string> = {
  2: 'Skilled (+2)',
  1: 'Helps (+1)',
  0: 'Neutral (0)',
  [-1]: 'Strains (−1)',
};

/** A signed score with a real minus sign, so it reads clearly and screen readers say "minus". */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

export const CHECK = {
  questionsHeading: 'Questions',
  questionLegend: (n: number, total: number, prompt: string) => `Question ${n} of ${total}: ${prompt}`,
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose all that apply.',
  submit: 'Check my answers',
  unansweredHeading: 'A few questions still need an answer',
  unansweredItem: (n: number) => `Question ${n}`,
  resultHeading: 'Your result',
  score: (score: number, total: number, percent: number) => `You answered ${score} of ${total} questions fully right (${percent}%).`,
  passed: 'You passed. Well done.',
  notYet: (pass: number) => `Not quite there yet: passing needs ${pass}%. Read the explanations below, then try again whenever you are ready.`,
  reviewHeading: 'Review your answers',
  rightQuestion: 'You got this one right.',
  wrongQuestion: 'Not quite.',
  correctOption: 'Correct answer',
  incorrectOption: 'Not a correct answer',
  yourChoice: 'You chose this',
  retry: 'Try again',
  resetNotice: 'This check has changed since your last visit, so it starts again.',
} as const;

/** Words on the server-rendered part of the quiz pages. */
export const PAGE = {
  scenarioKind: 'Practice scenario',
  checkKind: 'Knowledge check',
  situation: 'The situation',
  where: 'Where',
  role: 'Your role',
  person: 'Who you meet',
  contentNote: 'Content note',
  backTo: (title: string) => `Back to the module: ${title}`,
  checkFacts: (questions: number, pass: number) => `${questions} questions · pass mark ${pass}%`,
  noScriptScenario:
    'The interactive part of this scenario needs JavaScript, which is turned off in this browser. You can still read the situation above, and the module it belongs to covers the same ground.',
  noScriptCheck:
    'This knowledge check needs JavaScript, which is turned off in this browser. The module it belongs to covers everything it asks.',
} as const;
