/** The action plan's figures: which actions are open, which overdue (pure, so the dashboard and the plan agree). */

export interface PlannedAction {
  status: string
  dueDate?: string | null
}

/** Open and past its due date (a due date is a day: overdue from the day after). */
export const isOverdue = (a: PlannedAction, today: string): boolean => a.status !== 'done' && !!a.dueDate && a.dueDate.slice(0, 10) < today

/** How many actions are open (not done), overdue, and done. */
export function actionCounts(actions: PlannedAction[], today: string): { open: number; overdue: number; done: number } {
  let open = 0
  let overdue = 0
  for (const a of actions) {
    if (a.status !== 'done') open++
    if (isOverdue(a, today)) overdue++
  }
  return { open, overdue, done: actions.length - open }
}

/** Today's date in the county (Europe/London), as YYYY-MM-DD, which due dates are compared with. */
export const todayInCounty = (now = new Date()): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now)
