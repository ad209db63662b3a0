// The WordPress plugin on a real WordPress (Debian's 6.1, MariaDB, PHP's server; see wordpress.ts):
// an Author publishes one post with the shortcode and one with the block, and a logged-out visitor
// sees the widget on both; the settings page checks what an administrator saves, and refuses a
// request without a nonce or from a user without the capability.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser.js';
import { startWordPress, type WordPress } from './wordpress.js';

const root = new URL('../../', import.meta.url).pathname;
const browser = useChromium();
let wp: WordPress;
let posts: { shortcode: number; block: number; plain: number };

const CONFIG = { partner: { id: 'sakura-cci', name: 'さくら商工会議所', privacyPolicyUrl: '/privacy' }, theme: { primary: '#0b5d3b' } };
const savedConfig = () => JSON.parse(wp.php(`echo get_option( 'cyber_risk_check_settings' )['config'];`)) as unknown;

beforeAll(async () => {
  wp = await startWordPress();
  const ids = wp.php(`
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$activated = activate_plugin( 'cyber-risk-check/cyber-risk-check.php' );
if ( is_wp_error( $activated ) ) { echo $activated->get_error_message(); exit( 1 ); }
update_option( 'cyber_risk_check_settings', array( 'config' => ${JSON.stringify(JSON.stringify(CONFIG))}, 'source' => 'local' ) );
update_user_meta( 1, 'locale', 'ja' );
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@sakura-cci.example', 'role' => 'author' ) );
// As the Author, whose posts go through KSES: a <script> is stripped, the shortcode and block stay.
wp_set_current_user( $author );
$shortcode = wp_insert_post( array( 'post_title' => 'Check in English', 'post_status' => 'publish', 'post_content' => '<p>Try it.</p>[cyber_risk_check lang="en"]<script>window.authorScript = 1;</script>' ) );
$block = wp_insert_post( array( 'post_title' => 'ブロックの診断', 'post_status' => 'publish', 'post_content' => '<!-- wp:cyber-risk-check/check {"instanceId":"block","lang":"ja"} /-->' ) );
$plain = wp_insert_post( array( 'post_title' => 'お知らせ', 'post_status' => 'publish', 'post_content' => '<p>診断のないページ</p>' ) );
echo wp_json_encode( array( 'shortcode' => $shortcode, 'block' => $block, 'plain' => $plain ) );
`);
  posts = JSON.parse(ids) as typeof posts;
});
afterEach((context) => {
  // A failure on a real server is explained by its logs.
  if (context.task.result?.state === 'fail') console.log(wp?.logs());
});
afterAll(() => wp?.stop());

/** Opens a post as a logged-out visitor, collecting page errors. */
async function visit(id: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${wp.url}/?p=${id}`);
  return { page, errors };
}

/**
 * Closes a page or a whole context once its requests are done. PHP's built-in server gives each
 * request a worker of its own, and requests cut off by a closing page (the widget's parts load
 * just after its first screen) have left it short of workers in CI.
 */
async function closeWhenIdle(target: Page | BrowserContext): Promise<void> {
  const pages = 'pages' in target ? target.pages() : [target];
  for (const page of pages) await page.waitForLoadState('networkidle');
  await target.close();
}

async function logIn(user: string, password: string): Promise<BrowserContext> {
  const context = await browser().newContext();
  const page = await context.newPage();
  // Back to the front page after logging in, not the dashboard: its Site Health checks make
  // requests to the site itself, which can hold every worker of PHP's small server.
  await page.goto(`${wp.url}/wp-login.php?redirect_to=${encodeURIComponent(`${wp.url}/?logged-in`)}`);
  await page.locator('#user_login').fill(user);
  await page.locator('#user_pass').fill(password);
  await page.locator('#wp-submit').click();
  await page.waitForURL(/\?logged-in$/);
  await closeWhenIdle(page);
  return context;
}

describe('the WordPress plugin on WordPress 6.1', () => {
  it("shows the widget to a visitor on the Author's shortcode post, and the Author's <script> is gone", async () => {
    const { page, errors } = await visit(posts.shortcode);
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: 'Start the check' }).click();
    const first = widget.getByRole('radio').first();
    await first.check();
    expect(await first.isChecked()).toBe(true);
    expect(await widget.locator('.brand').textContent()).toContain('さくら商工会議所');
    expect(await page.evaluate(() => 'authorScript' in window)).toBe(false);
    // From the plugin's own folder, and under one address only: with WordPress's ?ver= the module's
    // parts would load a second copy of it.
    expect(await page.locator('script#cyber-risk-check-js').getAttribute('src')).toBe(
      `${wp.url}/wp-content/plugins/cyber-risk-check/assets/cyber-risk-check.js`,
    );
    expect(errors).toEqual([]);
    await closeWhenIdle(page);
  });

  it('shows the widget on the block post, and loads no script on a page without it', async () => {
    const { page, errors } = await visit(posts.block);
    const widget = page.locator('cyber-risk-check#block, cyber-risk-check[instance-id="block"]');
    await widget.getByRole('button', { name: '診断をはじめる' }).click();
    const first = widget.getByRole('radio').first();
    await first.check();
    expect(await first.isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.goto(`${wp.url}/?p=${posts.plain}`);
    expect(await page.locator('script#cyber-risk-check-js').count()).toBe(0);
    await closeWhenIdle(page);
  });

  it('works under the strict Content-Security-Policy a security plugin sends', async () => {
    // What such plugins do: a header from send_headers. WordPress's own inline scripts break under
    // it; the widget (files from the plugin's folder, settings as a JSON data block) must not.
    wp.php(`
$dir = WP_CONTENT_DIR . '/mu-plugins';
wp_mkdir_p( $dir );
file_put_contents( $dir . '/csp.php', "<?php add_action( 'send_headers', function () { if ( isset( \\$_GET['csp'] ) ) header( \\"Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:\\" ); } );" );`);
    const page = await browser().newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (line: string) => violations.push(line));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        void (window as unknown as { reportViolation(line: string): Promise<void> }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`,
        );
      });
    });
    const response = await page.goto(`${wp.url}/?p=${posts.shortcode}&csp=1`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const widget = page.locator('cyber-risk-check');
    await widget.getByRole('button', { name: 'Start the check' }).click();
    await widget.getByRole('radio').first().check();
    expect(await widget.locator('.brand').textContent()).toContain('さくら商工会議所');
    expect(violations.filter((line) => line.includes('cyber-risk-check'))).toEqual([]);
    await closeWhenIdle(page);
  });

  it('escapes shortcode attributes, and reads an unknown language as Japanese', () => {
    const html = wp.php(`echo do_shortcode( '[cyber_risk_check instance_id=\\'"><script>alert(1)</script>\\' lang="xx" discount_scheme="a b"]' );`);
    expect(html).toMatch(
      /^<cyber-risk-check lang="ja" instance-id="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;" discount-scheme="a b"><script type="application\/json">/,
    );
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(JSON.parse(/<script type="application\/json">(.*?)<\/script>/.exec(html)![1]!)).toEqual(CONFIG);
  });

  it("writes a seminar's role from the shortcode: presenter, or the attendees' for any other yes", () => {
    const element = (attributes: string) => /^<cyber-risk-check[^>]*>/.exec(wp.php(`echo do_shortcode( '[cyber_risk_check ${attributes}]' );`))![0];
    expect(element('seminar="presenter"')).toBe('<cyber-risk-check seminar="presenter">');
    expect(element('seminar="true"')).toBe('<cyber-risk-check seminar>');
    expect(element('seminar="attendee"')).toBe('<cyber-risk-check seminar>');
    expect(element('seminar="false"')).toBe('<cyber-risk-check>');
  });

  it('saves only settings that pass, in Japanese for a Japanese administrator, and keeps the previous ones', async () => {
    const context = await logIn('admin', 'admin-password');
    const page = await context.newPage();
    const open = () => page.goto(`${wp.url}/wp-admin/options-general.php?page=cyber-risk-check`);
    const save = async (text: string) => {
      await open();
      await page.getByLabel('設定（設定ツールの JSON）').fill(text);
      // options.php redirects back to this page, which then shows a notice: saved, or why not.
      await page.locator('#submit').click();
      await page.locator('.settings-error').first().waitFor();
    };
    await open();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('サイバーリスク診断');

    await save('{ "partner": { "id": "sakura-cci", ');
    expect(await page.locator('.notice-error, .error').first().textContent()).toContain('設定は保存されませんでした。設定の内容を読み取れません。');
    expect(savedConfig()).toEqual(CONFIG);

    await save(
      JSON.stringify({
        partner: { id: 'Sakura', name: 'さくら' },
        quote: { channels: [{ type: 'webhook', url: 'http://leads.example/hook' }] },
        colour: 'green',
      }),
    );
    const notices = await page.locator('.notice-error, .error').allTextContents();
    expect(notices.join('\n')).toContain('識別用ID — $.partner.id：形式が正しくありません');
    expect(notices.join('\n')).toContain('$.colour：使われない項目です');
    expect(savedConfig()).toEqual(CONFIG);

    await save(JSON.stringify({ ...CONFIG, partner: { ...CONFIG.partner, name: 'さくら商工会議所 経営支援課' } }));
    expect(savedConfig()).toMatchObject({ partner: { name: 'さくら商工会議所 経営支援課' } });
    await closeWhenIdle(context);
  });

  it('refuses a save without a nonce, and one from a user without the capability', async () => {
    const before = savedConfig();
    const form = { option_page: 'cyber_risk_check', action: 'update', 'cyber_risk_check_settings[config]': '{"lang":"en"}' };
    const admin = await logIn('admin', 'admin-password');
    const noNonce = await admin.request.post(`${wp.url}/wp-admin/options.php`, { form, maxRedirects: 0 });
    expect(noNonce.status()).toBe(403);
    await closeWhenIdle(admin);

    const author = await logIn('author', 'author-password');
    const page = await author.newPage();
    const settings = await page.goto(`${wp.url}/wp-admin/options-general.php?page=cyber-risk-check`);
    expect(settings?.status()).toBe(403);
    const notAllowed = await author.request.post(`${wp.url}/wp-admin/options.php`, { form: { ...form, _wpnonce: 'anything' }, maxRedirects: 0 });
    expect(notAllowed.status()).toBe(403);
    expect(savedConfig()).toEqual(before);
    await closeWhenIdle(author);
  });

  it('offers the block in the editor, with its options in the sidebar and the widget as its preview', async () => {
    const context = await logIn('admin', 'admin-password');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${wp.url}/wp-admin/post-new.php`);
    await page.waitForFunction(
      () =>
        (window as unknown as { wp?: { blocks?: { getBlockType(name: string): unknown } } }).wp?.blocks?.getBlockType('cyber-risk-check/check') !== undefined,
    );
    await page.evaluate(() => {
      type Wp = {
        data: { dispatch(store: string): { insertBlocks(block: unknown): void } };
        blocks: { createBlock(name: string, attributes: object): unknown };
      };
      const wp = (window as unknown as { wp: Wp }).wp;
      wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('cyber-risk-check/check', { lang: 'en' }));
    });
    // The server draws the element; the one-file build, loaded in the editor, brings it to life.
    const preview = page.locator('.editor-styles-wrapper cyber-risk-check[lang="en"]');
    await preview.getByRole('button', { name: 'Start the check' }).waitFor();
    expect(await page.getByRole('combobox', { name: '言語' }).inputValue()).toBe('en');
    expect(await page.getByRole('checkbox', { name: /セミナー用/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await closeWhenIdle(context);
  });

  it('removes its option when uninstalled', () => {
    wp.php(
      `require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins( 'cyber-risk-check/cyber-risk-check.php' ); uninstall_plugin( 'cyber-risk-check/cyber-risk-check.php' );`,
    );
    expect(wp.php(`var_export( get_option( 'cyber_risk_check_settings', 'gone' ) );`)).toBe("'gone'");
  });
});

describe("the plugin's files", () => {
  const plugin = join(root, 'wordpress/cyber-risk-check');
  const phpFiles = readdirSync(plugin, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.php'))
    .map((entry) => join(entry.parentPath, entry.name));

  it('pass php -l', () => {
    expect(phpFiles.length).toBeGreaterThanOrEqual(6);
    for (const file of phpFiles) expect(execFileSync('php', ['-l', file], { encoding: 'utf8' })).toContain('No syntax errors');
  });

  it('carry the package version in the plugin header, the readme and the block', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(readFileSync(join(plugin, 'cyber-risk-check.php'), 'utf8')).toContain(`Version:           ${version}`);
    expect(readFileSync(join(plugin, 'cyber-risk-check.php'), 'utf8')).toContain(`define( 'CYBER_RISK_CHECK_VERSION', '${version}' );`);
    expect(readFileSync(join(plugin, 'readme.txt'), 'utf8')).toContain(`Stable tag: ${version}`);
    expect(JSON.parse(readFileSync(join(plugin, 'block/block.json'), 'utf8')).version).toBe(version);
  });
});
