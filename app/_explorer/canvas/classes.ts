/**
 * Class updates that touch only elements whose state changes. Restyling every element on each
 * selection or keystroke is what makes a canvas of thousands of nodes stutter.
 */
import type { Core } from 'cytoscape'

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

/** Gives `cls` to the elements (among `group`, default all) for which `on` is true, touching only those that change. */
export function setClassWhere(cy: Core, cls: string, on: (id: string) => boolean, group: Group = '') {
  cy.batch(() => {
    ;(group ? cy.$(group) : cy.elements()).forEach((el) => {
      const want = on(el.id())
      if (want !== el.hasClass(cls)) el.toggleClass(cls, want)
    })
  })
}
