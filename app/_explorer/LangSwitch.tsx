'use client'
import { otherLang } from '@/lib/explorer/i18n/messages'
import { useExplorer } from './explorer-context'
import { useLang, useMessages } from './messages-context'

/**
 * Switches the UI between Chinese and English. The choice goes into the URL (`?lang=`), so a
 * shared link keeps it; the button names the other language in that language.
 */
export function LangSwitch() {
  const { update } = useExplorer()
  const m = useMessages()
  const other = otherLang(useLang())
  return (
    <button
      type="button"
      className="button lang-switch"
      lang={other === 'zh' ? 'zh-CN' : 'en'}
      aria-label={m.lang.switchLabel}
      onClick={() => update({ lang: other })}
    >
      {m.lang.switchTo}
    </button>
  )
}
