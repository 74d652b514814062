/**
 * The access-control matrix of the Hub: every actor × every collection × create, read, update, delete × a record of
 * the actor's own setting and of another setting, through the Local API (access enforced) and REST over real HTTP.
 *
 * The expected table below is written from the product rules (PRODUCT.md §1 and §4: "a user of a setting never
 * sees another setting's private data, through any route"), never computed from the access functions: when the
 * two disagree, the access code is wrong.
 *
 * How a case is judged (the same for both APIs):
 *   read    allow = the document comes back (200); deny = 403 or 404.
 *   create  allow = 201 and the record exists; deny = 403 and nothing was created.
 *   update  allow = 200 and the harmless change is stored; deny = 403 or 404 and the stored value is unchanged.
 *   delete  allow = 200 and the (fresh) record is gone; deny = 403 or 404 and it is still there.
 * Anything else (a 400, a 500, a 200 that stored nothing, a 403 that changed something) fails the case.
 *
 * Scopes:
 *   own    a record of setting A, the setting of the setting lead and setting staff under test. For `settings` it is
 *          the actor's own setting record; for `users` another account of setting A (not the actor). Service accounts
 *          have no setting: for them "own" simply means setting A's record.
 *   other  the same kind of record in setting B.
 *   self   (users only) the actor's own account.
 *   any    for records no setting owns (the question bank) and for creating a setting: one case.
 *
 * Assessments (a setting has at most one draft; a second is refused with 409):
 *   read    aims at a SUBMITTED assessment of the scope's setting (a fixture, so it never collides with a draft).
 *   create  first removes the scope's setting's drafts (access overridden), so the only possible refusal is access.
 *   update  aims at a fresh DRAFT of the scope's setting, holding one answer. A service admin's harmless change is
 *           `internalNote` (the only field they may change); everyone else's is `answers: []`, the lead's only field.
 *   delete  aims at a fresh DRAFT. Submitted assessments are immutable: see "a submitted assessment" below.
 */
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { type CollectionSlug, type Payload, type Where, createLocalReq, formatNames } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isSettingRole, type Role } from '@/access/roles'
import type {
  Action,
  Assessment,
  Attendance,
  CaseStudy,
  DataExport,
  ErasureLog,
  FrameworkReference,
  Media,
  Principle,
  Question,
  Recommendation,
  Award,
  AwardCriterion,
  JoinRequest,
  StaffMember,
  TrainingCourse,
  TrainingSession,
  User,
} from '@/payload-types'
import { paragraphsToRichText } from '@/richtext/plainText'
import type { CaseStudyStatus } from '@/scrapbook/statuses'
import { decideCaseStudy, shareCaseStudy, withdrawCaseStudy } from '@/scrapbook/moderation'
import { recomputeAward } from '@/awards/recompute'
import { issueFormToken } from '@/joining/formToken'
import { TRAINING_SYSTEM } from '@/training/bookingHooks'

import { APIS, type Api, type Caller, type Outcome, type UploadFile, accessClient, loginToken, smallPng } from '../helpers/access'
import { hubURL, testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { TEST_PASSWORD, type World, createSetting, createUser, createWorld, tokenFor, uniqueURN } from '../helpers/world'

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// The expected matrix: collection → actor → operation → scope → 'allow' | 'deny'
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

type Verdict = 'allow' | 'deny'
/**
 * A setting account whose setting is gone (a lead and a member of staff of setting A, signed in before their setting
 * was taken from them): it has no more than an anonymous visitor, on every route.
 */
type Orphan = 'orphaned-lead' | 'orphaned-staff'
type Actor = 'anonymous' | Role | Orphan
const ORPHAN_ROLE: Record<Orphan, Role> = { 'orphaned-lead': 'setting-lead', 'orphaned-staff': 'setting-staff' }
const isOrphan = (actor: string): actor is Orphan => actor in ORPHAN_ROLE
type Op = 'create' | 'read' | 'update' | 'delete'
type Scope = 'own' | 'other' | 'self' | 'any'
/** `{ own, other }` (plus `self` for accounts) for records a setting owns; `{ any }` where no setting owns them. */
type Cell = { own: Verdict; other: Verdict; self?: Verdict } | { any: Verdict }
type ActorRow = Record<Op, Cell>

const ACTORS: readonly Actor[] = ['anonymous', 'service-admin', 'service-staff', 'setting-lead', 'setting-staff', 'orphaned-lead', 'orphaned-staff']
const OPS: readonly Op[] = ['create', 'read', 'update', 'delete']

// biome-ignore format: the expectations are a table, aligned to be read
const MATRIX = {
  // settings: read — service roles all, setting users their own only, anonymous none; create/update/delete — service admin only.
  settings: {
    anonymous:       { create: { any: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-lead':  { create: { any: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-staff': { create: { any: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-admin': { create: { any: 'allow' }, read: { own: 'allow', other: 'allow' }, update: { own: 'allow', other: 'allow' }, delete: { own: 'allow', other: 'allow' } },
    'service-staff': { create: { any: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-lead':  { create: { any: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-staff': { create: { any: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
  },
  // users: read — service all, lead own setting's accounts, staff only self. create — admin any, lead own setting only.
  // update — admin all, lead own setting's accounts, staff and service staff only self. delete — admin any but not
  // self, lead own setting's other accounts.
  users: {
    anonymous:       { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'                 }, update: { own: 'deny',  other: 'deny'                 }, delete: { own: 'deny',  other: 'deny'                } },
    'orphaned-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny',  self: 'deny'  }, update: { own: 'deny',  other: 'deny',  self: 'deny'  }, delete: { own: 'deny',  other: 'deny',  self: 'deny' } },
    'orphaned-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny',  self: 'deny'  }, update: { own: 'deny',  other: 'deny',  self: 'deny'  }, delete: { own: 'deny',  other: 'deny',  self: 'deny' } },
    'service-admin': { create: { own: 'allow', other: 'allow' }, read: { own: 'allow', other: 'allow', self: 'allow' }, update: { own: 'allow', other: 'allow', self: 'allow' }, delete: { own: 'allow', other: 'allow', self: 'deny' } },
    'service-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow', self: 'allow' }, update: { own: 'deny',  other: 'deny',  self: 'allow' }, delete: { own: 'deny',  other: 'deny',  self: 'deny' } },
    'setting-lead':  { create: { own: 'allow', other: 'deny'  }, read: { own: 'allow', other: 'deny',  self: 'allow' }, update: { own: 'allow', other: 'deny',  self: 'allow' }, delete: { own: 'allow', other: 'deny',  self: 'deny' } },
    'setting-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny',  self: 'allow' }, update: { own: 'deny',  other: 'deny',  self: 'allow' }, delete: { own: 'deny',  other: 'deny',  self: 'deny' } },
  },
  // media: read — service all, setting users own setting; create — service roles, lead/staff own setting;
  // update — service admin, lead/staff own setting; delete — service admin, lead own setting.
  media: {
    anonymous:       { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-admin': { create: { own: 'allow', other: 'allow' }, read: { own: 'allow', other: 'allow' }, update: { own: 'allow', other: 'allow' }, delete: { own: 'allow', other: 'allow' } },
    'service-staff': { create: { own: 'allow', other: 'allow' }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-lead':  { create: { own: 'allow', other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'allow', other: 'deny'  }, delete: { own: 'allow', other: 'deny'  } },
    'setting-staff': { create: { own: 'allow', other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'allow', other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
  },
  // principles: read — everyone, anonymous included; create/update/delete — service admin only.
  principles: {
    anonymous:       { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-lead':  { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'service-admin': { create: { any: 'allow' }, read: { any: 'allow' }, update: { any: 'allow' }, delete: { any: 'allow' } },
    'service-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-lead':  { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
  },
  // framework-references: read — any signed-in user; create/update/delete — service admin only.
  'framework-references': {
    anonymous:       { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-lead':  { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-staff': { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'service-admin': { create: { any: 'allow' }, read: { any: 'allow' }, update: { any: 'allow' }, delete: { any: 'allow' } },
    'service-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-lead':  { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
  },
  // questions: read — service all, setting users active and published ones (the record read here is both; drafts and
  // inactive ones are in BANK_VISIBILITY below), anonymous none; create/update/delete — service admin only.
  questions: {
    anonymous:       { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-lead':  { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-staff': { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'service-admin': { create: { any: 'allow' }, read: { any: 'allow' }, update: { any: 'allow' }, delete: { any: 'allow' } },
    'service-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-lead':  { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
  },
  // recommendations: as questions.
  recommendations: {
    anonymous:       { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-lead':  { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-staff': { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'service-admin': { create: { any: 'allow' }, read: { any: 'allow' }, update: { any: 'allow' }, delete: { any: 'allow' } },
    'service-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-lead':  { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
  },
  // assessments: read — service all, setting users own setting, anonymous none. create — setting lead in own setting
  // only (the service never starts an assessment for a setting). update — lead own setting's draft; service admin any
  // (field access leaves only internalNote changeable). delete — lead own setting's draft; service admin any draft.
  // Nobody changes or deletes a submitted assessment (below, "a submitted assessment").
  assessments: {
    anonymous:       { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-admin': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'allow', other: 'allow' }, delete: { own: 'allow', other: 'allow' } },
    'service-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-lead':  { create: { own: 'allow', other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'allow', other: 'deny'  }, delete: { own: 'allow', other: 'deny'  } },
    'setting-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
  },
  // actions: read — service all, setting users own setting, anonymous none; create/update/delete — setting lead in own
  // setting only (the service reads action plans, it does not write them).
  actions: {
    anonymous:       { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-admin': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-lead':  { create: { own: 'allow', other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'allow', other: 'deny'  }, delete: { own: 'allow', other: 'deny'  } },
    'setting-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
  },
  // case-studies: read — service all, setting users own setting, anonymous none (the public reads only the approved
  // copy, through the public pages). create — lead and staff in own setting. update — lead own setting in any state,
  // staff own setting while private or changes-requested (the record updated here is private; the other states are in
  // CASE_STUDY_UPDATE_BY_STATUS below); the service never edits a setting's text. delete — lead own setting only.
  'case-studies': {
    anonymous:       { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-admin': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-lead':  { create: { own: 'allow', other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'allow', other: 'deny'  }, delete: { own: 'allow', other: 'deny'  } },
    'setting-staff': { create: { own: 'allow', other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'allow', other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
  },
  // training-courses: read — service all, setting users published and active ones (the record read here is both;
  // drafts and inactive ones are in TRAINING_VISIBILITY below), anonymous none; create/update/delete — service admin only.
  'training-courses': {
    anonymous:       { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-lead':  { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-staff': { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'service-admin': { create: { any: 'allow' }, read: { any: 'allow' }, update: { any: 'allow' }, delete: { any: 'allow' } },
    'service-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-lead':  { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
  },
  // training-sessions: read — service all, setting users scheduled ones (the record read here is scheduled; cancelled and
  // completed ones are in TRAINING_VISIBILITY), anonymous none; create/update/delete — service admins and service staff
  // (delete aims at a fresh session with no bookings: one with bookings is refused, tests/int/training.test.ts).
  'training-sessions': {
    anonymous:       { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-lead':  { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-staff': { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'service-admin': { create: { any: 'allow' }, read: { any: 'allow' }, update: { any: 'allow' }, delete: { any: 'allow' } },
    'service-staff': { create: { any: 'allow' }, read: { any: 'allow' }, update: { any: 'allow' }, delete: { any: 'allow' } },
    'setting-lead':  { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
  },
  // staff-members: read — service all, lead and staff their own setting's list, no other setting ever; create/update/
  // delete — the setting lead, own setting only (the service reads staff lists, it does not keep them).
  'staff-members': {
    anonymous:       { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-admin': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-lead':  { create: { own: 'allow', other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'allow', other: 'deny'  }, delete: { own: 'allow', other: 'deny'  } },
    'setting-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
  },
  // attendances: read — service all, setting users own setting. create — setting lead, own setting's staff only (a fresh
  // future session with room). update — the service any booking (its harmless change: cancelled), a lead their own
  // setting's (apologies on a future booking). delete — nobody: bookings are history (erasure deletes the staff member).
  attendances: {
    anonymous:       { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-admin': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'allow', other: 'allow' }, delete: { own: 'deny',  other: 'deny'  } },
    'service-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'allow', other: 'allow' }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-lead':  { create: { own: 'allow', other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'allow', other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
  },
  // award-criteria: read — service all, setting users published and active ones (the record read here is both; drafts
  // and retired ones are in AWARD_CRITERIA_VISIBILITY below), anonymous none; create/update/delete — service admin only.
  'award-criteria': {
    anonymous:       { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-lead':  { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-staff': { create: { any: 'deny'  }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'service-admin': { create: { any: 'allow' }, read: { any: 'allow' }, update: { any: 'allow' }, delete: { any: 'allow' } },
    'service-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-lead':  { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-staff': { create: { any: 'deny'  }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
  },
  // awards: read — service all, setting users their own setting's only; create/delete — nobody (the Hub keeps them as
  // history); update — the service (its harmless change: a manual confirmation, the only thing service staff may
  // change; revocation is in tests/int/awards.test.ts), never a setting.
  awards: {
    anonymous:       { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-admin': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'allow', other: 'allow' }, delete: { own: 'deny',  other: 'deny'  } },
    'service-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'allow', other: 'allow' }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
  },
  // data-exports: a setting's download of its own data, holding every colleague's details. Read — the lead who asked
  // for it ("own" is the lead under test's export of A) and service admins; nobody else, not service staff, not the
  // setting's staff. Create/update/delete — nobody: the Hub writes them (src/data/).
  'data-exports': {
    anonymous:       { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-admin': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
  },
  // erasure-log: the service's evidence of each erasure. Read — service users; nobody else. Create/update/delete —
  // nobody, not even a service admin: the erasure writes it (src/data/erasure.ts) and it is never changed or removed.
  'erasure-log': {
    anonymous:       { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'orphaned-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-admin': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'service-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'allow', other: 'allow' }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-lead':  { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
    'setting-staff': { create: { own: 'deny',  other: 'deny'  }, read: { own: 'deny',  other: 'deny'  }, update: { own: 'deny',  other: 'deny'  }, delete: { own: 'deny',  other: 'deny'  } },
  },
  // join-requests: create — anyone, anonymous included (the /join form; REST and the form pass the same spam checks,
  // tests/int/joinRequests.test.ts); read — the service only, not even the sender; update — nobody (decisions go
  // through the approve and decline endpoints); delete — service admin only.
  'join-requests': {
    anonymous:       { create: { any: 'allow' }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-lead':  { create: { any: 'allow' }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'orphaned-staff': { create: { any: 'allow' }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'service-admin': { create: { any: 'allow' }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'allow' } },
    'service-staff': { create: { any: 'allow' }, read: { any: 'allow' }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-lead':  { create: { any: 'allow' }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
    'setting-staff': { create: { any: 'allow' }, read: { any: 'deny'  }, update: { any: 'deny'  }, delete: { any: 'deny'  } },
  },
} as const satisfies Record<string, Record<Actor, ActorRow>>

/** Globals: hub-options is read by any signed-in user and changed by a service admin only. */
// biome-ignore format: the expectations are a table, aligned to be read
const GLOBAL_MATRIX = {
  'hub-options': {
    anonymous:       { read: 'deny',  update: 'deny'  },
    'service-admin': { read: 'allow', update: 'allow' },
    'service-staff': { read: 'allow', update: 'deny'  },
    'setting-lead':  { read: 'allow', update: 'deny'  },
    'setting-staff': { read: 'allow', update: 'deny'  },
    'orphaned-lead':  { read: 'deny',  update: 'deny'  },
    'orphaned-staff': { read: 'deny',  update: 'deny'  },
  },
} as const satisfies Record<string, Record<Actor, Record<'read' | 'update', Verdict>>>

/** What of the question bank a setting may not see: drafts and inactive rows are the service's alone. */
// biome-ignore format: the expectations are a table, aligned to be read
const BANK_VISIBILITY = {
  questions: {
    draft:    { anonymous: 'deny', 'service-admin': 'allow', 'service-staff': 'allow', 'setting-lead': 'deny', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
    inactive: { anonymous: 'deny', 'service-admin': 'allow', 'service-staff': 'allow', 'setting-lead': 'deny', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
  },
  recommendations: {
    draft:    { anonymous: 'deny', 'service-admin': 'allow', 'service-staff': 'allow', 'setting-lead': 'deny', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
    inactive: { anonymous: 'deny', 'service-admin': 'allow', 'service-staff': 'allow', 'setting-lead': 'deny', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
  },
} as const satisfies Record<'questions' | 'recommendations', Record<'draft' | 'inactive', Record<Actor, Verdict>>>

/**
 * What of the training catalogue a setting may not see: draft and retired courses, and sessions no longer open to
 * booking (cancelled or completed) are the service's alone.
 */
type TrainingState = 'draft course' | 'inactive course' | 'cancelled session' | 'completed session'
const TRAINING_STATES: readonly TrainingState[] = ['draft course', 'inactive course', 'cancelled session', 'completed session']
// biome-ignore format: the expectations are a table, aligned to be read
const TRAINING_VISIBILITY = {
  'draft course':      { anonymous: 'deny', 'service-admin': 'allow', 'service-staff': 'allow', 'setting-lead': 'deny', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
  'inactive course':   { anonymous: 'deny', 'service-admin': 'allow', 'service-staff': 'allow', 'setting-lead': 'deny', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
  'cancelled session': { anonymous: 'deny', 'service-admin': 'allow', 'service-staff': 'allow', 'setting-lead': 'deny', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
  'completed session': { anonymous: 'deny', 'service-admin': 'allow', 'service-staff': 'allow', 'setting-lead': 'deny', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
} as const satisfies Record<TrainingState, Record<Actor, Verdict>>

/** What of the award criteria a setting may not see: drafts and retired criteria are the service's alone. */
type CriterionState = 'draft criterion' | 'retired criterion'
const CRITERION_STATES: readonly CriterionState[] = ['draft criterion', 'retired criterion']
// biome-ignore format: the expectations are a table, aligned to be read
const AWARD_CRITERIA_VISIBILITY = {
  'draft criterion':   { anonymous: 'deny', 'service-admin': 'allow', 'service-staff': 'allow', 'setting-lead': 'deny', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
  'retired criterion': { anonymous: 'deny', 'service-admin': 'allow', 'service-staff': 'allow', 'setting-lead': 'deny', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
} as const satisfies Record<CriterionState, Record<Actor, Verdict>>

/** An award's manual confirmations (who verified what) are the service's: in no response to a setting user. */
// biome-ignore format: the expectations are a table, aligned to be read
const AWARD_CONFIRMATIONS = {
  'service-admin': 'shown',
  'service-staff': 'shown',
  'setting-lead':  'absent',
  'setting-staff': 'absent',
} as const satisfies Record<Role, 'shown' | 'absent'>

/**
 * A session's joining link and the service's notes: in every response to a service user, in none to a setting user
 * (the portal shows the link server-side to settings with a confirmed booking, never through the API).
 */
// biome-ignore format: the expectations are a table, aligned to be read
const SESSION_PRIVATE_FIELDS = {
  'service-admin': 'shown',
  'service-staff': 'shown',
  'setting-lead':  'absent',
  'setting-staff': 'absent',
} as const satisfies Record<Role, 'shown' | 'absent'>

/**
 * A submitted assessment is immutable. Every actor tries to turn one of setting A back into a draft with new answers
 * and results (and a new internal note), and to delete it. 'note-only' = 200, the internal note is stored, nothing
 * else changed; 'deny' = 403 or 404 and nothing changed at all.
 */
// biome-ignore format: the expectations are a table, aligned to be read
const SUBMITTED_ASSESSMENT = {
  anonymous:       { update: 'deny',      delete: 'deny' },
  'service-admin': { update: 'note-only', delete: 'deny' },
  'service-staff': { update: 'deny',      delete: 'deny' },
  'setting-lead':  { update: 'deny',      delete: 'deny' },
  'setting-staff': { update: 'deny',      delete: 'deny' },
  'orphaned-lead':  { update: 'deny',      delete: 'deny' },
  'orphaned-staff': { update: 'deny',      delete: 'deny' },
} as const satisfies Record<Actor, { update: 'deny' | 'note-only'; delete: 'deny' }>

/** An assessment's internal note is the service's: in every response to a service user, in none to a setting user. */
// biome-ignore format: the expectations are a table, aligned to be read
const INTERNAL_NOTE = {
  'service-admin': 'shown',
  'service-staff': 'shown',
  'setting-lead':  'absent',
  'setting-staff': 'absent',
} as const satisfies Record<Role, 'shown' | 'absent'>

/**
 * Updating a case study of setting A in each moderation state (a harmless change of title): a lead in any state, staff
 * only while it is private or sent back for changes, the service never (moderators decide, they do not edit).
 */
// biome-ignore format: the expectations are a table, aligned to be read
const CASE_STUDY_UPDATE_BY_STATUS = {
  private:             { anonymous: 'deny', 'service-admin': 'deny', 'service-staff': 'deny', 'setting-lead': 'allow', 'setting-staff': 'allow', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
  pending:             { anonymous: 'deny', 'service-admin': 'deny', 'service-staff': 'deny', 'setting-lead': 'allow', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
  published:           { anonymous: 'deny', 'service-admin': 'deny', 'service-staff': 'deny', 'setting-lead': 'allow', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
  'changes-requested': { anonymous: 'deny', 'service-admin': 'deny', 'service-staff': 'deny', 'setting-lead': 'allow', 'setting-staff': 'allow', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
  rejected:            { anonymous: 'deny', 'service-admin': 'deny', 'service-staff': 'deny', 'setting-lead': 'allow', 'setting-staff': 'deny', 'orphaned-lead': 'deny', 'orphaned-staff': 'deny' },
} as const satisfies Record<CaseStudyStatus, Record<Actor, Verdict>>

/**
 * The moderation workflow (POST /api/case-studies/:id/share, /withdraw, /decide, and the same functions through the
 * Local API), on a case study of setting A in state `from`. `expect` is the status answered and what is stored after:
 * a new state, or 'unchanged' (nothing of the record changed). 'setting-lead-b' is the lead of setting B.
 */
type WorkflowActor = Actor | 'setting-lead-b'
type WorkflowAction = 'share' | 'withdraw' | 'decide'
interface WorkflowRow {
  action: WorkflowAction
  actor: WorkflowActor
  from: CaseStudyStatus
  body: Record<string, unknown>
  expect: { status: number; stored: CaseStudyStatus | 'unchanged' }
  note?: string
}
const CONFIRMED = { confirmNoPupilInfo: true }
// biome-ignore format: the expectations are a table, aligned to be read
const WORKFLOW: readonly WorkflowRow[] = [
  // share: the lead of the setting only, confirming that nothing identifies a pupil.
  { action: 'share', actor: 'setting-lead',   from: 'private',           body: CONFIRMED,                        expect: { status: 200, stored: 'pending'   } },
  { action: 'share', actor: 'setting-lead',   from: 'changes-requested', body: CONFIRMED,                        expect: { status: 200, stored: 'pending'   } },
  { action: 'share', actor: 'setting-lead',   from: 'rejected',          body: CONFIRMED,                        expect: { status: 200, stored: 'pending'   } },
  { action: 'share', actor: 'setting-lead',   from: 'private',           body: {},                               expect: { status: 422, stored: 'unchanged' }, note: 'no confirmation' },
  { action: 'share', actor: 'setting-lead',   from: 'private',           body: { confirmNoPupilInfo: false },    expect: { status: 422, stored: 'unchanged' }, note: 'confirmation false' },
  { action: 'share', actor: 'setting-lead',   from: 'private',           body: { confirmNoPupilInfo: 'true' },   expect: { status: 422, stored: 'unchanged' }, note: 'confirmation "true" (a string)' },
  { action: 'share', actor: 'setting-staff',  from: 'private',           body: CONFIRMED,                        expect: { status: 403, stored: 'unchanged' } },
  { action: 'share', actor: 'setting-lead-b', from: 'private',           body: CONFIRMED,                        expect: { status: 404, stored: 'unchanged' } },
  { action: 'share', actor: 'service-admin',  from: 'private',           body: CONFIRMED,                        expect: { status: 403, stored: 'unchanged' } },
  { action: 'share', actor: 'service-staff',  from: 'private',           body: CONFIRMED,                        expect: { status: 403, stored: 'unchanged' } },
  { action: 'share', actor: 'anonymous',      from: 'private',           body: CONFIRMED,                        expect: { status: 403, stored: 'unchanged' } },
  // decide: the service only, only while pending; changes-requested and rejected need feedback.
  { action: 'decide', actor: 'service-admin',  from: 'pending',           body: { decision: 'approved' },                                   expect: { status: 200, stored: 'published'         } },
  { action: 'decide', actor: 'service-staff',  from: 'pending',           body: { decision: 'approved' },                                   expect: { status: 200, stored: 'published'         } },
  { action: 'decide', actor: 'service-admin',  from: 'pending',           body: { decision: 'changes-requested', feedback: 'Say more.' },   expect: { status: 200, stored: 'changes-requested' } },
  { action: 'decide', actor: 'service-staff',  from: 'pending',           body: { decision: 'rejected', feedback: 'Names a pupil.' },       expect: { status: 200, stored: 'rejected'          } },
  {
    action: 'decide', actor: 'service-admin', from: 'pending',
    body: { decision: 'approved', title: 'Moderator rewrite', summary: 'Moderator summary', body: { root: { children: [] } } },
    expect: { status: 200, stored: 'published' }, note: 'with text in the request: the text is ignored',
  },
  { action: 'decide', actor: 'service-admin',  from: 'pending',           body: { decision: 'changes-requested' },                          expect: { status: 422, stored: 'unchanged' }, note: 'no feedback' },
  { action: 'decide', actor: 'service-admin',  from: 'pending',           body: { decision: 'rejected', feedback: '   ' },                  expect: { status: 422, stored: 'unchanged' }, note: 'blank feedback' },
  { action: 'decide', actor: 'service-admin',  from: 'pending',           body: { decision: 'published' },                                  expect: { status: 400, stored: 'unchanged' }, note: 'not a decision' },
  { action: 'decide', actor: 'service-admin',  from: 'private',           body: { decision: 'approved' },                                   expect: { status: 409, stored: 'unchanged' } },
  { action: 'decide', actor: 'service-admin',  from: 'published',         body: { decision: 'approved' },                                   expect: { status: 409, stored: 'unchanged' } },
  { action: 'decide', actor: 'service-admin',  from: 'changes-requested', body: { decision: 'approved' },                                   expect: { status: 409, stored: 'unchanged' } },
  { action: 'decide', actor: 'service-staff',  from: 'rejected',          body: { decision: 'approved' },                                   expect: { status: 409, stored: 'unchanged' } },
  { action: 'decide', actor: 'setting-lead',   from: 'pending',           body: { decision: 'approved' },                                   expect: { status: 403, stored: 'unchanged' } },
  { action: 'decide', actor: 'setting-staff',  from: 'pending',           body: { decision: 'approved' },                                   expect: { status: 403, stored: 'unchanged' } },
  { action: 'decide', actor: 'setting-lead-b', from: 'pending',           body: { decision: 'approved' },                                   expect: { status: 403, stored: 'unchanged' } },
  { action: 'decide', actor: 'anonymous',      from: 'pending',           body: { decision: 'approved' },                                   expect: { status: 403, stored: 'unchanged' } },
  // withdraw: the lead of the setting only, from any state: private again and out of the public gallery.
  { action: 'withdraw', actor: 'setting-lead',   from: 'published', body: {}, expect: { status: 200, stored: 'private'   } },
  { action: 'withdraw', actor: 'setting-lead',   from: 'pending',   body: {}, expect: { status: 200, stored: 'private'   } },
  { action: 'withdraw', actor: 'setting-staff',  from: 'published', body: {}, expect: { status: 403, stored: 'unchanged' } },
  { action: 'withdraw', actor: 'setting-lead-b', from: 'published', body: {}, expect: { status: 404, stored: 'unchanged' } },
  { action: 'withdraw', actor: 'service-admin',  from: 'published', body: {}, expect: { status: 403, stored: 'unchanged' } },
  { action: 'withdraw', actor: 'service-staff',  from: 'published', body: {}, expect: { status: 403, stored: 'unchanged' } },
  { action: 'withdraw', actor: 'anonymous',      from: 'published', body: {}, expect: { status: 403, stored: 'unchanged' } },
]

/**
 * An image attached to a case study of setting A, fetched over HTTP (GET /api/media/file/<name>) at each step of the
 * case study's life: anyone may see it only while the approved version is live; setting B never sees it otherwise.
 */
const CASE_STUDY_IMAGE_STEPS = ['private', 'pending', 'published', 'withdrawn'] as const
type ImageStep = (typeof CASE_STUDY_IMAGE_STEPS)[number]
// biome-ignore format: the expectations are a table, aligned to be read
const CASE_STUDY_IMAGE = {
  private:   { anonymous: 'deny',  'setting-lead': 'allow', 'setting-staff': 'allow', 'setting-lead-b': 'deny',  'service-staff': 'allow' },
  pending:   { anonymous: 'deny',  'setting-lead': 'allow', 'setting-staff': 'allow', 'setting-lead-b': 'deny',  'service-staff': 'allow' },
  published: { anonymous: 'allow', 'setting-lead': 'allow', 'setting-staff': 'allow', 'setting-lead-b': 'allow', 'service-staff': 'allow' },
  withdrawn: { anonymous: 'deny',  'setting-lead': 'allow', 'setting-staff': 'allow', 'setting-lead-b': 'deny',  'service-staff': 'allow' },
} as const satisfies Record<ImageStep, Partial<Record<WorkflowActor, Verdict>>>

type MatrixCollection = keyof typeof MATRIX
type GlobalSlugInMatrix = keyof typeof GLOBAL_MATRIX

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// The cases, one named test each
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

interface MatrixCase {
  name: string
  api: Api
  collection: MatrixCollection
  actor: Actor
  op: Op
  scope: Scope
  expected: Verdict
}

interface GlobalCase {
  name: string
  api: Api
  slug: GlobalSlugInMatrix
  actor: Actor
  op: 'read' | 'update'
  expected: Verdict
}

const SCOPES: readonly Scope[] = ['own', 'other', 'self', 'any']

function matrixCases(api: Api): MatrixCase[] {
  const cases: MatrixCase[] = []
  for (const collection of Object.keys(MATRIX) as MatrixCollection[]) {
    for (const actor of ACTORS) {
      for (const op of OPS) {
        const cell: Partial<Record<Scope, Verdict>> = MATRIX[collection][actor][op]
        for (const scope of SCOPES) {
          const expected = cell[scope]
          if (expected) cases.push({ name: `${api} · ${actor} · ${collection} · ${op} · ${scope} → ${expected}`, api, collection, actor, op, scope, expected })
        }
      }
    }
  }
  return cases
}

function globalCases(api: Api): GlobalCase[] {
  const cases: GlobalCase[] = []
  for (const slug of Object.keys(GLOBAL_MATRIX) as GlobalSlugInMatrix[]) {
    for (const actor of ACTORS) {
      for (const op of ['read', 'update'] as const) {
        const expected = GLOBAL_MATRIX[slug][actor][op]
        cases.push({ name: `${api} · ${actor} · ${slug} (global) · ${op} → ${expected}`, api, slug, actor, op, expected })
      }
    }
  }
  return cases
}

const MATRIX_CASES = APIS.flatMap(matrixCases)
const TRAINING_SLUGS: readonly string[] = ['training-courses', 'training-sessions', 'staff-members', 'attendances']
const TRAINING_MATRIX_CASES = MATRIX_CASES.filter((c) => TRAINING_SLUGS.includes(c.collection)).length
const GLOBAL_CASES = APIS.flatMap(globalCases)

const SUBMITTED_CASES = APIS.flatMap((api) =>
  ACTORS.flatMap((actor) =>
    (['update', 'delete'] as const).map((op) => {
      const expected = SUBMITTED_ASSESSMENT[actor][op]
      return { name: `${api} · ${actor} · assessments · ${op} · submitted (own) → ${expected}`, api, actor, op, expected }
    }),
  ),
)

const INTERNAL_NOTE_CASES = APIS.flatMap((api) =>
  (Object.keys(INTERNAL_NOTE) as Role[]).flatMap((actor) =>
    (['find by id', 'list'] as const).map((route) => {
      const expected = INTERNAL_NOTE[actor]
      return { name: `${api} · ${actor} · assessments · internalNote · ${route} → ${expected}`, api, actor, route, expected }
    }),
  ),
)

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// The world the cases act in
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

let payload: Payload
let world: World
let png: UploadFile
let serial = 0
const unique = (): string => `${world.tag}-${++serial}`

interface Fixtures {
  /** Accounts of setting A and B that are not actors: the "own" and "other" targets for `users`. */
  memberA: User
  memberB: User
  mediaA: Media
  mediaB: Media
  principle: Principle
  frameworkReference: FrameworkReference
  question: Question
  recommendation: Recommendation
  draftQuestion: Question
  inactiveQuestion: Question
  draftRecommendation: Recommendation
  inactiveRecommendation: Recommendation
  /** Submitted (so never colliding with a draft) assessments of A and B, each with an internal note. */
  assessmentA: Assessment
  assessmentB: Assessment
  /** Actions of A and B, each linked to its own setting's submitted assessment. */
  actionA: Action
  actionB: Action
  /** Private case studies of A and B. */
  caseStudyA: CaseStudy
  caseStudyB: CaseStudy
  /** A published, active course; a draft one and a retired one. */
  course: TrainingCourse
  draftCourse: TrainingCourse
  inactiveCourse: TrainingCourse
  /** A scheduled online session next month (with a joining link and notes); a cancelled and a completed one. */
  session: TrainingSession
  cancelledSession: TrainingSession
  completedSession: TrainingSession
  /** Staff members of A and B, each booked on the scheduled session. */
  staffA: StaffMember
  staffB: StaffMember
  attendanceA: Attendance
  attendanceB: Attendance
  /** A published, active manual criterion (the one confirmations name); a draft and a retired one. */
  criterion: AwardCriterion
  draftCriterion: AwardCriterion
  retiredCriterion: AwardCriterion
  /** The current awards of A and B (each with a confirmation of the manual criterion). */
  awardA: Award
  awardB: Award
  /** Exports of A (asked for by the lead under test) and B (by B's lead); erasure log entries naming A and B. */
  exportA: DataExport
  exportB: DataExport
  erasureA: ErasureLog
  erasureB: ErasureLog
  /** A join request waiting for a decision. */
  joinRequest: JoinRequest
}
let fx: Fixtures
/** hub-options' service inbox before the cases change it, put back afterwards. */
let serviceInboxBefore: string | null | undefined
const sweep: Array<{ collection: CollectionSlug; id: number | string }> = []

const settingIdFor = (scope: Scope): number => (scope === 'other' ? world.settingB.id : world.settingA.id)

async function freePrincipleOrder(): Promise<number> {
  const { docs } = await payload.find({ collection: 'principles', pagination: false, depth: 0, overrideAccess: true, select: { order: true } })
  const used = new Set(docs.map((d) => d.order))
  for (let order = 99; order >= 1; order--) if (!used.has(order)) return order
  throw new Error('no free principle order')
}

async function createMedia(settingId: number, alt = `Image ${unique()}`): Promise<Media> {
  return payload.create({ collection: 'media', data: { alt, setting: settingId }, file: png, overrideAccess: true, depth: 0 })
}

const questionData = (extra: Partial<Question> = {}) => ({
  principle: fx.principle.id,
  order: 1,
  prompt: `Matrix question ${unique()}`,
  weight: 1,
  active: true,
  _status: 'published' as const,
  ...extra,
})

/** The one draft a setting may have goes, so that a new one can be made (as a system write, access overridden). */
async function clearDrafts(settingId: number): Promise<void> {
  await payload.delete({
    collection: 'assessments',
    where: { and: [{ setting: { equals: settingId } }, { status: { equals: 'draft' } }] },
    overrideAccess: true,
  })
}

/** A fresh draft of the setting, answering the fixture question once (replacing any draft it had). */
async function createDraft(settingId: number): Promise<number> {
  await clearDrafts(settingId)
  const draft = await payload.create({
    collection: 'assessments',
    data: { setting: settingId, status: 'draft', answers: [{ question: fx.question.id, value: '2', evidence: `Evidence ${unique()}` }] },
    overrideAccess: true,
    depth: 0,
  })
  return draft.id
}

/**
 * A submitted assessment of the setting, written directly (status is a system-only field). The one-draft hook refuses
 * any create while the setting has a draft, whatever the new status, so drafts go first.
 */
async function createSubmitted(settingId: number, extra: Partial<Assessment> = {}): Promise<Assessment> {
  await clearDrafts(settingId)
  return payload.create({
    collection: 'assessments',
    data: {
      setting: settingId,
      status: 'submitted',
      submittedAt: new Date().toISOString(),
      answers: [{ question: fx.question.id, value: '1', evidence: `Submitted evidence ${unique()}` }],
      results: { overall: { percentage: 33 } },
      snapshot: { questions: [{ id: fx.question.id, prompt: 'As it was' }] },
      internalNote: `Internal note ${unique()}`,
      ...extra,
    },
    overrideAccess: true,
    depth: 0,
  })
}

async function createAction(settingId: number, extra: { assessment?: number } = {}): Promise<Action> {
  return payload.create({
    collection: 'actions',
    data: { title: `Action ${unique()}`, setting: settingId, status: 'not-started', ...extra },
    overrideAccess: true,
    depth: 0,
  })
}

const caseStudyText = (label: string) => ({
  title: `${label} ${unique()}`,
  summary: `Summary of ${label.toLowerCase()}`,
  body: paragraphsToRichText([`What we did: ${label.toLowerCase()}.`]) as CaseStudy['body'],
})

/**
 * A case study of the setting in the given state, written directly (status and the published copy are system-only
 * fields). A published one carries its approved copy, live.
 */
async function createCaseStudy(settingId: number, status: CaseStudyStatus = 'private', extra: Partial<CaseStudy> = {}): Promise<CaseStudy> {
  const text = caseStudyText('Case study')
  const shared = status === 'private' ? {} : { sharedAt: new Date().toISOString() }
  const published =
    status === 'published'
      ? {
          published: {
            live: true,
            title: text.title,
            summary: text.summary,
            body: text.body as never,
            images: (extra.images ?? []) as number[],
            principles: [fx.principle.id],
            settingType: 'primary',
            publisherName: 'A setting',
            publishedAt: new Date().toISOString(),
          },
        }
      : {}
  return payload.create({
    collection: 'case-studies',
    data: { ...text, principles: [fx.principle.id], setting: settingId, status, ...shared, ...published, ...extra },
    overrideAccess: true,
    depth: 0,
  })
}

const recommendationData = (extra: Partial<Recommendation> = {}) => ({
  title: `Matrix recommendation ${unique()}`,
  body: paragraphsToRichText(['Talk to the service about training for the whole staff team.']) as Recommendation['body'],
  principle: fx.principle.id,
  trigger: { kind: 'principle-band' as const, band: 'red' as const },
  priority: 'medium' as const,
  active: true,
  _status: 'published' as const,
  ...extra,
})

const inDays = (days: number): string => new Date(Math.floor((Date.now() + days * 86_400_000) / 60_000) * 60_000).toISOString()

const courseData = (extra: Partial<TrainingCourse> = {}) => ({
  title: `Matrix course ${unique()}`,
  summary: 'A course of the access matrix.',
  principles: [fx.principle.id],
  audience: ['staff'] as TrainingCourse['audience'],
  format: 'in-person' as const,
  durationMinutes: 90,
  active: true,
  _status: 'published' as const,
  ...extra,
})

/** A session of the fixture course next month (a fresh one never has bookings). */
const sessionData = (extra: Partial<TrainingSession> = {}) => ({
  course: fx.course.id,
  title: `Matrix session ${unique()}`,
  startsAt: inDays(30),
  endsAt: inDays(30.125),
  mode: 'in-person' as const,
  venue: 'County Hall, Room 2',
  capacity: 20,
  waitingListSize: 5,
  status: 'scheduled' as const,
  ...extra,
})

async function createTrainingSession(extra: Partial<TrainingSession> = {}): Promise<TrainingSession> {
  return payload.create({ collection: 'training-sessions', data: sessionData(extra) as never, overrideAccess: true, depth: 0 })
}

async function createStaffMember(settingId: number): Promise<StaffMember> {
  return payload.create({
    collection: 'staff-members',
    data: { name: `Matrix staff ${unique()}`, jobRole: 'Teaching assistant', setting: settingId },
    overrideAccess: true,
    depth: 0,
  })
}

/** A booking written as the booking rules write it (the rules' own writes skip them). */
async function createBooking(sessionId: number, member: StaffMember): Promise<Attendance> {
  return payload.create({
    collection: 'attendances',
    data: { session: sessionId, staffMember: member.id, setting: member.setting as number, status: 'booked', bookedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
    context: { [TRAINING_SYSTEM]: true },
  })
}

/** A booking of its own: a fresh member of the scope's setting on a fresh future session. */
const criterionData = (extra: Partial<AwardCriterion> = {}) => ({
  title: `Matrix criterion ${unique()}`,
  track: 'both' as const,
  order: 9000,
  rule: 'manual' as const,
  _status: 'published' as const,
  ...extra,
})

let awardCycle = 1000
/** A past (expired) award of the scope's setting: there may be any number of those beside the current one. */
/** An export of the scope's setting, asked for by its lead (A's: the lead under test), made as the Hub makes it. */
async function exportOf(scope: Scope): Promise<DataExport> {
  const lead = scope === 'other' ? world.users['setting-lead-b'] : world.users['setting-lead']
  return payload.create({
    collection: 'data-exports',
    data: { setting: settingIdFor(scope), requestedBy: lead.id, status: 'downloaded', progress: 100, step: `Matrix ${unique()}` },
    overrideAccess: true,
    depth: 0,
  })
}

/** An erasure log entry naming the scope's setting, written as the erasure writes it. */
async function erasureOf(scope: Scope): Promise<ErasureLog> {
  return payload.create({
    collection: 'erasure-log',
    data: { setting: settingIdFor(scope), settingName: `Erased ${unique()}`, erasedAt: new Date().toISOString(), counts: { accountsRemoved: 0 } },
    overrideAccess: true,
    depth: 0,
  })
}

async function pastAward(scope: Scope): Promise<number> {
  const award = await payload.create({
    collection: 'awards',
    data: { setting: settingIdFor(scope), track: 'school', cycle: ++awardCycle, status: 'expired' },
    overrideAccess: true,
    depth: 0,
  })
  return award.id
}

async function freshBooking(scope: Scope): Promise<number> {
  const session = await createTrainingSession()
  return (await createBooking(session.id, await createStaffMember(settingIdFor(scope)))).id
}

/** A harmless change, and what of the stored record shows whether it landed (`want`) or not. */
const joinRequestData = (email: string) => ({
  settingName: `Matrix joining school ${unique()}`,
  urn: String(100_000 + (serial % 900_000)),
  settingType: 'primary' as const,
  district: 'Matrix',
  contactName: 'Matrix Joiner',
  jobTitle: 'Headteacher',
  email,
  consent: true,
  status: 'new' as const,
})

interface Change {
  data: Record<string, unknown>
  field: string
  observe(doc: Record<string, unknown> | null): unknown
  want: unknown
}

/** The commonest change: a new value in one field. */
const setField = (field: string, value: unknown): Change => ({ data: { [field]: value }, field, observe: (doc) => doc?.[field], want: value })

/** What each collection needs for a case: its targets, a new record, a fresh record, a harmless change. */
interface CollectionSpec {
  /** The existing record a read or an update aims at. */
  target(scope: Scope): number
  /** Where an update needs a record of its own (created with access overridden, removed after the case). */
  updateTarget?(scope: Scope): Promise<number>
  /** The data of a new record in that scope, and a query that finds it again. */
  newRecord(scope: Scope): Promise<{ data: Record<string, unknown>; file?: UploadFile; marker: Where }>
  /** A record created with access overridden, for a delete to aim at. */
  fresh(scope: Scope): Promise<number>
  /** A harmless change the actor might make. */
  change(actor: Actor): Change
}

const SPECS: Record<MatrixCollection, CollectionSpec> = {
  settings: {
    target: (scope) => settingIdFor(scope),
    newRecord: async () => {
      const name = `Matrix setting ${unique()}`
      return { data: { name, urn: uniqueURN(), type: 'primary', district: 'Matrix' }, marker: { name: { equals: name } } }
    },
    fresh: async () => (await createSetting(payload, `Fresh setting ${unique()}`)).id,
    change: () => setField('district', `District ${unique()}`),
  },
  users: {
    target: (scope) => (scope === 'other' ? fx.memberB.id : fx.memberA.id),
    newRecord: async (scope) => {
      const email = `matrix-new-${unique()}@test.example.org`
      return {
        // No password: a signed-in user's create is an invitation (src/accounts/invitations.ts).
        data: { name: 'Matrix account', email, role: 'setting-staff', setting: settingIdFor(scope) },
        marker: { email: { equals: email } },
      }
    },
    fresh: async (scope) =>
      (await createUser(payload, { email: `fresh-${unique()}@test.example.org`, name: 'Fresh account', role: 'setting-staff', setting: settingIdFor(scope) }))
        .id,
    change: () => setField('name', `Renamed ${unique()}`),
  },
  media: {
    target: (scope) => (scope === 'other' ? fx.mediaB.id : fx.mediaA.id),
    newRecord: async (scope) => {
      const alt = `Matrix image ${unique()}`
      return { data: { alt, setting: settingIdFor(scope) }, file: png, marker: { alt: { equals: alt } } }
    },
    fresh: async (scope) => (await createMedia(settingIdFor(scope))).id,
    change: () => setField('alt', `Changed alt ${unique()}`),
  },
  principles: {
    target: () => fx.principle.id,
    newRecord: async () => {
      const title = `Matrix principle ${unique()}`
      return { data: { order: await freePrincipleOrder(), label: 'Matrix', title }, marker: { title: { equals: title } } }
    },
    fresh: async () =>
      (
        await payload.create({
          collection: 'principles',
          data: { order: await freePrincipleOrder(), label: 'Fresh', title: `Fresh principle ${unique()}` },
          overrideAccess: true,
        })
      ).id,
    change: () => setField('description', `Changed ${unique()}`),
  },
  'framework-references': {
    target: () => fx.frameworkReference.id,
    newRecord: async () => {
      const title = `Matrix reference ${unique()}`
      return { data: { framework: 'ofsted', version: '2025-11', code: 'M1', title }, marker: { title: { equals: title } } }
    },
    fresh: async () =>
      (
        await payload.create({
          collection: 'framework-references',
          data: { framework: 'nice', version: 'NG223', code: 'F1', title: `Fresh reference ${unique()}` },
          overrideAccess: true,
        })
      ).id,
    change: () => setField('title', `Changed reference ${unique()}`),
  },
  questions: {
    target: () => fx.question.id,
    newRecord: async () => {
      const data = questionData()
      return { data, marker: { prompt: { equals: data.prompt } } }
    },
    fresh: async () => (await payload.create({ collection: 'questions', data: questionData(), overrideAccess: true })).id,
    change: () => setField('prompt', `Changed question ${unique()}`),
  },
  recommendations: {
    target: () => fx.recommendation.id,
    newRecord: async () => {
      const data = recommendationData()
      return { data, marker: { title: { equals: data.title } } }
    },
    fresh: async () => (await payload.create({ collection: 'recommendations', data: recommendationData(), overrideAccess: true })).id,
    change: () => setField('title', `Changed recommendation ${unique()}`),
  },
  assessments: {
    target: (scope) => (scope === 'other' ? fx.assessmentB.id : fx.assessmentA.id),
    updateTarget: (scope) => createDraft(settingIdFor(scope)),
    newRecord: async (scope) => {
      const setting = settingIdFor(scope)
      await clearDrafts(setting)
      const marker: Where = { and: [{ setting: { equals: setting } }, { status: { equals: 'draft' } }] }
      return { data: { setting }, marker }
    },
    fresh: (scope) => createDraft(settingIdFor(scope)),
    change: (actor) =>
      actor === 'service-admin'
        ? setField('internalNote', `Changed note ${unique()}`)
        : { data: { answers: [] }, field: 'answers', observe: (doc) => (doc?.answers as unknown[] | undefined)?.length, want: 0 },
  },
  'case-studies': {
    target: (scope) => (scope === 'other' ? fx.caseStudyB.id : fx.caseStudyA.id),
    updateTarget: async (scope) => (await createCaseStudy(settingIdFor(scope))).id,
    newRecord: async (scope) => {
      const text = caseStudyText('Matrix case study')
      return { data: { ...text, principles: [fx.principle.id], setting: settingIdFor(scope) }, marker: { title: { equals: text.title } } }
    },
    fresh: async (scope) => (await createCaseStudy(settingIdFor(scope))).id,
    change: () => setField('title', `Changed case study ${unique()}`),
  },
  actions: {
    target: (scope) => (scope === 'other' ? fx.actionB.id : fx.actionA.id),
    newRecord: async (scope) => {
      const title = `Matrix action ${unique()}`
      return { data: { title, setting: settingIdFor(scope), owner: 'Head teacher', status: 'not-started' }, marker: { title: { equals: title } } }
    },
    fresh: async (scope) => (await createAction(settingIdFor(scope))).id,
    change: () => setField('title', `Changed action ${unique()}`),
  },
  'training-courses': {
    target: () => fx.course.id,
    newRecord: async () => {
      const data = courseData()
      return { data, marker: { title: { equals: data.title } } }
    },
    fresh: async () => (await payload.create({ collection: 'training-courses', data: courseData(), overrideAccess: true, depth: 0 })).id,
    change: () => setField('summary', `Changed summary ${unique()}`),
  },
  'training-sessions': {
    target: () => fx.session.id,
    newRecord: async () => {
      const data = sessionData()
      return { data, marker: { title: { equals: data.title } } }
    },
    fresh: async () => (await createTrainingSession()).id,
    change: () => setField('title', `Changed session ${unique()}`),
  },
  'staff-members': {
    target: (scope) => (scope === 'other' ? fx.staffB.id : fx.staffA.id),
    newRecord: async (scope) => {
      const name = `Matrix new staff ${unique()}`
      return { data: { name, jobRole: 'Teacher', setting: settingIdFor(scope) }, marker: { name: { equals: name } } }
    },
    fresh: async (scope) => (await createStaffMember(settingIdFor(scope))).id,
    change: () => setField('jobRole', `Changed role ${unique()}`),
  },
  attendances: {
    target: (scope) => (scope === 'other' ? fx.attendanceB.id : fx.attendanceA.id),
    updateTarget: (scope) => freshBooking(scope),
    newRecord: async (scope) => {
      const session = await createTrainingSession()
      const member = await createStaffMember(settingIdFor(scope))
      const marker: Where = { and: [{ session: { equals: session.id } }, { staffMember: { equals: member.id } }] }
      return { data: { session: session.id, staffMember: member.id }, marker }
    },
    fresh: (scope) => freshBooking(scope),
    // The service cancels a booking; a lead sends apologies for one of their own (both before the session starts).
    change: (actor) => setField('status', actor === 'service-admin' || actor === 'service-staff' ? 'cancelled' : 'apologies'),
  },
  'award-criteria': {
    target: () => fx.criterion.id,
    // Created as drafts: a published one would join every checklist.
    newRecord: async () => {
      const data = criterionData({ _status: 'draft' })
      return { data, marker: { title: { equals: data.title } } }
    },
    fresh: async () =>
      (await payload.create({ collection: 'award-criteria', data: criterionData({ _status: 'draft' }), draft: true, overrideAccess: true })).id,
    change: () => setField('guidance', `Changed guidance ${unique()}`),
  },
  awards: {
    target: (scope) => (scope === 'other' ? fx.awardB.id : fx.awardA.id),
    updateTarget: pastAward,
    newRecord: async (scope) => {
      const cycle = ++awardCycle
      const marker: Where = { and: [{ setting: { equals: settingIdFor(scope) } }, { cycle: { equals: cycle } }] }
      return { data: { setting: settingIdFor(scope), track: 'school', cycle, status: 'expired' }, marker }
    },
    fresh: pastAward,
    change: () => ({
      data: { confirmations: [{ criterion: fx.criterion.id, note: `Seen on a visit ${unique()}` }] },
      field: 'confirmations',
      observe: (doc) => (doc?.confirmations as unknown[] | undefined)?.length ?? 0,
      want: 1,
    }),
  },
  'data-exports': {
    target: (scope) => (scope === 'other' ? fx.exportB.id : fx.exportA.id),
    newRecord: async (scope) => {
      const step = `Matrix export ${unique()}`
      return { data: { setting: settingIdFor(scope), status: 'queued', step }, marker: { step: { equals: step } } }
    },
    fresh: async (scope) => (await exportOf(scope)).id,
    change: () => setField('step', `Changed ${unique()}`),
  },
  'erasure-log': {
    target: (scope) => (scope === 'other' ? fx.erasureB.id : fx.erasureA.id),
    newRecord: async (scope) => {
      const settingName = `Matrix erasure ${unique()}`
      return {
        data: { setting: settingIdFor(scope), settingName, erasedAt: new Date().toISOString(), counts: {} },
        marker: { settingName: { equals: settingName } },
      }
    },
    fresh: async (scope) => (await erasureOf(scope)).id,
    change: () => setField('settingName', `Changed ${unique()}`),
  },
  'join-requests': {
    target: () => fx.joinRequest.id,
    // With a form token old enough to pass the fill-time check (REST creates are checked like the /join form's).
    newRecord: async () => {
      const email = `matrix-join-${unique()}@test.example.org`
      return {
        data: { ...joinRequestData(email), formToken: issueFormToken(process.env.PAYLOAD_SECRET as string, Date.now() - 60_000) },
        marker: { email: { equals: email } },
      }
    },
    fresh: async () =>
      (await payload.create({ collection: 'join-requests', data: joinRequestData(`fresh-join-${unique()}@test.example.org`), overrideAccess: true })).id,
    change: () => setField('district', `District ${unique()}`),
  },
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// Acting and judging
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

/** The orphaned actors, made in beforeAll: signed in while they belonged to setting A, then left without a setting. */
const orphans = {} as Record<Orphan, Caller & { user: User }>

async function callerFor(api: Api, actor: Actor): Promise<Caller> {
  if (actor === 'anonymous') return { user: null }
  if (isOrphan(actor)) return api === 'REST' ? orphans[actor] : { user: orphans[actor].user }
  const user = world.users[actor]
  return api === 'REST' ? { user, token: await tokenFor(payload, world, actor) } : { user }
}

/**
 * Takes an account's setting away in the database, as a deleted setting's `ON DELETE SET NULL` would (the Hub
 * refuses to delete a setting that has accounts, so nothing else can do it). Its signed-in session stays.
 */
async function orphan(user: User): Promise<User> {
  await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`UPDATE users SET setting_id = NULL WHERE id = ${user.id}`)
  return { ...user, setting: null }
}

/**
 * A new account with the actor's role (in `settingId`, or setting A for setting roles), signed in for REST; for an
 * orphaned actor, an account of setting A signed in and then left without a setting.
 */
async function freshActor(api: Api, actor: Role | Orphan, settingId?: number): Promise<Caller & { user: User }> {
  const role = isOrphan(actor) ? ORPHAN_ROLE[actor] : actor
  const email = `fresh-actor-${unique()}@test.example.org`
  let user = await createUser(payload, {
    email,
    name: 'Fresh actor',
    role,
    setting: isSettingRole(role) ? (settingId ?? world.settingA.id) : null,
  })
  const token = api === 'REST' ? await loginToken(payload, email, TEST_PASSWORD) : undefined
  if (isOrphan(actor)) user = await orphan(user)
  return { user, token }
}

async function stored(collection: CollectionSlug, id: number | string): Promise<Record<string, unknown> | null> {
  return (await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })) as Record<string, unknown> | null
}

async function removeQuietly(collection: CollectionSlug, id: number | string): Promise<void> {
  await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
}

const isOk = (status: number) => status >= 200 && status < 300
const isRefusal = (status: number) => status === 403 || status === 404
const show = (out: Outcome, extra = '') => `unexpected: status ${out.status}${out.message ? ` (${out.message})` : ''}${extra}`

async function runMatrixCase(c: MatrixCase): Promise<void> {
  const client = accessClient(payload, c.api)
  const spec = SPECS[c.collection]
  const cleanups: Array<() => Promise<void>> = []
  try {
    let caller = await callerFor(c.api, c.actor)
    let got: string

    if (c.op === 'read') {
      const id = c.scope === 'self' ? caller.user!.id : spec.target(c.scope)
      const out = await client.read(c.collection, id, caller)
      got = isOk(out.status) && out.doc?.id === id ? 'allow' : isRefusal(out.status) ? 'deny' : show(out)
    } else if (c.op === 'create') {
      const { data, file, marker } = await spec.newRecord(c.scope)
      const out = await client.create(c.collection, data, caller, file)
      const found = await payload.find({ collection: c.collection, where: marker, depth: 0, overrideAccess: true, limit: 10 })
      for (const doc of found.docs) cleanups.push(() => removeQuietly(c.collection, doc.id))
      got =
        out.status === 201 && found.totalDocs === 1 && out.doc?.id === found.docs[0].id
          ? 'allow'
          : out.status === 403 && found.totalDocs === 0
            ? 'deny'
            : show(out, `, ${found.totalDocs} created`)
    } else if (c.op === 'update') {
      let id: number | string
      if (c.scope === 'self') {
        caller = await freshActor(c.api, c.actor as Role | Orphan)
        id = caller.user!.id
        cleanups.push(() => removeQuietly('users', id))
      } else if (spec.updateTarget) {
        id = await spec.updateTarget(c.scope)
        const freshId = id
        cleanups.push(() => removeQuietly(c.collection, freshId))
      } else id = spec.target(c.scope)
      const { data, field, observe, want } = spec.change(c.actor)
      const before = observe(await stored(c.collection, id))
      const out = await client.update(c.collection, id, data, caller)
      const after = observe(await stored(c.collection, id))
      got =
        out.status === 200 && after === want && after !== before
          ? 'allow'
          : isRefusal(out.status) && after === before
            ? 'deny'
            : show(out, `, ${field} stored ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
    } else {
      let id: number | string
      if (c.scope === 'self') {
        caller = await freshActor(c.api, c.actor as Role | Orphan)
        id = caller.user!.id
        cleanups.push(() => removeQuietly('users', id))
      } else if (c.collection === 'settings' && c.scope === 'own' && isSettingRole(c.actor)) {
        // A setting user's own setting, fresh: a new setting with a new account of the actor's role in it.
        id = await spec.fresh(c.scope)
        const settingId = id
        cleanups.push(() => removeQuietly('settings', settingId))
        caller = await freshActor(c.api, c.actor as Role, settingId)
        const actorId = caller.user!.id
        cleanups.push(() => removeQuietly('users', actorId))
      } else {
        id = await spec.fresh(c.scope)
        const freshId = id
        cleanups.push(() => removeQuietly(c.collection, freshId))
      }
      const out = await client.remove(c.collection, id, caller)
      const still = await stored(c.collection, id)
      got = isOk(out.status) && !still ? 'allow' : isRefusal(out.status) && still ? 'deny' : show(out, `, record ${still ? 'still there' : 'gone'}`)
    }

    expect(got, c.name).toBe(c.expected)
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
}

async function runGlobalCase(c: GlobalCase): Promise<void> {
  const client = accessClient(payload, c.api)
  const caller = await callerFor(c.api, c.actor)
  let got: string
  if (c.op === 'read') {
    const out = await client.readGlobal(c.slug, caller)
    got = out.status === 200 && out.doc && typeof out.doc === 'object' ? 'allow' : isRefusal(out.status) ? 'deny' : show(out)
  } else {
    const value = `matrix-${unique()}@service.example.org`
    const before = (await payload.findGlobal({ slug: c.slug, depth: 0, overrideAccess: true })).serviceInbox
    const out = await client.updateGlobal(c.slug, { serviceInbox: value }, caller)
    const after = (await payload.findGlobal({ slug: c.slug, depth: 0, overrideAccess: true })).serviceInbox
    got =
      out.status === 200 && after === value
        ? 'allow'
        : isRefusal(out.status) && after === before
          ? 'deny'
          : show(out, `, serviceInbox stored ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
  }
  expect(got, c.name).toBe(c.expected)
}

/** Every REST token of the world still names its own user: a dead token would turn every deny into a false pass. */
async function expectTokensIdentifyTheirUsers(): Promise<void> {
  for (const actor of ACTORS) {
    if (actor === 'anonymous' || isOrphan(actor)) continue
    const me = await rest('GET', '/api/users/me', { token: await tokenFor(payload, world, actor) })
    expect(me.status, actor).toBe(200)
    expect(me.body?.user?.id, actor).toBe(world.users[actor].id)
  }
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// The tests
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

/** When this file began: what the jobs queue gained since then is swept afterwards. */
let startedAt: string

beforeAll(async () => {
  startedAt = new Date(Date.now() - 1000).toISOString()
  payload = await testPayload()
  world = await createWorld(payload)
  png = await smallPng()
  const member = (who: string, settingId: number) =>
    createUser(payload, { email: `${who}-${world.tag}@test.example.org`, name: `Member ${who}`, role: 'setting-staff', setting: settingId })
  const principle = await payload.create({
    collection: 'principles',
    data: { order: await freePrincipleOrder(), label: 'Matrix', title: `Matrix fixture principle ${world.tag}` },
    overrideAccess: true,
  })
  fx = { principle } as Fixtures
  fx.memberA = await member('member-a', world.settingA.id)
  fx.memberB = await member('member-b', world.settingB.id)
  fx.mediaA = await createMedia(world.settingA.id)
  fx.mediaB = await createMedia(world.settingB.id)
  fx.frameworkReference = await payload.create({
    collection: 'framework-references',
    data: { framework: 'ofsted', version: '2025-11', code: 'QI', title: `Quality of education ${world.tag}` },
    overrideAccess: true,
  })
  fx.question = await payload.create({ collection: 'questions', data: questionData(), overrideAccess: true })
  fx.recommendation = await payload.create({ collection: 'recommendations', data: recommendationData(), overrideAccess: true })
  fx.draftQuestion = await payload.create({ collection: 'questions', data: questionData({ _status: 'draft' }), draft: true, overrideAccess: true })
  fx.inactiveQuestion = await payload.create({ collection: 'questions', data: questionData({ active: false }), overrideAccess: true })
  fx.draftRecommendation = await payload.create({
    collection: 'recommendations',
    data: recommendationData({ _status: 'draft' }),
    draft: true,
    overrideAccess: true,
  })
  fx.inactiveRecommendation = await payload.create({ collection: 'recommendations', data: recommendationData({ active: false }), overrideAccess: true })
  fx.assessmentA = await createSubmitted(world.settingA.id)
  fx.assessmentB = await createSubmitted(world.settingB.id)
  fx.actionA = await createAction(world.settingA.id, { assessment: fx.assessmentA.id })
  fx.actionB = await createAction(world.settingB.id, { assessment: fx.assessmentB.id })
  fx.caseStudyA = await createCaseStudy(world.settingA.id)
  fx.caseStudyB = await createCaseStudy(world.settingB.id)
  fx.course = await payload.create({ collection: 'training-courses', data: courseData(), overrideAccess: true, depth: 0 })
  fx.draftCourse = await payload.create({ collection: 'training-courses', data: courseData({ _status: 'draft' }), draft: true, overrideAccess: true, depth: 0 })
  fx.inactiveCourse = await payload.create({ collection: 'training-courses', data: courseData({ active: false }), overrideAccess: true, depth: 0 })
  fx.session = await createTrainingSession({
    mode: 'online',
    venue: null,
    joiningLink: `https://meet.example.org/matrix-${world.tag}`,
    notes: `Service notes ${world.tag}`,
  })
  fx.cancelledSession = await createTrainingSession({ status: 'cancelled' })
  fx.completedSession = await createTrainingSession({ status: 'completed', startsAt: inDays(-30), endsAt: inDays(-29.875) })
  fx.staffA = await createStaffMember(world.settingA.id)
  fx.staffB = await createStaffMember(world.settingB.id)
  fx.attendanceA = await createBooking(fx.session.id, fx.staffA)
  fx.attendanceB = await createBooking(fx.session.id, fx.staffB)
  fx.criterion = await payload.create({ collection: 'award-criteria', data: criterionData(), overrideAccess: true, depth: 0 })
  fx.joinRequest = await payload.create({
    collection: 'join-requests',
    data: joinRequestData(`matrix-join-${world.tag}@test.example.org`),
    overrideAccess: true,
  })
  fx.draftCriterion = await payload.create({
    collection: 'award-criteria',
    data: criterionData({ _status: 'draft' }),
    draft: true,
    overrideAccess: true,
    depth: 0,
  })
  fx.retiredCriterion = await payload.create({ collection: 'award-criteria', data: criterionData({ active: false }), overrideAccess: true, depth: 0 })
  for (const setting of [world.settingA, world.settingB]) {
    const award = (await recomputeAward(await createLocalReq({}, payload), setting.id))!
    await payload.update({
      collection: 'awards',
      id: award.id,
      data: { confirmations: [{ criterion: fx.criterion.id, note: 'Seen on a visit.' }] },
      user: world.users['service-admin'],
      overrideAccess: false,
    })
  }
  const current = async (setting: number) =>
    (
      await payload.find({
        collection: 'awards',
        where: { and: [{ setting: { equals: setting } }, { status: { in: ['in-progress', 'achieved'] } }] },
        overrideAccess: true,
        depth: 0,
      })
    ).docs[0] as Award
  fx.awardA = await current(world.settingA.id)
  fx.awardB = await current(world.settingB.id)
  fx.exportA = await exportOf('own')
  fx.exportB = await exportOf('other')
  fx.erasureA = await erasureOf('own')
  fx.erasureB = await erasureOf('other')
  sweep.push(
    { collection: 'questions', id: fx.question.id },
    { collection: 'recommendations', id: fx.recommendation.id },
    { collection: 'questions', id: fx.draftQuestion.id },
    { collection: 'questions', id: fx.inactiveQuestion.id },
    { collection: 'recommendations', id: fx.draftRecommendation.id },
    { collection: 'recommendations', id: fx.inactiveRecommendation.id },
    { collection: 'framework-references', id: fx.frameworkReference.id },
    { collection: 'principles', id: fx.principle.id },
  )
  serviceInboxBefore = (await payload.findGlobal({ slug: 'hub-options', depth: 0, overrideAccess: true })).serviceInbox
  // Sign every actor in once; REST cases reuse the tokens.
  for (const actor of ACTORS) if (actor !== 'anonymous' && !isOrphan(actor)) await tokenFor(payload, world, actor)
  for (const actor of Object.keys(ORPHAN_ROLE) as Orphan[]) orphans[actor] = await freshActor('REST', actor)
  console.log(
    `Access matrix: ${MATRIX_CASES.length + GLOBAL_CASES.length + SUBMITTED_CASES.length + INTERNAL_NOTE_CASES.length} matrix cases ` +
      `(${MATRIX_CASES.length} collection cases + ${GLOBAL_CASES.length} global cases + ${SUBMITTED_CASES.length} submitted-assessment cases ` +
      `+ ${INTERNAL_NOTE_CASES.length} internal-note cases, over ${APIS.join(' and ')}), ${GRAPHQL_READ_CASES.length + ACTORS.length} GraphQL read cases, ` +
      `${LOCK_CASES.length + ACTORS.length} document-lock cases; ${ACTORS.length} actors, 2 of them setting accounts without a setting. ` +
      `Training: ${TRAINING_MATRIX_CASES} collection cases (Local, REST) + ${TRAINING_GRAPHQL_CASES} GraphQL read cases`,
  )
})

afterAll(async () => {
  // Assessments and actions of the world's settings first: an answer holds on to its question.
  const ofTheWorld: Where = { setting: { in: [world.settingA.id, world.settingB.id] } }
  await payload.delete({ collection: 'actions', where: ofTheWorld, overrideAccess: true })
  await payload.delete({ collection: 'assessments', where: ofTheWorld, overrideAccess: true })
  await payload.delete({ collection: 'case-studies', where: ofTheWorld, overrideAccess: true })
  // Training: bookings, then the staff and sessions they named, then the courses (all this file's).
  await payload.delete({ collection: 'attendances', where: ofTheWorld, overrideAccess: true })
  await payload.delete({ collection: 'staff-members', where: ofTheWorld, overrideAccess: true })
  const ourCourses: Where = { title: { contains: world.tag } }
  const courses = await payload.find({ collection: 'training-courses', where: ourCourses, draft: true, pagination: false, depth: 0, overrideAccess: true })
  const ofOurCourses: Where = { course: { in: courses.docs.map((c) => c.id) } }
  await payload.delete({ collection: 'training-sessions', where: ofOurCourses, overrideAccess: true })
  await payload.delete({ collection: 'training-courses', where: ourCourses, overrideAccess: true })
  // The moderation workflow queued emails (to the world's accounts, about its tagged case studies): they are this
  // file's, and must not reach another test file's mail sink when it runs the jobs queue.
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'send-email' } }, { createdAt: { greater_than_equal: startedAt } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const job of jobs.docs) if (JSON.stringify(job.input).includes(world.tag)) await removeQuietly('payload-jobs', job.id)
  // The question bank rows would otherwise reach other test files' settings; accounts and settings stay (tagged).
  for (const { collection, id } of sweep) await removeQuietly(collection, id)
  // The award: this file's criteria leave every checklist (kept where a checklist names them: retired), the world's
  // awards go, and the recompute jobs its criterion changes queued are dropped.
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  await db.execute(sql`UPDATE award_criteria SET active = false WHERE title LIKE ${`Matrix criterion ${world.tag}-%`}`)
  await db.execute(sql`DELETE FROM awards WHERE setting_id IN (${world.settingA.id}, ${world.settingB.id})`)
  await db.execute(sql`DELETE FROM award_criteria WHERE title LIKE ${`Matrix criterion ${world.tag}-%`}
    AND id NOT IN (SELECT criterion_id FROM awards_checklist UNION SELECT criterion_id FROM awards_confirmations)`)
  await payload.delete({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'award-recompute' } }, { createdAt: { greater_than_equal: startedAt } }] },
    overrideAccess: true,
  })
  await payload.updateGlobal({ slug: 'hub-options', data: { serviceInbox: serviceInboxBefore ?? null }, overrideAccess: true })
})

describe('the access matrix', () => {
  it('lists every collection and global of the config, and nothing else', () => {
    const collections = payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-'))
    expect([...collections].sort()).toEqual(Object.keys(MATRIX).sort())
    // The training model's collections are in the matrix (a new collection without a row fails the line above).
    expect(Object.keys(MATRIX)).toEqual(expect.arrayContaining(['training-courses', 'training-sessions', 'staff-members', 'attendances']))
    for (const slug of ['training-courses', 'training-sessions', 'staff-members', 'attendances']) expect(collections).toContain(slug)
    // Payload's own collections: document locks have their table below; migrations are a service admin's to read
    // (tests/int/hardening.test.ts); jobs and the key-value store are closed by Payload, preferences are each user's own.
    expect(
      payload.config.collections
        .map((c) => c.slug)
        .filter((slug) => slug.startsWith('payload-'))
        .sort(),
    ).toEqual(['payload-jobs', 'payload-kv', 'payload-locked-documents', 'payload-migrations', 'payload-preferences'])
    const globals = payload.config.globals.map((g) => g.slug).filter((slug) => !slug.startsWith('payload-'))
    expect([...globals].sort()).toEqual(Object.keys(GLOBAL_MATRIX).sort())
  })

  describe.each(APIS)('%s', (api) => {
    it.each(MATRIX_CASES.filter((c) => c.api === api))('$name', runMatrixCase)
    it.each(GLOBAL_CASES.filter((c) => c.api === api))('$name', runGlobalCase)
  })

  it('REST tokens still identify their own users after every case', expectTokensIdentifyTheirUsers)
})

describe('the question bank a setting may not see', () => {
  const cases = APIS.flatMap((api) =>
    (Object.keys(BANK_VISIBILITY) as Array<keyof typeof BANK_VISIBILITY>).flatMap((collection) =>
      (['draft', 'inactive'] as const).flatMap((state) =>
        ACTORS.map((actor) => ({
          name: `${api} · ${actor} · ${collection} · read · ${state} → ${BANK_VISIBILITY[collection][state][actor]}`,
          api,
          collection,
          state,
          actor,
          expected: BANK_VISIBILITY[collection][state][actor] as Verdict,
        })),
      ),
    ),
  )
  it.each(cases)('$name', async ({ name, api, collection, state, actor, expected }) => {
    const target =
      collection === 'questions'
        ? state === 'draft'
          ? fx.draftQuestion
          : fx.inactiveQuestion
        : state === 'draft'
          ? fx.draftRecommendation
          : fx.inactiveRecommendation
    const out = await accessClient(payload, api).read(collection, target.id, await callerFor(api, actor))
    const got = isOk(out.status) && out.doc?.id === target.id ? 'allow' : isRefusal(out.status) ? 'deny' : show(out)
    expect(got, name).toBe(expected)
  })
})

describe('the training catalogue a setting may not see', () => {
  const target = (state: TrainingState) =>
    ({
      'draft course': { collection: 'training-courses' as const, id: fx.draftCourse.id },
      'inactive course': { collection: 'training-courses' as const, id: fx.inactiveCourse.id },
      'cancelled session': { collection: 'training-sessions' as const, id: fx.cancelledSession.id },
      'completed session': { collection: 'training-sessions' as const, id: fx.completedSession.id },
    })[state]
  const cases = [...APIS, 'GraphQL' as const].flatMap((api) =>
    TRAINING_STATES.flatMap((state) =>
      ACTORS.map((actor) => ({
        name: `${api} · ${actor} · ${state} · read → ${TRAINING_VISIBILITY[state][actor]}`,
        api,
        state,
        actor,
        expected: TRAINING_VISIBILITY[state][actor] as Verdict,
      })),
    ),
  )
  it.each(cases)('$name', async ({ name, api, state, actor, expected }) => {
    const { collection, id } = target(state)
    let got: string
    if (api === 'GraphQL') {
      const caller = await callerFor('REST', actor)
      const query = formatNames(collection).singular
      const res = await graphql(`query { ${query}(id: ${id}) { id } }`, { token: caller.token })
      const found = res.body?.data?.[query]
      got = res.status === 200 && found?.id === id ? 'allow' : Array.isArray(res.body?.errors) && !found ? 'deny' : `unexpected: status ${res.status}`
    } else {
      const out = await accessClient(payload, api).read(collection, id, await callerFor(api, actor))
      got = isOk(out.status) && out.doc?.id === id ? 'allow' : isRefusal(out.status) ? 'deny' : show(out)
    }
    expect(got, name).toBe(expected)
  })
})

describe('the award criteria a setting may not see', () => {
  const target = (state: CriterionState) => (state === 'draft criterion' ? fx.draftCriterion.id : fx.retiredCriterion.id)
  const cases = [...APIS, 'GraphQL' as const].flatMap((api) =>
    CRITERION_STATES.flatMap((state) =>
      ACTORS.map((actor) => ({
        name: `${api} · ${actor} · ${state} · read → ${AWARD_CRITERIA_VISIBILITY[state][actor]}`,
        api,
        state,
        actor,
        expected: AWARD_CRITERIA_VISIBILITY[state][actor] as Verdict,
      })),
    ),
  )
  it.each(cases)('$name', async ({ name, api, state, actor, expected }) => {
    const id = target(state)
    let got: string
    if (api === 'GraphQL') {
      const caller = await callerFor('REST', actor)
      const query = formatNames('award-criteria').singular
      const res = await graphql(`query { ${query}(id: ${id}) { id } }`, { token: caller.token })
      const found = res.body?.data?.[query]
      got = res.status === 200 && found?.id === id ? 'allow' : Array.isArray(res.body?.errors) && !found ? 'deny' : `unexpected: status ${res.status}`
    } else {
      const out = await accessClient(payload, api).read('award-criteria', id, await callerFor(api, actor))
      got = isOk(out.status) && out.doc?.id === id ? 'allow' : isRefusal(out.status) ? 'deny' : show(out)
    }
    expect(got, name).toBe(expected)
  })
})

describe("an award's manual confirmations are the service's", () => {
  const routes = ['find by id', 'list', 'GraphQL'] as const
  const cases = (Object.keys(AWARD_CONFIRMATIONS) as Role[]).flatMap((actor) =>
    routes.map((route) => ({
      name: `${actor} · awards · confirmations · ${route} → ${AWARD_CONFIRMATIONS[actor]}`,
      actor,
      route,
      expected: AWARD_CONFIRMATIONS[actor],
    })),
  )
  it.each(cases)('$name', async ({ name, actor, route, expected }) => {
    const token = await tokenFor(payload, world, actor)
    let doc: Record<string, unknown> | undefined
    if (route === 'GraphQL') {
      const res = await graphql(`query { Award(id: ${fx.awardA.id}) { id confirmations { note } } }`, { token })
      doc = res.body?.data?.Award ?? undefined
    } else {
      const res =
        route === 'list'
          ? await rest('GET', `/api/awards?where[id][equals]=${fx.awardA.id}&depth=0`, { token })
          : await rest('GET', `/api/awards/${fx.awardA.id}?depth=0`, { token })
      doc = route === 'list' ? res.body?.docs?.[0] : res.body
    }
    expect(doc?.id, name).toBe(fx.awardA.id)
    const notes = JSON.stringify(doc?.confirmations ?? null)
    expect(notes.includes('Seen on a visit') ? 'shown' : 'absent', name).toBe(expected)
  })
})

describe("a session's joining link and notes are the service's", () => {
  const routes = ['find by id', 'list'] as const
  const cases = [
    ...APIS.flatMap((api) =>
      (Object.keys(SESSION_PRIVATE_FIELDS) as Role[]).flatMap((actor) =>
        routes.map((route) => ({
          name: `${api} · ${actor} · training-sessions · joiningLink, notes · ${route} → ${SESSION_PRIVATE_FIELDS[actor]}`,
          api,
          actor,
          route,
        })),
      ),
    ),
    ...(Object.keys(SESSION_PRIVATE_FIELDS) as Role[]).flatMap((actor) =>
      routes.map((route) => ({
        name: `GraphQL · ${actor} · training-sessions · joiningLink, notes · ${route} → ${SESSION_PRIVATE_FIELDS[actor]}`,
        api: 'GraphQL' as const,
        actor,
        route,
      })),
    ),
  ]
  it.each(cases)('$name', async ({ name, api, actor, route }) => {
    const target = fx.session
    let doc: unknown
    if (api === 'GraphQL') {
      const caller = await callerFor('REST', actor)
      const query =
        route === 'find by id'
          ? `query { TrainingSession(id: ${target.id}) { id joiningLink notes } }`
          : `query { TrainingSessions(where: { id: { equals: ${target.id} } }) { docs { id joiningLink notes } } }`
      const res = await graphql(query, { token: caller.token })
      doc = route === 'find by id' ? res.body?.data?.TrainingSession : res.body?.data?.TrainingSessions?.docs?.[0]
    } else if (api === 'Local') {
      const user = { ...world.users[actor], collection: 'users' as const }
      doc =
        route === 'find by id'
          ? await payload.findByID({ collection: 'training-sessions', id: target.id, depth: 0, overrideAccess: false, user })
          : (await payload.find({ collection: 'training-sessions', where: { id: { equals: target.id } }, depth: 0, overrideAccess: false, user })).docs[0]
    } else {
      const token = await tokenFor(payload, world, actor)
      const res =
        route === 'find by id'
          ? await rest('GET', `/api/training-sessions/${target.id}?depth=0`, { token })
          : await rest('GET', `/api/training-sessions?depth=0&where[id][equals]=${target.id}`, { token })
      doc = route === 'find by id' ? res.body : res.body?.docs?.[0]
    }
    expect((doc as { id?: unknown } | undefined)?.id, name).toBe(target.id)
    const text = JSON.stringify(doc)
    const link = text.includes(target.joiningLink!)
    const notes = text.includes(target.notes!)
    const got =
      link && notes ? 'shown' : !link && !notes ? 'absent' : `unexpected: joiningLink ${link ? 'shown' : 'absent'}, notes ${notes ? 'shown' : 'absent'}`
    expect(got, name).toBe(SESSION_PRIVATE_FIELDS[actor])
  })
})

describe('uploaded files over HTTP follow the media read row of the matrix', () => {
  const cases = ACTORS.flatMap((actor) =>
    (['own', 'other'] as const).map((scope) => {
      const expected: Verdict = MATRIX.media[actor].read[scope]
      return { name: `REST · ${actor} · media file · GET /api/media/file/<name> · ${scope} → ${expected}`, actor, scope, expected }
    }),
  )
  it.each(cases)('$name', async ({ name, actor, scope, expected }) => {
    const image = scope === 'own' ? fx.mediaA : fx.mediaB
    const caller = await callerFor('REST', actor)
    const res = await rest('GET', `/api/media/file/${encodeURIComponent(image.filename!)}`, { token: caller.token })
    const got = res.status === 200 ? 'allow' : isRefusal(res.status) ? 'deny' : `unexpected: status ${res.status}`
    expect(got, name).toBe(expected)
  })
})

/** What no write may change in a submitted assessment: everything but the service's internal note. */
function frozen(doc: Record<string, unknown> | null) {
  if (!doc) return null
  const { status, title, setting, startedBy, submittedBy, submittedAt, phase, snapshot, results, recommendations } = doc
  const answers = ((doc.answers as Assessment['answers']) ?? []).map(({ question, value, evidence }) => ({ question, value, evidence }))
  return { status, title, setting, startedBy, submittedBy, submittedAt, phase, answers, snapshot, results, recommendations }
}

describe('a submitted assessment is immutable', () => {
  it.each(SUBMITTED_CASES)('$name', async ({ name, api, actor, op, expected }) => {
    const target = await createSubmitted(world.settingA.id)
    try {
      const client = accessClient(payload, api)
      const caller = await callerFor(api, actor)
      const before = await stored('assessments', target.id)
      let got: string
      if (op === 'update') {
        const note = `Note on a submitted assessment ${unique()}`
        const out = await client.update(
          'assessments',
          target.id,
          {
            status: 'draft',
            results: { overall: { percentage: 100 } },
            snapshot: { questions: [] },
            answers: [{ question: fx.question.id, value: '3', evidence: 'Rewritten after submission' }],
            internalNote: note,
          },
          caller,
        )
        const after = await stored('assessments', target.id)
        const changed = JSON.stringify(frozen(after)) !== JSON.stringify(frozen(before))
        got = changed
          ? show(out, `, the submitted record changed: ${JSON.stringify(frozen(before))} → ${JSON.stringify(frozen(after))}`)
          : out.status === 200 && after?.internalNote === note
            ? 'note-only'
            : isRefusal(out.status) && after?.internalNote === before?.internalNote
              ? 'deny'
              : show(out, `, internalNote stored ${JSON.stringify(before?.internalNote)} → ${JSON.stringify(after?.internalNote)}`)
      } else {
        const out = await client.remove('assessments', target.id, caller)
        const still = await stored('assessments', target.id)
        got =
          isRefusal(out.status) && still && JSON.stringify(frozen(still)) === JSON.stringify(frozen(before))
            ? 'deny'
            : show(out, `, record ${still ? 'still there' : 'gone'}`)
      }
      expect(got, name).toBe(expected)
    } finally {
      await removeQuietly('assessments', target.id)
    }
  })
})

describe("an assessment's internal note is the service's", () => {
  it.each(INTERNAL_NOTE_CASES)('$name', async ({ name, api, actor, route, expected }) => {
    const target = fx.assessmentA
    const caller = await callerFor(api, actor)
    let doc: Record<string, unknown> | undefined
    if (route === 'find by id') {
      const out = await accessClient(payload, api).read('assessments', target.id, caller)
      expect(out.status, name).toBe(200)
      doc = out.doc
    } else if (api === 'Local') {
      const found = await payload.find({
        collection: 'assessments',
        where: { id: { equals: target.id } },
        depth: 0,
        overrideAccess: false,
        user: { ...caller.user!, collection: 'users' },
      })
      doc = found.docs[0] as unknown as Record<string, unknown> | undefined
    } else {
      const res = await rest('GET', `/api/assessments?depth=0&where[id][equals]=${target.id}`, { token: caller.token })
      expect(res.status, name).toBe(200)
      doc = res.body?.docs?.[0]
    }
    expect(doc?.id, name).toBe(target.id)
    const got =
      !doc || !('internalNote' in doc)
        ? 'absent'
        : doc.internalNote === target.internalNote
          ? 'shown'
          : `unexpected: internalNote ${JSON.stringify(doc.internalNote)}`
    expect(got, name).toBe(expected)
  })
})

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// GraphQL: the read rows of the matrix hold through GraphQL too ("through any route")
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

const GRAPHQL_READ_CASES = (Object.keys(MATRIX) as MatrixCollection[]).flatMap((collection) =>
  ACTORS.flatMap((actor) => {
    const cell: Partial<Record<Scope, Verdict>> = MATRIX[collection][actor].read
    return SCOPES.flatMap((scope) => {
      const expected = cell[scope]
      return expected ? [{ name: `GraphQL · ${actor} · ${collection} · read · ${scope} → ${expected}`, collection, actor, scope, expected }] : []
    })
  }),
)
const TRAINING_GRAPHQL_CASES = GRAPHQL_READ_CASES.filter((c) => TRAINING_SLUGS.includes(c.collection)).length

describe('GraphQL reads follow the read rows of the matrix', () => {
  it.each(GRAPHQL_READ_CASES)('$name', async ({ name, collection, actor, scope, expected }) => {
    const caller = await callerFor('REST', actor)
    const id = scope === 'self' ? caller.user!.id : SPECS[collection].target(scope)
    const query = formatNames(collection).singular
    const res = await graphql(`query { ${query}(id: ${id}) { id } }`, { token: caller.token })
    const found = res.body?.data?.[query]
    const got =
      res.status === 200 && found?.id === id
        ? 'allow'
        : Array.isArray(res.body?.errors) && res.body.errors.length > 0 && !found
          ? 'deny'
          : `unexpected: status ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`
    expect(got, name).toBe(expected)
  })

  const globalCases = ACTORS.map((actor) => ({
    name: `GraphQL · ${actor} · hub-options (global) · read → ${GLOBAL_MATRIX['hub-options'][actor].read}`,
    actor,
    expected: GLOBAL_MATRIX['hub-options'][actor].read,
  }))
  it.each(globalCases)('$name', async ({ name, actor, expected }) => {
    const caller = await callerFor('REST', actor)
    const res = await graphql('query { HubOption { benchmarkMinimum } }', { token: caller.token })
    const found = res.body?.data?.HubOption
    const got =
      res.status === 200 && typeof found?.benchmarkMinimum === 'number'
        ? 'allow'
        : Array.isArray(res.body?.errors) && res.body.errors.length > 0 && !found
          ? 'deny'
          : `unexpected: status ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`
    expect(got, name).toBe(expected)
  })
})

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// Document locks (payload-locked-documents): the admin panel's, so the service's alone
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A lock may be taken only by a user who may update the locked document, and only the service (who use the admin
 * panel) ever sees or releases locks; service staff only their own. Settings' own records are not lockable at all.
 *
 * create  targets: the hub-options global, a question, an account of setting A, the actor's own account, a case
 *         study of setting A (not lockable: settings' records never are).
 * read / update / delete  targets: a lock the service admin holds on a question, and a lock service staff hold on
 *         their own account.
 */
type LockTarget = 'hub-options' | 'question' | 'account of A' | 'own account' | 'case study of A'
type HeldLock = "admin's lock" | "staff's lock"
const LOCK_TARGETS: readonly LockTarget[] = ['hub-options', 'question', 'account of A', 'own account', 'case study of A']
const HELD_LOCKS: readonly HeldLock[] = ["admin's lock", "staff's lock"]
// biome-ignore format: the expectations are a table, aligned to be read
const DENY_ALL_LOCKS = {
  create: { 'hub-options': 'deny', question: 'deny', 'account of A': 'deny', 'own account': 'deny', 'case study of A': 'deny' },
  read:   { "admin's lock": 'deny', "staff's lock": 'deny' },
  update: { "admin's lock": 'deny', "staff's lock": 'deny' },
  delete: { "admin's lock": 'deny', "staff's lock": 'deny' },
} as const
// biome-ignore format: the expectations are a table, aligned to be read
const LOCKS = {
  anonymous:        DENY_ALL_LOCKS,
  'service-admin': {
    create: { 'hub-options': 'allow', question: 'allow', 'account of A': 'allow', 'own account': 'allow', 'case study of A': 'deny' },
    read:   { "admin's lock": 'allow', "staff's lock": 'allow' },
    update: { "admin's lock": 'allow', "staff's lock": 'allow' },
    delete: { "admin's lock": 'allow', "staff's lock": 'allow' },
  },
  'service-staff': {
    create: { 'hub-options': 'deny', question: 'deny', 'account of A': 'deny', 'own account': 'allow', 'case study of A': 'deny' },
    read:   { "admin's lock": 'deny', "staff's lock": 'allow' },
    update: { "admin's lock": 'deny', "staff's lock": 'allow' },
    delete: { "admin's lock": 'deny', "staff's lock": 'allow' },
  },
  'setting-lead':   DENY_ALL_LOCKS,
  'setting-staff':  DENY_ALL_LOCKS,
  'orphaned-lead':  DENY_ALL_LOCKS,
  'orphaned-staff': DENY_ALL_LOCKS,
} as const satisfies Record<Actor, { create: Record<LockTarget, Verdict>; read: Record<HeldLock, Verdict>; update: Record<HeldLock, Verdict>; delete: Record<HeldLock, Verdict> }>

const LOCKS_SLUG = 'payload-locked-documents' as CollectionSlug

const LOCK_CASES = APIS.flatMap((api) =>
  ACTORS.flatMap((actor) => [
    ...LOCK_TARGETS.map((target) => ({
      api,
      actor,
      op: 'create' as const,
      target: target as LockTarget | HeldLock,
      expected: LOCKS[actor].create[target] as Verdict,
    })),
    ...(['read', 'update', 'delete'] as const).flatMap((op) =>
      HELD_LOCKS.map((target) => ({ api, actor, op, target: target as LockTarget | HeldLock, expected: LOCKS[actor][op][target] as Verdict })),
    ),
  ]).map((c) => ({ ...c, name: `${c.api} · ${c.actor} · ${LOCKS_SLUG} · ${c.op} · ${c.target} → ${c.expected}` })),
)

/** What a lock on `target` says, for `caller` (the lock names its holder). */
function lockData(target: LockTarget, caller: Caller): Record<string, unknown> {
  const holder = caller.user ? { relationTo: 'users', value: caller.user.id } : { relationTo: 'users', value: world.users['service-admin'].id }
  if (target === 'hub-options') return { globalSlug: 'hub-options', user: holder }
  const document =
    target === 'question'
      ? { relationTo: 'questions', value: fx.question.id }
      : target === 'account of A'
        ? { relationTo: 'users', value: fx.memberA.id }
        : target === 'own account'
          ? { relationTo: 'users', value: caller.user?.id ?? fx.memberA.id }
          : { relationTo: 'case-studies', value: fx.caseStudyA.id }
  return { document, user: holder }
}

async function heldLock(target: HeldLock): Promise<number> {
  const holder = target === "admin's lock" ? world.users['service-admin'] : world.users['service-staff']
  const document = target === "admin's lock" ? { relationTo: 'questions', value: fx.question.id } : { relationTo: 'users', value: holder.id }
  const lock = await payload.create({
    collection: LOCKS_SLUG,
    data: { document, user: { relationTo: 'users', value: holder.id } } as never,
    overrideAccess: true,
    depth: 0,
  })
  return lock.id as number
}

async function clearLocks(): Promise<void> {
  await payload.delete({ collection: LOCKS_SLUG, where: { id: { exists: true } }, overrideAccess: true })
}

describe('document locks are the service’s alone', () => {
  it.each(LOCK_CASES)('$name', async ({ name, api, actor, op, target, expected }) => {
    await clearLocks()
    try {
      const client = accessClient(payload, api)
      const caller = await callerFor(api, actor)
      let got: string
      if (op === 'create') {
        const out = await client.create(LOCKS_SLUG, lockData(target as LockTarget, caller), caller)
        const { totalDocs } = await payload.count({ collection: LOCKS_SLUG, overrideAccess: true })
        got = out.status === 201 && totalDocs === 1 ? 'allow' : out.status === 403 && totalDocs === 0 ? 'deny' : show(out, `, ${totalDocs} locks stored`)
      } else {
        const id = await heldLock(target as HeldLock)
        const before = (await stored(LOCKS_SLUG, id))?.updatedAt
        if (op === 'read') {
          const out = await client.read(LOCKS_SLUG, id, caller)
          got = isOk(out.status) && out.doc?.id === id ? 'allow' : isRefusal(out.status) ? 'deny' : show(out)
        } else if (op === 'update') {
          await new Promise((r) => setTimeout(r, 5))
          const out = await client.update(LOCKS_SLUG, id, {}, caller)
          const after = (await stored(LOCKS_SLUG, id))?.updatedAt
          got = out.status === 200 && after !== before ? 'allow' : isRefusal(out.status) && after === before ? 'deny' : show(out)
        } else {
          const out = await client.remove(LOCKS_SLUG, id, caller)
          const still = await stored(LOCKS_SLUG, id)
          got = isOk(out.status) && !still ? 'allow' : isRefusal(out.status) && still ? 'deny' : show(out)
        }
      }
      expect(got, name).toBe(expected)
    } finally {
      await clearLocks()
    }
  })

  it.each(ACTORS)('GraphQL · %s · payload-locked-documents · list → only the locks the actor may see', async (actor) => {
    await clearLocks()
    try {
      const admins = await heldLock("admin's lock")
      const staffs = await heldLock("staff's lock")
      const caller = await callerFor('REST', actor)
      const res = await graphql('query { PayloadLockedDocuments(limit: 50) { docs { id } } }', { token: caller.token })
      const ids = ((res.body?.data?.PayloadLockedDocuments?.docs ?? []) as { id: number }[]).map((d) => d.id).sort()
      const want = (HELD_LOCKS.filter((t) => LOCKS[actor].read[t] === 'allow').map((t) => (t === "admin's lock" ? admins : staffs)) as number[]).sort()
      expect(ids, JSON.stringify(res.body).slice(0, 300)).toEqual(want)
    } finally {
      await clearLocks()
    }
  })
})

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// Bad input: refused with 403 (or, for a field a user may not set, silently dropped) and nothing changes
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

describe.each(APIS)("%s · an account's invitation fields are the system's", (api) => {
  // Written only by src/accounts/invitations.ts and the sign-in hook: every API caller's write leaves them as they were,
  // and the token's hash is never read back by anyone.
  const INVITATION_FIELDS = {
    invitationTokenHash: 'f'.repeat(64),
    invitedAt: '2020-01-01T00:00:00.000Z',
    invitedBy: null,
    invitationExpiresAt: '2099-01-01T00:00:00.000Z',
    invitationAcceptedAt: '2020-01-02T00:00:00.000Z',
    lastSignInAt: '2020-01-03T00:00:00.000Z',
  }
  const storedInvitation = async (id: number) => {
    const doc = (await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, showHiddenFields: true })) as unknown as Record<
      string,
      unknown
    >
    return Object.fromEntries(Object.keys(INVITATION_FIELDS).map((k) => [k, doc[k] ?? null]))
  }

  it.each([
    ['service-admin', 'own'],
    ['setting-lead', 'own'],
    ['setting-staff', 'self'],
  ] as const)(`${api} · %s · users · update invitation fields (%s) → unchanged, hash never read`, async (actor, scope) => {
    const caller = scope === 'self' ? await freshActor(api, actor) : await callerFor(api, actor)
    const target = scope === 'self' ? (caller.user as User) : fx.memberA
    try {
      const before = await storedInvitation(target.id)
      const out = await accessClient(payload, api).update('users', target.id, INVITATION_FIELDS, caller)
      expect([200, 403]).toContain(out.status)
      expect(await storedInvitation(target.id)).toEqual(before)
      const read = await accessClient(payload, api).read('users', target.id, caller)
      expect(read.status).toBe(200)
      expect(read.doc).not.toHaveProperty('invitationTokenHash')
    } finally {
      if (scope === 'self') await removeQuietly('users', target.id)
    }
  })
})

describe.each(APIS)('%s · bad input changes nothing', (api) => {
  const newAccount = (extra: Record<string, unknown>) => {
    const email = `bad-input-${unique()}@test.example.org`
    return { email, data: { name: 'Bad input account', email, ...extra } }
  }
  const accountsWithEmail = async (email: string) => {
    const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true })
    for (const doc of found.docs) await removeQuietly('users', doc.id)
    return found.totalDocs
  }

  it(`${api} · setting-lead · users · create in another setting → 403, nothing created`, async () => {
    const { email, data } = newAccount({ role: 'setting-staff', setting: world.settingB.id })
    const out = await accessClient(payload, api).create('users', data, await callerFor(api, 'setting-lead'))
    expect(out.status).toBe(403)
    expect(await accountsWithEmail(email)).toBe(0)
  })

  it(`${api} · setting-lead · users · create a service-admin in own setting → 403, nothing created`, async () => {
    const { email, data } = newAccount({ role: 'service-admin', setting: world.settingA.id })
    const out = await accessClient(payload, api).create('users', data, await callerFor(api, 'setting-lead'))
    expect(out.status).toBe(403)
    expect(await accountsWithEmail(email)).toBe(0)
  })

  it(`${api} · setting-lead · users · create a service-admin with no setting → 403, nothing created`, async () => {
    const { email, data } = newAccount({ role: 'service-admin' })
    const out = await accessClient(payload, api).create('users', data, await callerFor(api, 'setting-lead'))
    expect(out.status).toBe(403)
    expect(await accountsWithEmail(email)).toBe(0)
  })

  it(`${api} · setting-lead · users · update own staff with setting: other → 403, setting unchanged`, async () => {
    const staff = await createUser(payload, {
      email: `bad-move-${unique()}@test.example.org`,
      name: 'Staff to move',
      role: 'setting-staff',
      setting: world.settingA.id,
    })
    try {
      const out = await accessClient(payload, api).update('users', staff.id, { setting: world.settingB.id }, await callerFor(api, 'setting-lead'))
      expect(out.status).toBe(403)
      expect((await stored('users', staff.id))?.setting).toBe(world.settingA.id)
    } finally {
      await removeQuietly('users', staff.id)
    }
  })

  it(`${api} · setting-lead · users · update own staff with role: service-admin → 403, role unchanged`, async () => {
    const staff = await createUser(payload, {
      email: `bad-role-${unique()}@test.example.org`,
      name: 'Staff to promote',
      role: 'setting-staff',
      setting: world.settingA.id,
    })
    try {
      const out = await accessClient(payload, api).update('users', staff.id, { role: 'service-admin' }, await callerFor(api, 'setting-lead'))
      expect(out.status).toBe(403)
      expect((await stored('users', staff.id))?.role).toBe('setting-staff')
    } finally {
      await removeQuietly('users', staff.id)
    }
  })

  it(`${api} · setting-staff · users · update self with role: service-admin → role unchanged (403 or ignored)`, async () => {
    const self = await freshActor(api, 'setting-staff')
    try {
      const out = await accessClient(payload, api).update('users', self.user.id, { role: 'service-admin' }, self)
      expect([200, 403]).toContain(out.status)
      if (out.status === 200) expect(out.doc?.role).toBe('setting-staff')
      expect((await stored('users', self.user.id))?.role).toBe('setting-staff')
    } finally {
      await removeQuietly('users', self.user.id)
    }
  })

  it.each(['setting-lead', 'service-staff'] as const)(
    `${api} · %s · users · update self with role: service-admin → role unchanged (403 or ignored)`,
    async (role) => {
      const self = await freshActor(api, role)
      try {
        const out = await accessClient(payload, api).update('users', self.user.id, { role: 'service-admin' }, self)
        expect([200, 403]).toContain(out.status)
        if (out.status === 200) expect(out.doc?.role).toBe(role)
        expect((await stored('users', self.user.id))?.role).toBe(role)
      } finally {
        await removeQuietly('users', self.user.id)
      }
    },
  )

  it(`${api} · setting-staff · users · update self with setting: other → 403, setting unchanged`, async () => {
    const self = await freshActor(api, 'setting-staff')
    try {
      const out = await accessClient(payload, api).update('users', self.user.id, { setting: world.settingB.id }, self)
      expect(out.status).toBe(403)
      expect((await stored('users', self.user.id))?.setting).toBe(world.settingA.id)
    } finally {
      await removeQuietly('users', self.user.id)
    }
  })

  const actionsTitled = async (title: string) => {
    const found = await payload.find({ collection: 'actions', where: { title: { equals: title } }, depth: 0, overrideAccess: true })
    for (const doc of found.docs) await removeQuietly('actions', doc.id)
    return found.totalDocs
  }

  it(`${api} · setting-lead · actions · create in another setting → 403, nothing created`, async () => {
    const title = `Bad action ${unique()}`
    const out = await accessClient(payload, api).create('actions', { title, setting: world.settingB.id }, await callerFor(api, 'setting-lead'))
    expect(out.status).toBe(403)
    expect(await actionsTitled(title)).toBe(0)
  })

  it(`${api} · setting-lead · actions · create in own setting linked to another setting's assessment → 403, nothing created`, async () => {
    const title = `Bad link ${unique()}`
    const data = { title, setting: world.settingA.id, assessment: fx.assessmentB.id }
    const out = await accessClient(payload, api).create('actions', data, await callerFor(api, 'setting-lead'))
    expect(out.status).toBe(403)
    expect(await actionsTitled(title)).toBe(0)
  })

  it(`${api} · setting-lead · actions · update own action with setting: other → 403, setting unchanged`, async () => {
    const action = await createAction(world.settingA.id, { assessment: fx.assessmentA.id })
    try {
      const out = await accessClient(payload, api).update('actions', action.id, { setting: world.settingB.id }, await callerFor(api, 'setting-lead'))
      expect(out.status).toBe(403)
      expect((await stored('actions', action.id))?.setting).toBe(world.settingA.id)
    } finally {
      await removeQuietly('actions', action.id)
    }
  })

  it(`${api} · setting-lead · actions · update own action to link another setting's assessment → 403, link unchanged`, async () => {
    const action = await createAction(world.settingA.id, { assessment: fx.assessmentA.id })
    try {
      const out = await accessClient(payload, api).update('actions', action.id, { assessment: fx.assessmentB.id }, await callerFor(api, 'setting-lead'))
      expect(out.status).toBe(403)
      expect((await stored('actions', action.id))?.assessment).toBe(fx.assessmentA.id)
    } finally {
      await removeQuietly('actions', action.id)
    }
  })

  it(`${api} · setting-lead · assessments · create for another setting → 403, nothing created`, async () => {
    await clearDrafts(world.settingB.id)
    const out = await accessClient(payload, api).create('assessments', { setting: world.settingB.id }, await callerFor(api, 'setting-lead'))
    expect(out.status).toBe(403)
    const drafts = await payload.find({
      collection: 'assessments',
      where: { and: [{ setting: { equals: world.settingB.id } }, { status: { equals: 'draft' } }] },
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of drafts.docs) await removeQuietly('assessments', doc.id)
    expect(drafts.totalDocs).toBe(0)
  })

  it(`${api} · setting-lead · assessments · list filtered on internalNote → never finds an assessment by its note`, async () => {
    const where: Where = { internalNote: { equals: fx.assessmentA.internalNote } }
    const caller = await callerFor(api, 'setting-lead')
    const out =
      api === 'Local'
        ? await payload
            .find({ collection: 'assessments', where, depth: 0, overrideAccess: false, user: { ...caller.user!, collection: 'users' } })
            .then((r) => ({ status: 200, docs: r.docs as unknown[] }))
            .catch((error: { status?: number }) => ({ status: error.status ?? 500, docs: [] as unknown[] }))
        : await rest('GET', `/api/assessments?depth=0&where[internalNote][equals]=${encodeURIComponent(fx.assessmentA.internalNote!)}`, {
            token: caller.token,
          }).then((res) => ({ status: res.status, docs: (res.body?.docs ?? []) as unknown[] }))
    expect(out.status).not.toBe(500)
    expect(out.docs).toEqual([])
  })

  it(`${api} · setting-lead · media · update own image with setting: other → refused, setting unchanged`, async () => {
    const image = await createMedia(world.settingA.id)
    try {
      const out = await accessClient(payload, api).update('media', image.id, { setting: world.settingB.id }, await callerFor(api, 'setting-lead'))
      expect(out.status).toBe(403)
      expect((await stored('media', image.id))?.setting).toBe(world.settingA.id)
    } finally {
      await removeQuietly('media', image.id)
    }
  })
})

// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────
// Case studies: updates by moderation state, system-only fields, the moderation workflow, images, stored script
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────

async function workflowCaller(api: Api, actor: WorkflowActor): Promise<Caller> {
  if (actor !== 'setting-lead-b') return callerFor(api, actor)
  const user = world.users['setting-lead-b']
  return api === 'REST' ? { user, token: await tokenFor(payload, world, 'setting-lead-b') } : { user }
}

/** One step of the workflow as `caller`: the function of src/scrapbook/moderation.ts (Local) or its endpoint (REST). */
async function workflow(api: Api, action: WorkflowAction, id: number, body: Record<string, unknown>, caller: Caller): Promise<Outcome> {
  if (api === 'REST') {
    const res = await rest('POST', `/api/case-studies/${id}/${action}`, { token: caller.token, json: body })
    const ok = isOk(res.status)
    return { status: res.status, doc: ok ? res.body?.doc : null, message: ok ? undefined : JSON.stringify(res.body) }
  }
  const req = await createLocalReq(caller.user ? { user: { ...caller.user, collection: 'users' } as never } : {}, payload)
  try {
    const doc =
      action === 'share'
        ? await shareCaseStudy(req, id, { confirmNoPupilInfo: body.confirmNoPupilInfo })
        : action === 'withdraw'
          ? await withdrawCaseStudy(req, id)
          : await decideCaseStudy(req, id, { decision: body.decision, feedback: body.feedback })
    return { status: 200, doc }
  } catch (error) {
    const status = (error as { status?: unknown }).status
    return { status: typeof status === 'number' ? status : 500, doc: null, message: (error as Error).message }
  }
}

/** Everything of a case study the workflow and the text fields touch. */
function caseStudyState(doc: Record<string, unknown> | null) {
  if (!doc) return null
  const { title, summary, body, status, sharedAt, pupilConfirmation, feedback, decisions, published, setting, author } = doc
  return { title, summary, body, status, sharedAt, pupilConfirmation, feedback, decisions, published, setting, author }
}
const textOf = (doc: Record<string, unknown> | null) => JSON.stringify({ title: doc?.title, summary: doc?.summary, body: doc?.body })
const publishedOf = (doc: Record<string, unknown> | null) => (doc?.published ?? {}) as NonNullable<CaseStudy['published']>

describe('case studies: who may edit in each moderation state', () => {
  const cases = APIS.flatMap((api) =>
    (Object.keys(CASE_STUDY_UPDATE_BY_STATUS) as CaseStudyStatus[]).flatMap((status) =>
      ACTORS.map((actor) => {
        const expected: Verdict = CASE_STUDY_UPDATE_BY_STATUS[status][actor]
        return { name: `${api} · ${actor} · case-studies · update · ${status} (own) → ${expected}`, api, status, actor, expected }
      }),
    ),
  )
  it.each(cases)('$name', async ({ name, api, status, actor, expected }) => {
    const target = await createCaseStudy(world.settingA.id, status)
    try {
      const before = await stored('case-studies', target.id)
      const title = `Edited in ${status} ${unique()}`
      const out = await accessClient(payload, api).update('case-studies', target.id, { title }, await callerFor(api, actor))
      const after = await stored('case-studies', target.id)
      // Whoever edits, the approved copy the public sees never changes with an edit.
      expect(JSON.stringify(publishedOf(after)), name).toBe(JSON.stringify(publishedOf(before)))
      const got =
        out.status === 200 && after?.title === title
          ? 'allow'
          : isRefusal(out.status) && JSON.stringify(caseStudyState(after)) === JSON.stringify(caseStudyState(before))
            ? 'deny'
            : show(out, `, title stored ${JSON.stringify(before?.title)} → ${JSON.stringify(after?.title)}`)
      expect(got, name).toBe(expected)
      // An edit of a published case study goes back to the queue; otherwise the state stays.
      if (got === 'allow') expect(after?.status, name).toBe(status === 'published' ? 'pending' : status)
    } finally {
      await removeQuietly('case-studies', target.id)
    }
  })
})

describe.each(APIS)('%s · case studies: status and the published copy are system-only', (api) => {
  const forged = () => ({
    status: 'published',
    sharedAt: '2020-01-01T00:00:00.000Z',
    feedback: 'Forged feedback',
    pupilConfirmation: { confirmedBy: world.users['setting-lead'].id, confirmedAt: '2020-01-01T00:00:00.000Z' },
    decisions: [{ decision: 'approved', decidedBy: world.users['service-admin'].id, decidedAt: '2020-01-01T00:00:00.000Z' }],
    published: { live: true, title: 'Forged public title', summary: 'Forged', publishedAt: '2020-01-01T00:00:00.000Z' },
  })

  it.each(['setting-lead', 'setting-staff'] as const)(
    `${api} · %s · case-studies · update own with status and published → ignored, stored unchanged`,
    async (actor) => {
      const target = await createCaseStudy(world.settingA.id)
      try {
        const before = caseStudyState(await stored('case-studies', target.id))
        const title = `Edited with forged fields ${unique()}`
        const out = await accessClient(payload, api).update('case-studies', target.id, { title, ...forged() }, await callerFor(api, actor))
        expect(out.status, show(out)).toBe(200)
        const after = caseStudyState(await stored('case-studies', target.id))
        expect(after?.title).toBe(title)
        expect({ ...after, title: undefined }).toEqual({ ...before, title: undefined })
        expect(after?.status).toBe('private')
        expect((after?.published as CaseStudy['published'])?.live).not.toBe(true)
      } finally {
        await removeQuietly('case-studies', target.id)
      }
    },
  )

  it(`${api} · setting-lead · case-studies · update own published with only status: private and published.live: false → ignored, still live`, async () => {
    const target = await createCaseStudy(world.settingA.id, 'published')
    try {
      const before = caseStudyState(await stored('case-studies', target.id))
      const out = await accessClient(payload, api).update(
        'case-studies',
        target.id,
        { status: 'private', published: { live: false, title: 'Hidden' } },
        await callerFor(api, 'setting-lead'),
      )
      expect(out.status, show(out)).toBe(200)
      const after = caseStudyState(await stored('case-studies', target.id))
      expect({ ...after, updatedAt: undefined }).toEqual({ ...before, updatedAt: undefined })
      expect(publishedOf(after).live).toBe(true)
    } finally {
      await removeQuietly('case-studies', target.id)
    }
  })

  it.each(['setting-lead', 'setting-staff'] as const)(
    `${api} · %s · case-studies · create with status and published → created private, not live`,
    async (actor) => {
      const text = caseStudyText('Forged create')
      const out = await accessClient(payload, api).create('case-studies', { ...text, principles: [fx.principle.id], ...forged() }, await callerFor(api, actor))
      const found = await payload.find({ collection: 'case-studies', where: { title: { equals: text.title } }, depth: 0, overrideAccess: true })
      try {
        expect(out.status, show(out)).toBe(201)
        expect(found.totalDocs).toBe(1)
        const doc = found.docs[0]
        expect(doc.setting).toBe(world.settingA.id)
        expect(doc.author).toBe(world.users[actor].id)
        expect(doc.status).toBe('private')
        expect(doc.sharedAt ?? null).toBeNull()
        expect(doc.feedback ?? null).toBeNull()
        expect(doc.decisions ?? []).toEqual([])
        expect(doc.pupilConfirmation?.confirmedBy ?? null).toBeNull()
        expect(doc.published?.live).not.toBe(true)
        expect(doc.published?.title ?? null).toBeNull()
      } finally {
        for (const doc of found.docs) await removeQuietly('case-studies', doc.id)
      }
    },
  )
})

describe('case studies: the moderation workflow', () => {
  const cases = APIS.flatMap((api) =>
    WORKFLOW.map((row) => ({
      ...row,
      api,
      name: `${api} · ${row.actor} · case-studies · ${row.action}${row.note ? ` (${row.note})` : ''} · ${row.from} → ${row.expect.status}, ${row.expect.stored}`,
    })),
  )
  it.each(cases)('$name', async ({ name, api, action, actor, from, body, expect: want }) => {
    const target = await createCaseStudy(world.settingA.id, from)
    try {
      const caller = await workflowCaller(api, actor)
      const before = await stored('case-studies', target.id)
      const startedAt = Date.now() - 1000
      const out = await workflow(api, action, target.id, body, caller)
      const after = await stored('case-studies', target.id)
      expect(out.status, `${name}: ${show(out)}`).toBe(want.status)
      // Nobody's workflow step ever changes the setting's text.
      expect(textOf(after), name).toBe(textOf(before))
      if (want.stored === 'unchanged') {
        expect(caseStudyState(after), name).toEqual(caseStudyState(before))
        return
      }
      expect(after?.status, name).toBe(want.stored)
      const published = publishedOf(after)
      if (action === 'share') {
        const confirmation = after?.pupilConfirmation as CaseStudy['pupilConfirmation']
        expect(confirmation?.confirmedBy, name).toBe(caller.user!.id)
        expect(Date.parse(confirmation?.confirmedAt ?? ''), name).toBeGreaterThanOrEqual(startedAt)
        expect(Date.parse((after?.sharedAt as string) ?? ''), name).toBeGreaterThanOrEqual(startedAt)
        expect(JSON.stringify(published), name).toBe(JSON.stringify(publishedOf(before)))
      } else if (action === 'withdraw') {
        expect(published.live, name).toBe(false)
      } else {
        const decisions = (after?.decisions ?? []) as NonNullable<CaseStudy['decisions']>
        const last = decisions.at(-1)
        expect(decisions.length, name).toBe(((before?.decisions as unknown[] | undefined) ?? []).length + 1)
        expect({ decision: last?.decision, decidedBy: last?.decidedBy }, name).toEqual({ decision: body.decision, decidedBy: caller.user!.id })
        if (body.decision === 'approved') {
          expect(published.live, name).toBe(true)
          expect({ title: published.title, summary: published.summary, body: published.body }, name).toEqual({
            title: after?.title,
            summary: after?.summary,
            body: after?.body,
          })
          expect(published.title, name).toBe(target.title)
        } else {
          expect(after?.feedback, name).toBe(body.feedback)
          expect(last?.feedback, name).toBe(body.feedback)
          expect(JSON.stringify(published), name).toBe(JSON.stringify(publishedOf(before)))
          expect(published.live, name).not.toBe(true)
        }
      }
    } finally {
      await removeQuietly('case-studies', target.id)
    }
  })
})

describe('case studies: an attached image is public only while the case study is published', () => {
  const actors = Object.keys(CASE_STUDY_IMAGE.private) as Array<keyof (typeof CASE_STUDY_IMAGE)['private']>
  it(`REST · GET /api/media/file/<name> of setting A's case-study image through its life (${CASE_STUDY_IMAGE_STEPS.join(' → ')})`, async () => {
    const image = await createMedia(world.settingA.id, `Case study image ${unique()}`)
    const study = await createCaseStudy(world.settingA.id, 'private', { images: [image.id] })
    const lead = await workflowCaller('REST', 'setting-lead')
    const moderator = await workflowCaller('REST', 'service-admin')
    const got: Record<string, string> = {}
    const want: Record<string, string> = {}
    const look = async (step: ImageStep) => {
      for (const actor of actors) {
        const caller = await workflowCaller('REST', actor)
        const res = await rest('GET', `/api/media/file/${encodeURIComponent(image.filename!)}`, { token: caller.token })
        got[`${step} · ${actor}`] = res.status === 200 ? 'allow' : isRefusal(res.status) ? 'deny' : `unexpected: status ${res.status}`
        want[`${step} · ${actor}`] = CASE_STUDY_IMAGE[step][actor]
      }
    }
    try {
      await look('private')
      expect((await workflow('REST', 'share', study.id, CONFIRMED, lead)).status).toBe(200)
      await look('pending')
      expect((await workflow('REST', 'decide', study.id, { decision: 'approved' }, moderator)).status).toBe(200)
      expect(publishedOf(await stored('case-studies', study.id)).images).toEqual([image.id])
      await look('published')
      expect((await workflow('REST', 'withdraw', study.id, {}, lead)).status).toBe(200)
      await look('withdrawn')
      expect(got).toEqual(want)
    } finally {
      await removeQuietly('case-studies', study.id)
      await removeQuietly('media', image.id)
    }
  })

  it.each(APIS)(`%s · setting-lead of B · media · read A's image attached to A's private case study → deny`, async (api) => {
    const image = await createMedia(world.settingA.id, `Private case study image ${unique()}`)
    const study = await createCaseStudy(world.settingA.id, 'pending', { images: [image.id] })
    try {
      const out = await accessClient(payload, api).read('media', image.id, await workflowCaller(api, 'setting-lead-b'))
      expect(isRefusal(out.status), show(out)).toBe(true)
    } finally {
      await removeQuietly('case-studies', study.id)
      await removeQuietly('media', image.id)
    }
  })
})

describe('case studies: stored script never reaches the public page', () => {
  it('a body with a <script> text and an onerror key is stored as data and /community/<id> renders neither; a javascript: link is refused (422)', async () => {
    const title = `Script case study ${unique()}`
    const body = {
      root: {
        type: 'root',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          {
            type: 'paragraph',
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 1,
            textFormat: 0,
            textStyle: '',
            onerror: 'alert(1)',
            children: [
              { type: 'text', text: '<script>alert(1)</script>', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
              {
                type: 'link',
                id: 'link-1',
                direction: 'ltr',
                format: '',
                indent: 0,
                version: 3,
                fields: { linkType: 'custom', url: 'https://www.example.org/wellbeing', newTab: false },
                children: [{ type: 'text', text: 'Click me', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
              },
            ],
          },
        ],
      },
    }
    const lead = await workflowCaller('REST', 'setting-lead')
    const withScriptLink = JSON.parse(JSON.stringify(body).replace('https://www.example.org/wellbeing', 'javascript:alert(1)'))
    const refused = await accessClient(payload, 'REST').create(
      'case-studies',
      { title, summary: 'Script summary', body: withScriptLink, principles: [fx.principle.id] },
      lead,
    )
    expect(refused.status, show(refused)).toBe(422)
    expect(refused.message).toContain('javascript:alert(1)')
    const created = await accessClient(payload, 'REST').create('case-studies', { title, summary: 'Script summary', body, principles: [fx.principle.id] }, lead)
    expect(created.status, show(created)).toBe(201)
    const id = created.doc.id as number
    try {
      const storedBody = JSON.stringify((await stored('case-studies', id))?.body)
      expect(storedBody).toContain('<script>alert(1)</script>')
      expect(storedBody).toContain('"onerror"')
      expect((await workflow('REST', 'share', id, CONFIRMED, lead)).status).toBe(200)
      expect((await workflow('REST', 'decide', id, { decision: 'approved' }, await workflowCaller('REST', 'service-admin'))).status).toBe(200)
      const res = await fetch(`${hubURL()}/community/${id}`, { redirect: 'manual' })
      const html = await res.text()
      expect(res.status).toBe(200)
      expect(html).toContain('Click me')
      expect(html).toContain(title)
      expect(html).not.toContain('<script>alert')
      expect(html).not.toContain('javascript:')
      expect(html).not.toContain('onerror=')
    } finally {
      await removeQuietly('case-studies', id)
    }
  })
})

describe.each(APIS)("%s · case studies never attach another setting's image", (api) => {
  it(`${api} · setting-lead · case-studies · create with an image of setting B → refused, nothing created`, async () => {
    const text = caseStudyText('Borrowed image')
    const out = await accessClient(payload, api).create(
      'case-studies',
      { ...text, principles: [fx.principle.id], images: [fx.mediaB.id] },
      await callerFor(api, 'setting-lead'),
    )
    const found = await payload.find({ collection: 'case-studies', where: { title: { equals: text.title } }, depth: 0, overrideAccess: true })
    for (const doc of found.docs) await removeQuietly('case-studies', doc.id)
    expect(out.status, show(out)).toBe(403)
    expect(found.totalDocs).toBe(0)
  })

  it(`${api} · setting-lead · case-studies · update own with an image of setting B → refused, images unchanged`, async () => {
    const target = await createCaseStudy(world.settingA.id, 'private', { images: [fx.mediaA.id] })
    try {
      const out = await accessClient(payload, api).update(
        'case-studies',
        target.id,
        { images: [fx.mediaA.id, fx.mediaB.id] },
        await callerFor(api, 'setting-lead'),
      )
      expect(out.status, show(out)).toBe(403)
      expect((await stored('case-studies', target.id))?.images).toEqual([fx.mediaA.id])
    } finally {
      await removeQuietly('case-studies', target.id)
    }
  })
})
