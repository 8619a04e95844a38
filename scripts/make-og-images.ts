/**
 * Draws the two Open Graph images (public/og/ja.png, public/og/en.png, 1200×630) in Chromium
 * from the site name and tagline of the UI dictionary. Run it when those change; the PNGs are
 * committed, so builds need no browser or fonts. Japanese needs a CJK font installed
 * (Debian: fonts-noto-cjk).  Usage: node scripts/make-og-images.ts
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { LOCALES } from '../src/i18n/locales.ts';
import { useTranslations } from '../src/i18n/ui.ts';
import { findChromium } from '../e2e/support/chromium.ts';

const escape = (s: string) =>
	s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

function card(locale: (typeof LOCALES)[number]): string {
	const t = useTranslations(locale);
	return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><style>
	body{margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;
	padding:0 96px;box-sizing:border-box;background:#0b2a4a;color:#fff;
	font-family:'Noto Sans CJK JP','Hiragino Sans',system-ui,sans-serif}
	.mark{width:96px;height:96px;margin-bottom:40px}
	h1{font-size:84px;margin:0 0 24px;letter-spacing:-1px}
	p{font-size:40px;margin:0;color:#cfe3f7;line-height:1.4}
	.layers{position:absolute;right:96px;top:96px;display:flex;flex-direction:column;gap:10px}
	.layers span{display:block;height:18px;border-radius:9px;background:#7cb7f2;opacity:.35}
	</style><body>
	<svg class="mark" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#7cb7f2"/><path d="M16 5l9 4v7c0 5.5-3.8 9.6-9 11-5.2-1.4-9-5.5-9-11V9z" fill="#0b2a4a"/></svg>
	<h1>${escape(t('site.name'))}</h1><p>${escape(t('site.tagline'))}</p>
	<div class="layers">${[260, 220, 180, 140, 100].map((w) => `<span style="width:${w}px;margin-left:${260 - w}px"></span>`).join('')}</div>
	</body></html>`;
}

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await mkdir('public/og', { recursive: true });
for (const locale of LOCALES) {
	await page.setContent(card(locale));
	await page.screenshot({ path: `public/og/${locale}.png` });
	console.log(`public/og/${locale}.png`);
}
await browser.close();
