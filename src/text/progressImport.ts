/** Words of the progress page once a file is chosen to import (they load with the file check). */
export const IMPORT_UI = {
  nothingChanged: 'Nothing has changed.',
  previewHeading: (name: string) => `What “${name}” holds`,
  lastChanged: (date: string) => `Last changed on ${date}`,
  sections: (n: number, modules: string[]) => `${n} ${n === 1 ? 'section' : 'sections'} read${modules.length ? ` (in ${modules.join(', ')})` : ''}`,
  scenarios: (n: number) => `${n} ${n === 1 ? 'scenario' : 'scenarios'} finished`,
  attempts: (n: number) => `${n} knowledge check ${n === 1 ? 'attempt' : 'attempts'}`,
  inProgress: (n: number) => `${n} ${n === 1 ? 'scenario or check' : 'scenarios or checks'} in progress`,
  path: (title: string) => `Learning path: ${title}`,
  name: 'A name saved for certificates',
  selfAssessment: (sittings: ('before' | 'after')[]) =>
    `Your confidence ratings (${sittings.map((w) => (w === 'before' ? 'before the path' : 'at its end')).join(' and ')})`,
  after: (now: number, after: number) => `Your overall progress is ${now}% now, and will be ${after}% after adding this file.`,
  confirm: 'Add this to my progress',
  cancel: 'Cancel',
  cancelled: 'Nothing was added.',
  added: 'Done: the file’s progress has been added to yours.',
} as const;
