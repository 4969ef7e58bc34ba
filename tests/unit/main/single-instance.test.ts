import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { enforceSingleInstance, type FocusableWindow } from '../../../src/main/single-instance'

class FakeApp extends EventEmitter {
  quitCalled = false
  constructor(private readonly lock: boolean) {
    super()
  }
  requestSingleInstanceLock(): boolean {
    return this.lock
  }
  quit(): void {
    this.quitCalled = true
  }
}

class FakeWindow implements FocusableWindow {
  minimized = true
  focused = false
  isMinimized = () => this.minimized
  restore = () => void (this.minimized = false)
  show = () => undefined
  focus = () => void (this.focused = true)
}

describe('single instance', () => {
  it('lets the first instance run', () => {
    const app = new FakeApp(true)
    expect(enforceSingleInstance(app, () => null)).toBe(true)
    expect(app.quitCalled).toBe(false)
  })

  it('quits a second instance', () => {
    const app = new FakeApp(false)
    expect(enforceSingleInstance(app, () => null)).toBe(false)
    expect(app.quitCalled).toBe(true)
  })

  it('brings the first window to the front when someone starts Kugghjul again', () => {
    const app = new FakeApp(true)
    const window = new FakeWindow()
    enforceSingleInstance(app, () => window)
    app.emit('second-instance')
    expect(window.minimized).toBe(false)
    expect(window.focused).toBe(true)
  })

  it('does nothing on a second start before the window exists', () => {
    const app = new FakeApp(true)
    enforceSingleInstance(app, () => null)
    expect(() => app.emit('second-instance')).not.toThrow()
  })
})
