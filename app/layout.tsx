import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { NuqsAdapter } from 'nuqs/adapters/next/app'
import './styles/base.css'
import './styles/explorer.css'
import './styles/panel.css'
import './styles/term-page.css'

export const metadata: Metadata = {
  title: { default: '大模型术语图谱', template: '%s · 大模型术语图谱' },
  description: '交互式探索大模型专业术语：释义、术语之间的提及关系与共同概念，支持中英文、缩写与拼音搜索。',
  openGraph: { type: 'website', locale: 'zh_CN', siteName: '大模型术语图谱' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#ffffff' }

/** Root layout (server). NuqsAdapter lets client leaves keep view state in the URL. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  )
}
