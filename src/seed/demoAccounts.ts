/** The demo settings and accounts that `npm start` creates on an empty database (never in production). */
import type { Role } from '@/access/roles'
import type { SettingType } from '@/settings/settingTypes'

export const DEFAULT_DEMO_PASSWORD = 'compassionate-demo'
export const demoPassword = (): string => process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD

export interface DemoSetting {
  key: string
  name: string
  urn: string
  type: SettingType
  district: string
  lead: string
  staff: string
}

export const DEMO_SETTINGS: DemoSetting[] = [
  { key: 'brookside', name: 'Brookside Primary School', urn: '119901', type: 'primary', district: 'Preston', lead: 'Amira Patel', staff: 'Tom Hargreaves' },
  { key: 'pendlevale', name: 'Pendle Vale High School', urn: '119902', type: 'secondary', district: 'Pendle', lead: 'Gareth Lewis', staff: 'Hannah Walsh' },
  {
    key: 'ribblevalley',
    name: 'Ribble Valley College',
    urn: '130901',
    type: 'college',
    district: 'Ribble Valley',
    lead: 'Joanne Birch',
    staff: 'Kwame Mensah',
  },
]

export interface DemoAccount {
  email: string
  name: string
  role: Role
  setting?: string
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@service.example.org', name: 'Dr Sarah Okafor', role: 'service-admin' },
  { email: 'trainer@service.example.org', name: 'Dr Liam Fletcher', role: 'service-staff' },
  ...DEMO_SETTINGS.flatMap((s): DemoAccount[] => [
    { email: `lead@${s.key}.example.org`, name: s.lead, role: 'setting-lead', setting: s.key },
    { email: `staff@${s.key}.example.org`, name: s.staff, role: 'setting-staff', setting: s.key },
  ]),
]

export const DEMO_SERVICE_INBOX = 'hub@service.example.org'
