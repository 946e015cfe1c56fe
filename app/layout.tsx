import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { NuqsAdapter } from 'nuqs/adapters/next/app'
import { loadGraph } from './_data/load-graph'
import { DevOverlay } from './_components/DevOverlay'
import { THEME_SCRIPT } from './_components/theme-script'
import './styles/theme.css'
import { siteLang } from './_data/site-lang'
import { messagesFor } from '@/lib/explorer/i18n/messages'
import './styles/base.css'
import './styles/explorer.css'
import './styles/panel.css'
import './styles/term-page.css'

/** Site name = the glossary's own title, so a site built with GLOSSARY=… names itself. */
export function generateMetadata(): Metadata {
  const site = loadGraph().title
  const m = messagesFor(siteLang())
  return {
    title: { default: site, template: `%s · ${site}` },
    description: m.site.description(site),
    openGraph: { type: 'website', locale: m.ogLocale, siteName: site },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#111827' },
  ],
}

/**
 * Root layout (server). NuqsAdapter lets client leaves keep view state in the URL. `<html lang>` is
 * the glossary's language on every page; the explorer changes it when the reader switches.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  const lang = siteLang()
  return (
    // The inline script sets data-theme before first paint, which React did not render.
    <html lang={messagesFor(lang).htmlLang} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <NuqsAdapter>{children}</NuqsAdapter>
        {process.env.NODE_ENV === 'development' && <DevOverlay lang={lang} />}
      </body>
    </html>
  )
}
