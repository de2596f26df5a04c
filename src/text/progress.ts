/** Words progress uses on every page that tracks it: module pages and the header (notices: progressNotices.ts). */
export const PROGRESS_UI = {
  headerLabel: 'Progress',
  markRead: 'Mark this section as read',
  sectionRead: 'You have read this section.',
  tocRead: 'read',
  sectionsRead: (read: number, total: number) => `You have read ${read} of ${total} sections in this module.`,
  seeAll: 'See all your progress',
  resume: (section: string) => `Welcome back. You stopped at “${section}”.`,
  resumeGo: (section: string) => `Go to “${section}”`,
  dismiss: 'Dismiss',
} as const;
