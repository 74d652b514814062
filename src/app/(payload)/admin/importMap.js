import { EraseSettingData as EraseSettingData_57f26b5be2c2bb3e147bc2e69ec1d7c5 } from '../../../admin/EraseSettingData'
import { InviteUserLink as InviteUserLink_6af48ed48a588904550c48cc7481c099 } from '../../../admin/InviteUserView'
import { PrincipleCell as PrincipleCell_f4e7721989ec3335c6f3cb8516266e94 } from '../../../admin/PrincipleCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AssessmentReportLink as AssessmentReportLink_fd3ca1fedacf030885a5c24c18d0a292 } from '../../../admin/AssessmentReportLink'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RegisterLink as RegisterLink_3c0266868bf8f224a4c9d78b4d0efd08 } from '../../../admin/RegisterLink'
import { AwardRecomputeNotice as AwardRecomputeNotice_ba5bdd0edbbe4688e914c87d7d19dfe4 } from '../../../admin/AwardRecomputeNotice'
import { JoinRequestDecision as JoinRequestDecision_6f7318573221bfe94acc79f75c9fa1df } from '../../../admin/JoinRequestDecision'
import { ModerationNavLink as ModerationNavLink_e7628f18fd739a0ac9a0a7c0ea31b99f } from '../../../admin/ModerationNavLink'
import { RegistersNavLink as RegistersNavLink_74acce7c478e71ab2570ff716c7e4d98 } from '../../../admin/RegistersView'
import { AwardsOverviewNavLink as AwardsOverviewNavLink_b7d6f33ebf134aa2f205d4e21a48361e } from '../../../admin/AwardsOverviewView'
import { JoinRequestsNavLink as JoinRequestsNavLink_66f3965f71ddf7182996ebc4d683d941 } from '../../../admin/JoinRequestsNavLink'
import { CountyOverviewNavLink as CountyOverviewNavLink_1f0e3c838d519bf5f1682b23953ca636 } from '../../../admin/CountyOverviewView'
import { CountyOverviewDashboardSummary as CountyOverviewDashboardSummary_1f0e3c838d519bf5f1682b23953ca636 } from '../../../admin/CountyOverviewView'
import { ModerationDashboardNotice as ModerationDashboardNotice_e7628f18fd739a0ac9a0a7c0ea31b99f } from '../../../admin/ModerationNavLink'
import { JoinRequestsDashboardNotice as JoinRequestsDashboardNotice_66f3965f71ddf7182996ebc4d683d941 } from '../../../admin/JoinRequestsNavLink'
import { ModerationView as ModerationView_6047617037258401be7b37493234395e } from '../../../admin/ModerationView'
import { RegisterSheet as RegisterSheet_e7821755f34b12c61227a924e3165ff9 } from '../../../admin/RegisterView'
import { RegisterView as RegisterView_e7821755f34b12c61227a924e3165ff9 } from '../../../admin/RegisterView'
import { RegistersView as RegistersView_74acce7c478e71ab2570ff716c7e4d98 } from '../../../admin/RegistersView'
import { InviteUserView as InviteUserView_6af48ed48a588904550c48cc7481c099 } from '../../../admin/InviteUserView'
import { AwardsOverviewView as AwardsOverviewView_b7d6f33ebf134aa2f205d4e21a48361e } from '../../../admin/AwardsOverviewView'
import { CountyOverviewView as CountyOverviewView_1f0e3c838d519bf5f1682b23953ca636 } from '../../../admin/CountyOverviewView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/EraseSettingData#EraseSettingData": EraseSettingData_57f26b5be2c2bb3e147bc2e69ec1d7c5,
  "/admin/InviteUserView#InviteUserLink": InviteUserLink_6af48ed48a588904550c48cc7481c099,
  "/admin/PrincipleCell#PrincipleCell": PrincipleCell_f4e7721989ec3335c6f3cb8516266e94,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/AssessmentReportLink#AssessmentReportLink": AssessmentReportLink_fd3ca1fedacf030885a5c24c18d0a292,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/RegisterLink#RegisterLink": RegisterLink_3c0266868bf8f224a4c9d78b4d0efd08,
  "/admin/AwardRecomputeNotice#AwardRecomputeNotice": AwardRecomputeNotice_ba5bdd0edbbe4688e914c87d7d19dfe4,
  "/admin/JoinRequestDecision#JoinRequestDecision": JoinRequestDecision_6f7318573221bfe94acc79f75c9fa1df,
  "/admin/ModerationNavLink#ModerationNavLink": ModerationNavLink_e7628f18fd739a0ac9a0a7c0ea31b99f,
  "/admin/RegistersView#RegistersNavLink": RegistersNavLink_74acce7c478e71ab2570ff716c7e4d98,
  "/admin/AwardsOverviewView#AwardsOverviewNavLink": AwardsOverviewNavLink_b7d6f33ebf134aa2f205d4e21a48361e,
  "/admin/JoinRequestsNavLink#JoinRequestsNavLink": JoinRequestsNavLink_66f3965f71ddf7182996ebc4d683d941,
  "/admin/CountyOverviewView#CountyOverviewNavLink": CountyOverviewNavLink_1f0e3c838d519bf5f1682b23953ca636,
  "/admin/CountyOverviewView#CountyOverviewDashboardSummary": CountyOverviewDashboardSummary_1f0e3c838d519bf5f1682b23953ca636,
  "/admin/ModerationNavLink#ModerationDashboardNotice": ModerationDashboardNotice_e7628f18fd739a0ac9a0a7c0ea31b99f,
  "/admin/JoinRequestsNavLink#JoinRequestsDashboardNotice": JoinRequestsDashboardNotice_66f3965f71ddf7182996ebc4d683d941,
  "/admin/ModerationView#ModerationView": ModerationView_6047617037258401be7b37493234395e,
  "/admin/RegisterView#RegisterSheet": RegisterSheet_e7821755f34b12c61227a924e3165ff9,
  "/admin/RegisterView#RegisterView": RegisterView_e7821755f34b12c61227a924e3165ff9,
  "/admin/RegistersView#RegistersView": RegistersView_74acce7c478e71ab2570ff716c7e4d98,
  "/admin/InviteUserView#InviteUserView": InviteUserView_6af48ed48a588904550c48cc7481c099,
  "/admin/AwardsOverviewView#AwardsOverviewView": AwardsOverviewView_b7d6f33ebf134aa2f205d4e21a48361e,
  "/admin/CountyOverviewView#CountyOverviewView": CountyOverviewView_1f0e3c838d519bf5f1682b23953ca636,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
