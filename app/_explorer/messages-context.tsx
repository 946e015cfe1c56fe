'use client'
import { createContext, useContext } from 'react'
import { messagesFor, type Lang, type Messages } from '@/lib/explorer/i18n/messages'

/** The explorer's UI language and its messages (server components call `messagesFor` instead). */
const MessagesContext = createContext<{ lang: Lang; m: Messages } | null>(null)

/** Provides the UI language to the explorer's components. */
export function MessagesProvider({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return (
    <MessagesContext.Provider value={{ lang, m: messagesFor(lang) }}>{children}</MessagesContext.Provider>
  )
}

/** The UI messages in the reader's language; throws outside <MessagesProvider>. */
export function useMessages(): Messages {
  return useLangContext().m
}

/** The UI language in use. */
export function useLang(): Lang {
  return useLangContext().lang
}

function useLangContext() {
  const value = useContext(MessagesContext)
  if (!value) throw new Error('useMessages: used outside <MessagesProvider>')
  return value
}
