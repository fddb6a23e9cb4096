import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Signs in through the guest provider, as a newcomer would. */
export async function signInAsGuest(page: Page, path = '/') {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  // The sign-in page is gone once the sidebar's links are there.
  await expect(enter).toBeHidden();
  await expect(
    page.getByRole('link', { name: 'Catalog', exact: true }).first(),
  ).toBeVisible();
}

/** Saves a screenshot under test-results/screenshots (git-ignored). */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({
    path: `test-results/screenshots/${name}.png`,
    fullPage: true,
  });
}

/** Opens the Kafka on EKS template and fills its first page (name, owner). */
export async function startKafkaTemplate(page: Page, name: string) {
  await signInAsGuest(page, '/create/templates/default/kafka-on-eks');
  await page.getByLabel('Name', { exact: false }).first().fill(name);
  const owner = page.getByRole('textbox', { name: 'Owner' });
  await owner.click();
  await owner.fill('orders');
  await page
    .getByRole('option', { name: /orders/i })
    .first()
    .click();
  await page.getByRole('button', { name: 'Next' }).click();
}

/** A guest's Backstage token, for calling the portal's API directly. */
export async function guestToken(request: APIRequestContext): Promise<string> {
  const auth = await request.post('/api/auth/guest/refresh');
  return (await auth.json()).backstageIdentity.token;
}
