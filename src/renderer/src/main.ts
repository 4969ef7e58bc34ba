import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import './assets/main.css'
import { selectPlatform } from './platform/select-platform'
import { createAppRouter } from './router'
import { useAppStore } from './stores/app'
import { useBackupsStore } from './stores/backups'
import { useCountyProfileStore } from './stores/county-profile'

async function start(): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  await useAppStore(pinia).start(selectPlatform(window), navigator.storage)
  await useCountyProfileStore(pinia).load()
  app.use(createAppRouter(pinia))
  app.mount('#app')
  // Desktop only: a backup now and then daily (a no-op in the browser).
  useBackupsStore(pinia).startSchedule()
}

start().catch((error: unknown) => {
  const root = document.getElementById('app')
  if (root) {
    root.textContent = `Kugghjul kunde inte starta: ${error instanceof Error ? error.message : String(error)}. Stäng och starta om programmet. Hjälper inte det, kontakta IT-supporten.`
    root.setAttribute('role', 'alert')
  }
})
