/** Words of the progress page (loaded only there; the certificate's are in certificate.ts). */
export const PROGRESS_PAGE_UI = {
  backupsKept: (n: number) =>
    n === 1 ? 'A copy of earlier progress that could not be read is kept on this device.' : `${n} copies of earlier progress that could not be read are kept on this device.`,
  downloadBackup: (date: string) => `Download the copy kept on ${date}`,
  page: {
    loading: 'Loading your progress…',
    outlineFailed: 'Your progress cannot be shown just now, because part of the course did not load. Please reload the page.',
    nextHeading: 'Your next step',
    notStarted: 'You have not started yet. Your progress will show here as you read and practise.',
    nextIntro: (n: { kind: string; moduleTitle?: string }) =>
      n.kind === 'certificate' ? 'You have completed your learning path.' : `In ${n.moduleTitle}:`,
    nextLink: (n: { kind: string; title: string }) =>
      n.kind === 'section' ? `Read “${n.title}”` : n.kind === 'certificate' ? `Print your certificate for ${n.title}` : `Try “${n.title}”`,
    allDone: 'You have done everything in the course. Well done.',
    overall: (percent: number) => `Across the whole course you are ${percent}% of the way through.`,
    chooseLegend: 'Your learning path (it decides your next step)',
    noPath: 'No particular path: go through the course in order',
    pathsHeading: 'Learning paths',
    yourPath: 'your path',
    modulesComplete: (done: number, total: number) => `${done} of ${total} modules complete`,
    moduleDone: 'complete ✓',
    pathComplete: (date: string) => `Completed on ${date}.`,
    certificateLink: 'Print your certificate',
    modulesHeading: 'Modules',
    sections: (read: number, total: number) => `Sections read: ${read} of ${total}`,
    endings: (list: string[]) => `ending reached: ${list.join(', ')}`,
    skipped: 'skipped (that is fine: it counts as done)',
    notFinished: 'not finished yet',
    inProgress: '(in progress: you can pick up where you stopped)',
    checkScore: (score: number, total: number, percent: number, attempts: number) =>
      `best score ${score} of ${total} (${percent}%) in ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}.`,
    passedOn: (date: string) => `Passed on ${date}.`,
    notPassed: (pass: number) => `Not passed yet (${pass}% passes); you can try again as often as you like.`,
    notAttempted: 'not tried yet',
    moduleCompleteOn: (date: string) => `Module completed on ${date}.`,
  },
  transfer: {
    heading: 'Move your progress to another device',
    intro:
      'Your progress lives only in this browser. To keep a copy, or continue on another device, download it as a file, then add that file on the other device. Adding a file never removes anything: it combines with what is already here.',
    download: 'Download my progress',
    downloaded: (name: string) => `Your progress was saved as “${name}” (look in your downloads).`,
    chooseLabel: 'Add progress from a file',
  },
} as const;
