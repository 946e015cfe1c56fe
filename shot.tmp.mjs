import { chromium } from '@playwright/test'
const [,, url, out, w = '1440', h = '900', scheme = 'light'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: scheme, locale: 'zh-CN' })
const errors = []
page.on('pageerror', (e) => errors.push(e.message))
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
await page.goto(`http://127.0.0.1:8173${url}`)
await page.waitForTimeout(3500)
await page.screenshot({ path: out })
console.log(errors.join('\n'))
await browser.close()
