import type { Pinia } from 'pinia'
import { createRouter, createWebHashHistory } from 'vue-router'
import { useCountyProfileStore } from '@/stores/county-profile'
import { useUnsavedChangesStore } from '@/stores/unsaved-changes'
import { routes } from './routes'

/**
 * Hash history works the same under app:// in Electron and on any web server.
 * Until a county profile exists, every route leads to the first-start wizard.
 * Leaving a screen whose form has unsaved changes asks first.
 */
export function createAppRouter(pinia: Pinia) {
  const router = createRouter({ history: createWebHashHistory(), routes })
  router.beforeEach((to) => {
    const configured = useCountyProfileStore(pinia).isConfigured
    if (!configured && to.name !== 'welcome') return { name: 'welcome' }
    if (configured && to.name === 'welcome') return { name: 'overview' }
    return true
  })
  // A form with unsaved changes asks before its screen is left (the answer false keeps the screen).
  router.beforeEach((to, from) => to.path === from.path || useUnsavedChangesStore(pinia).confirmLeave())
  router.afterEach((to) => {
    document.title = `${to.meta.title} – Kugghjul`
  })
  return router
}
