import type { Pinia } from 'pinia'
import { createRouter, createWebHashHistory } from 'vue-router'
import { useCountyProfileStore } from '@/stores/county-profile'
import { routes } from './routes'

/**
 * Hash history works the same under app:// in Electron and on any web server.
 * Until a county profile exists, every route leads to the first-start wizard.
 */
export function createAppRouter(pinia: Pinia) {
  const router = createRouter({ history: createWebHashHistory(), routes })
  router.beforeEach((to) => {
    const configured = useCountyProfileStore(pinia).isConfigured
    if (!configured && to.name !== 'welcome') return { name: 'welcome' }
    if (configured && to.name === 'welcome') return { name: 'overview' }
    return true
  })
  router.afterEach((to) => {
    document.title = `${to.meta.title} – Kugghjul`
  })
  return router
}
