"use client"

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section role="alert">
      <h1>页面暂时无法加载</h1>
      <p>商城服务暂时不可用，请稍后重试。</p>
      <button type="button" onClick={reset}>重试</button>
    </section>
  )
}
