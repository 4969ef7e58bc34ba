import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'
import { rendererConfig } from './vite.renderer.ts'

/** Unit tests run in Node; component tests in happy-dom. End-to-end tests are Playwright's (tests/e2e). */
export default defineConfig({
  plugins: rendererConfig.plugins,
  resolve: rendererConfig.resolve,
  define: rendererConfig.define,
  test: {
    // Vitest leaves one core free by default, which on a two-core CI machine means one worker:
    // two workers take the suite from about 110 s to 70 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts', 'tests/security/**/*.test.ts'] }
      },
      {
        extends: true,
        test: { name: 'component', environment: 'happy-dom', include: ['tests/component/**/*.test.ts'] }
      }
    ]
  }
})
