import { errorMessage } from '@/domain/error-message'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import './assets/main.css'
import { selectPlatform } from './platform/select-platform'
import { createAppRouter } from './router'
import { useAppStore } from './stores/app'
import { useBackupsStore } from './stores/backups'
import { useErrorsStore } from './stores/errors'
import { useCountyProfileStore } from './stores/county-profile'

async function start(): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  const appStore = useAppStore(pinia)
  await appStore.start(selectPlatform(window), navigator.storage)
  // A laptop left open overnight must not show yesterday's statuses.
  appStore.followDate(window)
  await useCountyProfileStore(pinia).load()
  // Whatever a screen did not catch is shown in the shell instead of vanishing.
  const errors = useErrorsStore(pinia)
  app.config.errorHandler = (error) => errors.report(error)
  window.addEventListener('unhandledrejection', (event) => {
    event.preventDefault()
    errors.report(event.reason)
  })
  app.use(createAppRouter(pinia))
  app.mount('#app')
  // Desktop only: a backup shortly after start and then daily (a no-op in the browser). The
  // export reads and hashes the whole register on this thread, so it waits until the
  // coordinator's first screen is up rather than competing with the start.
  window.setTimeout(() => useBackupsStore(pinia).startSchedule(), 30_000)
}

start().catch((error: unknown) => {
  const root = document.getElementById('app')
  if (root) {
    root.textContent = `Kugghjul kunde inte starta: ${errorMessage(error)}. Stäng och starta om programmet. Hjälper inte det, kontakta IT-supporten.`
    root.setAttribute('role', 'alert')
  }
})
