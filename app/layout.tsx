import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { NuqsAdapter } from 'nuqs/adapters/next/app'
import { loadGraph } from './_data/load-graph'
import { DevOverlay } from './_components/DevOverlay'
import { THEME_SCRIPT } from './_components/theme-script'
import './styles/theme.css'
import './styles/base.css'
import './styles/explorer.css'
import './styles/panel.css'
import './styles/term-page.css'

/** Site name = the glossary's own title, so a site built with GLOSSARY=… names itself. */
export function generateMetadata(): Metadata {
  const site = loadGraph().title
  return {
    title: { default: site, template: `%s · ${site}` },
    description: `交互式探索「${site}」：术语释义、术语之间的提及关系与共同概念，支持中文、English、缩写与拼音搜索。`,
    openGraph: { type: 'website', locale: 'zh_CN', siteName: site },
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

/** Root layout (server). NuqsAdapter lets client leaves keep view state in the URL. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets data-theme before first paint, which React did not render.
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <NuqsAdapter>{children}</NuqsAdapter>
        {process.env.NODE_ENV === 'development' && <DevOverlay />}
      </body>
    </html>
  )
}
