import type { RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    title: string
    /** Shown in the side navigation, in this order. */
    nav?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: () => import('@/views/OverviewView.vue'), meta: { title: 'Översikt', nav: true } },
  { path: '/verksamheter', name: 'members', component: () => import('@/views/MembersView.vue'), meta: { title: 'Verksamheter', nav: true } },
  { path: '/dialoger', name: 'dialogues', component: () => import('@/views/DialoguesView.vue'), meta: { title: 'Dialoger och insatsplaner', nav: true } },
  { path: '/arshjul', name: 'calendar', component: () => import('@/views/CalendarView.vue'), meta: { title: 'Årshjul', nav: true } },
  { path: '/statistik', name: 'statistics', component: () => import('@/views/StatisticsView.vue'), meta: { title: 'Statistik', nav: true } },
  { path: '/dokument', name: 'documents', component: () => import('@/views/DocumentsView.vue'), meta: { title: 'Intyg och rapporter', nav: true } },
  { path: '/installningar', name: 'settings', component: () => import('@/views/SettingsView.vue'), meta: { title: 'Inställningar', nav: true } },
  { path: '/valkommen', name: 'welcome', component: () => import('@/views/WelcomeWizardView.vue'), meta: { title: 'Välkommen till Kugghjul' } },
  { path: '/:pathMatch(.*)*', redirect: { name: 'overview' } }
]
