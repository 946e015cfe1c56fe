import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CANVAS_VARS, LIGHT_CANVAS } from './canvas-colors'

const themeCss = readFileSync(new URL('../../styles/theme.css', import.meta.url), 'utf8')

/** The light value theme.css gives a variable: the first half of `light-dark(…)`, or the plain value. */
function lightValue(name: string): string | undefined {
  const declared = new RegExp(`${name}:\\s*([^;]+);`).exec(themeCss)?.[1]?.trim()
  return declared?.match(/^light-dark\(\s*([^,]+),/)?.[1]?.trim() ?? declared
}

describe('canvas colours', () => {
  it('reads every colour of the canvas from a theme variable', () => {
    expect(CANVAS_VARS.map(([key]) => key).sort()).toEqual(Object.keys(LIGHT_CANVAS).sort())
  })

  it.each(CANVAS_VARS.map(([key, name]) => [key, name]))(
    'the light fallback of %s is theme.css’s light %s',
    (key, name) => {
      expect(lightValue(name)).toBe(LIGHT_CANVAS[key])
    },
  )
})
