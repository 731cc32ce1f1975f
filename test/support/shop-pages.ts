import type { Page } from "playwright-core"
import { DEMO_PASSWORD } from "@zhunong/seed/demo-marks"

/** What a shopper does on the shop's pages, as the browser tests do it. */

/** Signs a demo shopper in on /account. */
export async function signIn(page: Page, email: string) {
  await page.goto("/account")
  const form = page.locator("form", { has: page.getByRole("heading", { name: "登录" }) })
  await form.getByLabel("邮箱").fill(email)
  await form.getByLabel("密码").fill(DEMO_PASSWORD)
  await form.getByRole("button", { name: "登录" }).click()
  await page.getByRole("heading", { name: /^你好/ }).waitFor()
}

/** Browses by origin county to a product and adds it to the cart. */
export async function addToCart(page: Page, county: string, product: string) {
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "按产地" }).click()
  await page.getByRole("link", { name: new RegExp(`^${county}`) }).click()
  await page.getByRole("heading", { level: 1, name: county }).waitFor()
  await page.getByRole("link", { name: product }).first().click()
  await page.getByRole("heading", { level: 1, name: product }).waitFor()
  await page.getByRole("button", { name: "加入购物车" }).click()
  await page.getByText("已加入购物车。").waitFor()
}

/** The checkout's delivery address, in 松江区. */
export async function fillAddress(page: Page, phone: string) {
  await page.getByLabel("收货人姓").fill("王")
  await page.getByLabel("收货人名").fill("小明")
  await page.getByLabel("手机号").fill(phone)
  await page.getByLabel("省/直辖市").fill("上海市")
  await page.getByLabel("市/区").fill("松江区")
  await page.getByLabel("详细地址").fill("荣乐东路1号")
}
