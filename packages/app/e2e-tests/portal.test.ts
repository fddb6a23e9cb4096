import { expect, test } from '@playwright/test';
import { screenshot, signInAsGuest } from './signIn';

test('a guest signs in and lands on the catalog', async ({ page }) => {
  await signInAsGuest(page);

  await expect(
    page.getByRole('heading', { name: /Kafka on EKS/ }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'orders-service' }),
  ).toBeVisible();
  await screenshot(page, 'catalog');
});

test('the catalog lists the demo Kafka cluster, its system and its owners', async ({
  page,
}) => {
  // Kafka clusters only: discovery fills the demo's Resources with topics.
  await signInAsGuest(
    page,
    '/?filters[kind]=resource&filters[type]=kafka-cluster&filters[user]=all',
  );
  await expect(page.getByRole('link', { name: 'orders-kafka' })).toBeVisible();

  await page.goto('/?filters[kind]=system&filters[user]=all');
  await expect(
    page.getByRole('link', { name: 'data-streaming' }),
  ).toBeVisible();

  await page.goto('/?filters[kind]=group&filters[user]=all');
  await expect(page.getByRole('link', { name: 'Platform team' })).toBeVisible();
  await screenshot(page, 'catalog-groups');
});

test('the demo Kafka entity has a Kafka tab that shows where it runs', async ({
  page,
}) => {
  await signInAsGuest(page, '/catalog/default/resource/orders-kafka');

  const contentNav = page.getByRole('navigation', {
    name: 'Content navigation',
  });
  await contentNav.getByRole('link', { name: 'Kafka', exact: true }).click();
  await expect(page).toHaveURL(/\/orders-kafka\/kafka$/);
  // Where it runs: namespace/Kafka on the cluster of its annotations.
  await expect(
    page.getByText('kafka/orders-kafka on demo-eks', { exact: true }),
  ).toBeVisible();
  await screenshot(page, 'kafka-tab');
});

test('the Create page offers the Kafka on EKS template', async ({ page }) => {
  await signInAsGuest(page, '/create');

  const card = page.getByText('Kafka on EKS', { exact: true }).first();
  await expect(card).toBeVisible();
  await expect(page.getByText(/KRaft mode, managed by Strimzi/)).toBeVisible();
  await screenshot(page, 'create');
});
