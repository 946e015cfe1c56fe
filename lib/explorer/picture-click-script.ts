/**
 * The inline script of the first view (app/_picture/FirstViewShell.tsx): it keeps a click or tap
 * on the graph picture from leaving the explorer before the canvas can take it. The picture's term
 * nodes are links to the term pages (so the picture works without JavaScript); with JavaScript, a
 * plain click anywhere on the picture becomes a pick (picture-pick.ts) instead of a page load:
 * - once the explorer has set `__pictureClicks.take`, the pick goes straight to it;
 * - before that (the HTML is on screen, React is not), the pick waits in `__pictureClicks.pending`
 *   and, when it hit a node, the URL already says `?term=` (or `?concept=`) by
 *   `history.replaceState`: Next reads the URL when it starts, and once started it follows
 *   replaceState itself, so the explorer opens on the term either way. Replace, not push: an entry
 *   pushed before Next starts has no router state, and Back to it would not close the panel.
 *   A term's name and definition show at once in the first view's panel (its `[data-first-panel]`,
 *   which React leaves alone), read from the graph.json the page preloads, so the reader reads
 *   while the explorer starts; not on big glossaries, whose graph.json is too big to parse before
 *   the explorer (they preload the lean graph-view.json too, which is how the script knows).
 * The clicked node is marked (`gp-picked`) at once, so the reader sees the click was taken. A click
 * with a modifier key or another button keeps the link's own behaviour (a new tab). It listens on
 * the document, so it runs before the picture is parsed and also serves the copy of the picture the
 * explorer keeps over the canvas while Cytoscape starts (handover/PictureTakeover.tsx). Kept small
 * and dependency-free: it runs before any bundle.
 */
import { conceptKey } from '../format/keys'
import { NODE_ATTRIBUTE } from './picture-pick'

const PREFIX = JSON.stringify(conceptKey(''))

/** The first view's panel slot the script fills (FirstViewShell.tsx); its `data-kind` says "term". */
export const FIRST_PANEL_ATTRIBUTE = 'data-first-panel'
/** Set on `<html>` once the slot shows a term (picture.css shows it instead of the intro). */
const FIRST_PICK_ATTRIBUTE = 'data-first-pick'

export const PICTURE_CLICK_SCRIPT = `(function(){var s=window.__pictureClicks={},d=document;\
function show(k){var f=d.querySelector('[${FIRST_PANEL_ATTRIBUTE}]'),l=d.querySelector('link[rel=preload][href$="/graph.json"]');\
if(!f||!l||d.querySelector('link[rel=preload][href$="/graph-view.json"]'))return;\
fetch(l.href).then(function(r){return r.json()}).then(function(g){var a;\
g.nodes.some(function(n){return n.key===k&&(a=n.attributes)});if(!a||s.take||!s.pending||s.pending.key!==k)return;f.replaceChildren();\
[['p','kind',f.getAttribute('data-kind')],['h2','',a.label],['p','expansion',a.expansion],['p','gloss',a.gloss],['p','definition',a.definition]]\
.forEach(function(x){if(!x[2])return;var e=d.createElement(x[0]);e.className=x[1];e.textContent=x[2];f.appendChild(e)});\
d.documentElement.setAttribute('${FIRST_PICK_ATTRIBUTE}','')}).catch(function(){})}\
d.addEventListener('click',function(e){\
var t=e.target,p=t instanceof Element&&t.closest('.graph-preview'),g=p&&p.querySelector('[data-graph-preview]');\
if(!g||e.defaultPrevented||e.button||e.ctrlKey||e.metaKey||e.shiftKey||e.altKey)return;e.preventDefault();\
var b=(p.getAttribute('data-preview-box')||'').split(' ').map(Number),r=g.getBoundingClientRect(),\
z=Math.min(r.width/b[2],r.height/b[3]),n=t.closest('a[href],[${NODE_ATTRIBUTE}]'),\
m=n&&/\\/term\\/([^/?#]+)\\/?$/.exec(n.getAttribute('href')||''),k=n?(m?m[1]:n.getAttribute('${NODE_ATTRIBUTE}')):'',\
q={x:b[0]+(e.clientX-r.left-(r.width-b[2]*z)/2)/z,y:b[1]+(e.clientY-r.top-(r.height-b[3]*z)/2)/z,zoom:z,touch:e.pointerType==='touch'};\
if(k)q.key=k;d.querySelectorAll('.gp-picked').forEach(function(x){x.classList.remove('gp-picked')});\
if(n)n.classList.add('gp-picked');if(s.take)return s.take(q);s.pending=q;if(!k)return;\
var u=new URL(location.href),c=k.indexOf(${PREFIX})===0;['term','concept','from','to'].forEach(function(x){u.searchParams.delete(x)});\
u.searchParams.set(c?'concept':'term',c?k.slice(${PREFIX}.length):k);history.replaceState(null,'',u);if(!c)show(k)},true)})()`
