/**
 * Fonts for drawing the Open Graph images with resvg. CJK glyphs come from Noto Sans (shipped by
 * the npm package @embedpdf/fonts-sc, OFL), cut down to the characters the images use: resvg
 * parses its fonts again for every image, and parsing the whole 8 MB font took ten times longer
 * than drawing. Without that package, system fonts are used (e.g. Debian's fonts-noto-cjk).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import subsetFont from 'subset-font'

export interface FontOptions {
  fontFiles?: string[]
  loadSystemFonts: boolean
  defaultFontFamily: string
  sansSerifFamily: string
}

/** The (typographic) family name inside @embedpdf/fonts-sc's files. */
const SHIPPED_FAMILY = 'Noto Sans S Chinese'
const WEIGHTS = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf']

/** Paths of the shipped font files, or undefined when the package is not installed. */
function shippedFonts(): string[] | undefined {
  try {
    const require = createRequire(import.meta.url)
    const dir = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts')
    const files = WEIGHTS.map((f) => join(dir, f))
    return files.every((f) => existsSync(f)) ? files : undefined
  } catch {
    return undefined
  }
}

const systemFonts: FontOptions = {
  loadSystemFonts: true,
  defaultFontFamily: 'Noto Sans CJK SC',
  sansSerifFamily: 'Noto Sans CJK SC',
}

/**
 * resvg font options for drawing `text` (every character any image will show): subsets of the
 * shipped font in a temporary directory, the whole shipped font if subsetting fails, or system
 * fonts with a warning when the package is missing. Call `cleanup` when done drawing.
 */
export async function fontsFor(text: string): Promise<{ font: FontOptions; cleanup: () => void }> {
  const none = () => undefined
  const files = shippedFonts()
  if (!files) {
    console.warn(
      'og: warning: @embedpdf/fonts-sc is not installed; using system fonts (CJK needs e.g. fonts-noto-cjk)',
    )
    return { font: systemFonts, cleanup: none }
  }
  const shipped = {
    loadSystemFonts: false,
    defaultFontFamily: SHIPPED_FAMILY,
    sansSerifFamily: SHIPPED_FAMILY,
  }
  const dir = mkdtempSync(join(tmpdir(), 'og-fonts-'))
  const cleanup = () => rmSync(dir, { recursive: true, force: true })
  try {
    const subsets = await Promise.all(
      files.map(async (file, i) => {
        const path = join(dir, WEIGHTS[i] ?? `font-${i}.otf`)
        writeFileSync(
          path,
          await subsetFont(readFileSync(file), text, {
            targetFormat: 'sfnt',
            // Keep the typographic family (16) and style (17): without them Regular and Bold
            // subsets would be two families and bold text would be drawn regular.
            preserveNameIds: [16, 17],
          }),
        )
        return path
      }),
    )
    return { font: { ...shipped, fontFiles: subsets }, cleanup }
  } catch (error) {
    console.warn(
      `og: warning: could not subset the font (${String(error)}); drawing with the whole font, slower`,
    )
    return { font: { ...shipped, fontFiles: files }, cleanup }
  }
}
