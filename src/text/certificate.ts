/** Words of the certificate page (loaded only there). */
export const CERTIFICATE_UI = {
  loading: 'Loading your certificate…',
  outlineFailed: 'Your certificate cannot be shown just now, because part of the course did not load. Please reload the page.',
  notYet: (path: string, done: number, total: number) =>
    `Your certificate for ${path} will be here once every module in it is complete. So far you have completed ${done} of ${total}.`,
  noPath: 'Choose a learning path on your progress page; when you complete it, your certificate will be here.',
  nameLabel: 'Name to print on the certificate (optional)',
  remember: 'Remember this name on this device',
  print: 'Print or save as PDF',
  title: 'Record of self-study',
  lead: (name: string) => (name ? `This records that ${name} completed the learning path` : 'This records the completion of the learning path'),
  completedOn: (date: string) => `Completed on ${date}, through the following modules:`,
  tableCaption: 'Modules completed, with dates and knowledge check scores',
  module: 'Module',
  completed: 'Completed',
  score: 'Knowledge check (best score)',
  noCheck: 'no check in this module',
  codeLabel: 'Completion code:',
  disclaimer:
    'This is a record of self-study. It is not accredited continuing education (CE) credit and does not certify competence or qualification.',
} as const;
