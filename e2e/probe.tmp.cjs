const { startCms } = require('@derna/testkit');
const { chromium } = require('playwright-core');
(async () => {
  const cms = await startCms({ port: 24103 });
  const token = cms.env.CMS_API_TOKEN;
  const seed = await (await fetch(`${cms.url}/api/articles?fields[0]=title`)).json();
  const article = seed.data[0].documentId;
  const r = await fetch(`${cms.url}/api/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ data: { article, authorName: 'Probe Reader', authorEmail: 'p@example.com', body: 'A probe comment for the admin.' }, context: { ip: '10.1.2.3', userAgent: 'x', honeypotFilled: false, elapsedMs: 20000 } }) });
  const created = await r.json(); console.log('created', r.status, JSON.stringify(created).slice(0, 200));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.on('response', async (res) => { if (res.url().includes('/content-manager/') && (res.status() >= 300 || res.request().method() !== 'GET')) console.log(res.request().method(), res.status(), res.url(), (res.request().postData() || '').slice(0, 600), (await res.text().catch(() => '')).slice(0, 400)); });
    await page.goto(`${cms.url}/admin`);
    await page.getByRole('textbox', { name: 'Email' }).fill('moderator@derna.local');
    await page.getByRole('textbox', { name: 'Password' }).fill('Derna-moderator-2026');
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::comment.comment/${created.data.id}`);
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'approved' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForTimeout(4000);
    await page.screenshot({ path: '/tmp/admin-probe/save.png', fullPage: true });
  } finally { await browser.close(); await cms.destroy(); }
})().catch((e) => { console.error(e); process.exit(1); });
