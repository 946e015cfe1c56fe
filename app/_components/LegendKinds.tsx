import type { Messages } from '@/lib/explorer/i18n/messages'

/**
 * The legend's node and edge kinds (concept, mention, membership), after its groups: the same in
 * the static picture's legend and the explorer's. No hooks, so both server and client render it.
 */
export function LegendKinds({ m }: { m: Messages['legend'] }) {
  return (
    <>
      <li>
        <span className="swatch diamond" aria-hidden="true" />
        {m.concept}
      </li>
      <li>
        <span className="line arrow" aria-hidden="true" />
        {m.mention}
      </li>
      <li>
        <span className="line dashed" aria-hidden="true" />
        {m.member}
      </li>
    </>
  )
}
