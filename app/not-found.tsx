import Link from 'next/link'
import { ThemeToggle } from './_components/ThemeToggle'

export const metadata = { title: '找不到页面' }

/** 404 page (static export writes it to out/404.html). */
export default function NotFound() {
  return (
    <main className="page">
      <ThemeToggle className="page-theme" />
      <h1>找不到这个页面</h1>
      <p>链接可能已失效，或者这个术语不在词表中。</p>
      <p>
        <Link href="/">返回术语图谱</Link>
      </p>
    </main>
  )
}
