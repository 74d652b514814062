/** Wires the Hub together: collections, globals, database, email, jobs. Rules live under src/, schema under collections/. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Actions } from './collections/Actions'
import { AwardCriteria } from './collections/AwardCriteria'
import { Awards } from './collections/Awards'
import { Assessments } from './collections/Assessments'
import { CaseStudies } from './collections/CaseStudies'
import { FrameworkReferences } from './collections/FrameworkReferences'
import { HubOptions } from './collections/HubOptions'
import { JoinRequests } from './collections/JoinRequests'
import { Media } from './collections/Media'
import { Principles } from './collections/Principles'
import { Questions } from './collections/Questions'
import { Recommendations } from './collections/Recommendations'
import { Settings } from './collections/Settings'
import { StaffMembers } from './collections/StaffMembers'
import { Attendances } from './collections/Attendances'
import { DataExports } from './collections/DataExports'
import { ErasureLog } from './collections/ErasureLog'
import { TrainingCourses } from './collections/TrainingCourses'
import { TrainingSessions } from './collections/TrainingSessions'
import { Users } from './collections/Users'
import { hasRole } from './src/access'
import { restrictBuiltInCollections } from './src/access/builtInCollections'
import { answerDatabaseUnavailable } from './src/api/databaseUnavailable'
import { withRequestValidation } from './src/api/requestValidation'
import { keepValidationDetails } from './src/api/validationDetails'
import { databaseURL, jobsAutoRun, payloadSecret, serverURL, wholeNumber } from './src/config/env'
import { claimJobsOnce } from './src/db/jobClaims'
import { watchDatabaseOutages } from './src/db/outage'
import { queuedEmailAdapter } from './src/email/queueEmail'
import { sendEmailTask } from './src/email/sendEmailTask'
import { migrations } from './src/migrations'
import { awardDailyTask, awardRecomputeTask } from './src/awards/tasks'
import { trainingRemindersTask } from './src/training/reminderTask'
import { dataExportCleanupTask } from './src/data/dataExports'
import { settingDataExportTask } from './src/data/exportSetting'
import { recomputeChampionsTask } from './src/training/recomputeChampions'
import { MAX_UPLOAD_BYTES } from './src/uploads/imagePolicy'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL,
  csrf: [serverURL],
  cors: [serverURL],
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' · Compassionate Schools Hub' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: {
      // The Community Scrapbook's moderation queue, and its pending count in the navigation (service users only:
      // both check the user themselves, since Payload does not guard custom views).
      // The training registers: a session's bookings and register, its printable sign-in sheet, and the list of them
      // (service users only, checked in each view). The sheet's path is matched before the register's.
      views: {
        moderation: { Component: '/admin/ModerationView#ModerationView', path: '/moderation', exact: true, meta: { title: 'Moderation queue' } },
        registerSheet: { Component: '/admin/RegisterView#RegisterSheet', path: '/register/:sessionId/sheet', exact: true, meta: { title: 'Sign-in sheet' } },
        register: { Component: '/admin/RegisterView#RegisterView', path: '/register/:sessionId', exact: true, meta: { title: 'Training register' } },
        registers: { Component: '/admin/RegistersView#RegistersView', path: '/registers', exact: true, meta: { title: 'Training registers' } },
        inviteUser: { Component: '/admin/InviteUserView#InviteUserView', path: '/invite-user', exact: true, meta: { title: 'Invite a user' } },
        // The award across every setting (service users only, checked in the view).
        awardsOverview: {
          Component: '/admin/AwardsOverviewView#AwardsOverviewView',
          path: '/awards-overview',
          exact: true,
          meta: { title: 'Awards overview' },
        },
        // The county at a glance, with its anonymised CSV at /admin/county-overview.csv (service users only, checked in the view).
        countyOverview: {
          Component: '/admin/CountyOverviewView#CountyOverviewView',
          path: '/county-overview',
          exact: true,
          meta: { title: 'County overview' },
        },
      },
      // Join requests waiting for a decision (service users only, checked in the components).
      afterNavLinks: [
        '/admin/ModerationNavLink#ModerationNavLink',
        '/admin/RegistersView#RegistersNavLink',
        '/admin/AwardsOverviewView#AwardsOverviewNavLink',
        '/admin/JoinRequestsNavLink#JoinRequestsNavLink',
        '/admin/CountyOverviewView#CountyOverviewNavLink',
      ],
      beforeDashboard: [
        '/admin/CountyOverviewView#CountyOverviewDashboardSummary',
        '/admin/ModerationNavLink#ModerationDashboardNotice',
        '/admin/JoinRequestsNavLink#JoinRequestsDashboardNotice',
      ],
    },
  },
  collections: [
    Settings,
    Users,
    Media,
    Principles,
    FrameworkReferences,
    Questions,
    Recommendations,
    Assessments,
    Actions,
    CaseStudies,
    TrainingCourses,
    TrainingSessions,
    StaffMembers,
    Attendances,
    AwardCriteria,
    Awards,
    DataExports,
    ErasureLog,
    JoinRequests,
  ],
  globals: [HubOptions],
  editor: lexicalEditor(),
  // A refused field says which field and why, in every collection and global (see src/api/validationDetails.ts);
  // a database that cannot be reached is a 503 that says so (src/api/databaseUnavailable.ts).
  hooks: { afterError: [keepValidationDetails, answerDatabaseUnavailable] },
  // A lost database connection is expected, not an uncaught error, and never passes a signed-in user off as
  // anonymous (src/db/outage.ts); two job runners never run one job twice, and a dead runner's jobs run again (src/db/jobClaims.ts).
  onInit: async (payload) => {
    watchDatabaseOutages(payload)
    claimJobsOnce(payload)
  },
  db: postgresAdapter({
    pool: {
      connectionString: databaseURL,
      max: Number(process.env.DATABASE_POOL_MAX || 10),
      // Waiting for a connection (a database that is down or saturated) gives up after this long, so a request
      // fails fast with a 503 instead of hanging (see src/api/databaseUnavailable.ts).
      connectionTimeoutMillis: wholeNumber('DATABASE_CONNECT_TIMEOUT_MS', 5_000, { min: 100 }),
    },
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
    prodMigrations: process.env.MIGRATE_ON_INIT === 'true' ? migrations : undefined,
    readReplicas: process.env.DATABASE_READ_REPLICAS ? process.env.DATABASE_READ_REPLICAS.split(',') : undefined,
  }),
  email: queuedEmailAdapter,
  jobs: {
    tasks: [sendEmailTask, trainingRemindersTask, recomputeChampionsTask, awardRecomputeTask, awardDailyTask, settingDataExportTask, dataExportCleanupTask],
    access: {
      run: ({ req }) => hasRole(req, 'service-admin'),
      queue: ({ req }) => hasRole(req, 'service-admin'),
      cancel: ({ req }) => hasRole(req, 'service-admin'),
    },
    deleteJobOnComplete: true,
    autoRun: [{ cron: '*/5 * * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => jobsAutoRun,
  },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20 },
    abortOnLimit: true,
    responseOnLimit: 'The file is too large. Images must be 10 MB or smaller.',
  },
  defaultDepth: 1,
  maxDepth: 3,
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
  telemetry: false,
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  debug: process.env.PAYLOAD_DEBUG === 'true',
})
  .then(restrictBuiltInCollections)
  .then(withRequestValidation)
