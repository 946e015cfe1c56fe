/**
 * Class updates that touch only elements whose state changes. Restyling every element on each
 * selection or keystroke is what makes a canvas of thousands of nodes stutter.
 */
import type { Core, SingularElementArgument } from 'cytoscape'

/** Which elements a class applies to. */
export type Group = 'node' | 'edge' | ''

/** Gives `cls` to exactly the elements whose id is in `ids` (among `group`, default all). */
export function syncClass(cy: Core, cls: string, ids: Set<string>, group: Group = '') {
  cy.batch(() => {
    cy.$(`${group}.${cls}`).forEach((el) => {
      if (!ids.has(el.id())) el.removeClass(cls)
    })
    for (const id of ids) {
      const el = cy.getElementById(id)
      if (el.nonempty() && !el.hasClass(cls)) el.addClass(cls)
    }
  })
}

/** Scratch flag of the elements showWhere hid (Cytoscape cannot tell a bypass from a stylesheet value). */
const OUT_OF_VIEW = '_outOfView'

/** Whether the view's filters hid this element (as opposed to, say, a muted map edge). */
export const isOutOfView = (el: SingularElementArgument): boolean => Boolean(el.scratch(OUT_OF_VIEW))

/**
 * Shows exactly the elements of `eles` for which `shown` is true, touching only those that change.
 * Out-of-view elements get a `display: none` style bypass, not a class: a class makes Cytoscape
 * match every element against the whole stylesheet again, which costs twice as much when a
 * filter hides thousands of nodes. Read the state back with `:visible` / `:hidden`.
 */
export function showWhere(cy: Core, eles: Iterable<SingularElementArgument>, shown: (id: string) => boolean) {
  cy.batch(() => {
    for (const el of eles) {
      const hide = !shown(el.id())
      if (hide === Boolean(el.scratch(OUT_OF_VIEW))) continue
      el.scratch(OUT_OF_VIEW, hide)
      if (hide) el.style('display', 'none')
      else el.removeStyle('display')
    }
  })
}
