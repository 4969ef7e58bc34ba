import type { RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    title: string
    /** Shown in the side navigation, in this order. */
    nav?: boolean
    /** The navigation entry a sub-screen belongs to (highlighted while it is open). */
    section?: string
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'overview',
    component: () => import('@/views/OverviewView.vue'),
    meta: { title: 'Översikt', nav: true }
  },
  {
    path: '/verksamheter',
    name: 'members',
    component: () => import('@/views/MembersView.vue'),
    meta: { title: 'Verksamheter', nav: true }
  },
  {
    path: '/verksamheter/ny',
    name: 'member-new',
    component: () => import('@/views/MemberEditView.vue'),
    meta: { title: 'Ny verksamhet', section: 'members' }
  },
  {
    path: '/verksamheter/borttagna',
    name: 'member-archive',
    component: () => import('@/views/MemberArchiveView.vue'),
    meta: { title: 'Borttagna ur registret', section: 'members' }
  },
  {
    path: '/verksamheter/import',
    name: 'member-import',
    component: () => import('@/views/MemberImportView.vue'),
    meta: { title: 'Importera verksamheter', section: 'members' }
  },
  {
    path: '/verksamheter/:id',
    name: 'member',
    component: () => import('@/views/MemberDetailView.vue'),
    props: true,
    meta: { title: 'Verksamhet', section: 'members' }
  },
  {
    path: '/verksamheter/:id/dialoger',
    name: 'member-work',
    component: () => import('@/views/MemberWorkView.vue'),
    props: true,
    meta: { title: 'Dialoger och insatsplan', section: 'members' }
  },
  {
    path: '/verksamheter/:id/utvardering/:periodId',
    name: 'evaluation',
    component: () => import('@/views/EvaluationView.vue'),
    props: true,
    meta: { title: 'Utvärdering', section: 'members' }
  },
  {
    path: '/verksamheter/:id/redigera',
    name: 'member-edit',
    component: () => import('@/views/MemberEditView.vue'),
    props: true,
    meta: { title: 'Redigera verksamhet', section: 'members' }
  },
  {
    path: '/dialoger',
    name: 'dialogues',
    component: () => import('@/views/DialoguesView.vue'),
    meta: { title: 'Dialoger och insatsplaner', nav: true }
  },
  {
    path: '/arshjul',
    name: 'calendar',
    component: () => import('@/views/CalendarView.vue'),
    meta: { title: 'Årshjul', nav: true }
  },
  {
    path: '/arshjul/ny',
    name: 'event-new',
    component: () => import('@/views/EventEditView.vue'),
    meta: { title: 'Ny aktivitet', section: 'calendar' }
  },
  {
    path: '/arshjul/deltagande',
    name: 'participation',
    component: () => import('@/views/ParticipationView.vue'),
    meta: { title: 'Deltagande i årshjulet', section: 'calendar' }
  },
  {
    path: '/arshjul/natverk',
    name: 'networks',
    component: () => import('@/views/NetworksView.vue'),
    meta: { title: 'Nätverk', section: 'calendar' }
  },
  {
    path: '/arshjul/natverk/nytt',
    name: 'network-new',
    component: () => import('@/views/NetworkEditView.vue'),
    meta: { title: 'Nytt nätverk', section: 'calendar' }
  },
  {
    path: '/arshjul/natverk/:id',
    name: 'network',
    component: () => import('@/views/NetworkDetailView.vue'),
    props: true,
    meta: { title: 'Nätverk', section: 'calendar' }
  },
  {
    path: '/arshjul/natverk/:id/redigera',
    name: 'network-edit',
    component: () => import('@/views/NetworkEditView.vue'),
    props: true,
    meta: { title: 'Redigera nätverk', section: 'calendar' }
  },
  {
    path: '/arshjul/:id',
    name: 'event',
    component: () => import('@/views/EventDetailView.vue'),
    props: true,
    meta: { title: 'Aktivitet', section: 'calendar' }
  },
  {
    path: '/arshjul/:id/redigera',
    name: 'event-edit',
    component: () => import('@/views/EventEditView.vue'),
    props: true,
    meta: { title: 'Redigera aktivitet', section: 'calendar' }
  },
  {
    path: '/statistik',
    name: 'statistics',
    component: () => import('@/views/StatisticsView.vue'),
    meta: { title: 'Statistik', nav: true }
  },
  {
    path: '/statistik/import',
    name: 'statistics-import',
    component: () => import('@/views/StatisticsImportView.vue'),
    meta: { title: 'Importera statistik', section: 'statistics' }
  },
  {
    path: '/statistik/:datasetId',
    name: 'statistics-measure',
    component: () => import('@/views/StatisticsMeasureView.vue'),
    props: true,
    meta: { title: 'Statistik', section: 'statistics' }
  },
  {
    path: '/dokument',
    name: 'documents',
    component: () => import('@/views/DocumentsView.vue'),
    meta: { title: 'Intyg och rapporter', nav: true }
  },
  {
    path: '/installningar',
    name: 'settings',
    component: () => import('@/views/SettingsView.vue'),
    meta: { title: 'Inställningar', nav: true }
  },
  {
    path: '/dokument/arsuppfoljning',
    name: 'annual-figures',
    component: () => import('@/views/AnnualFiguresView.vue'),
    meta: { title: 'Årsuppföljning', section: 'documents' }
  },
  {
    path: '/dokument/riksoversikt',
    name: 'national-rollup',
    component: () => import('@/views/NationalRollupView.vue'),
    meta: { title: 'Riksöversikt', section: 'documents' }
  },
  {
    path: '/dokument/kontrollera',
    name: 'verify-certificate',
    component: () => import('@/views/VerifyCertificateView.vue'),
    meta: { title: 'Kontrollera intyg', section: 'documents' }
  },
  {
    path: '/installningar/sakerhetskopior',
    name: 'backups',
    component: () => import('@/views/BackupsView.vue'),
    meta: { title: 'Säkerhetskopior', section: 'settings' }
  },
  {
    path: '/installningar/personuppgifter',
    name: 'privacy',
    component: () => import('@/views/PrivacyView.vue'),
    meta: { title: 'Personuppgifter', section: 'settings' }
  },
  {
    path: '/valkommen',
    name: 'welcome',
    component: () => import('@/views/WelcomeWizardView.vue'),
    meta: { title: 'Välkommen till Kugghjul' }
  },
  { path: '/:pathMatch(.*)*', redirect: { name: 'overview' } }
]
