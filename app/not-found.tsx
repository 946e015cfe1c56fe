import Link from 'next/link'
import { ThemeToggle } from './_components/ThemeToggle'
import type { Metadata } from 'next'
import { siteMessages } from '@/app/_data/site-lang'

export function generateMetadata(): Metadata {
  return { title: siteMessages().notFound.title }
}

/** 404 page (static export writes it to out/404.html). */
export default function NotFound() {
  const m = siteMessages()
  return (
    <main className="page">
      <ThemeToggle m={m.theme} className="page-theme" />
      <h1>{m.notFound.heading}</h1>
      <p>{m.notFound.body}</p>
      <p>
        <Link href="/">{m.notFound.back}</Link>
      </p>
    </main>
  )
}
