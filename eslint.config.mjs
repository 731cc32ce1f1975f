// One lint for the whole repository: TypeScript's recommended rules, and the package boundaries —
// code reaches another package only through its name and the `exports` it declares, never by a
// relative path into its folders. Formatting is Prettier's (`npm run format`), not ESLint's.
import js from "@eslint/js"
import prettier from "eslint-config-prettier"
import importX from "eslint-plugin-import-x"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/dist/**",
      ".data/**",
      "test/artifacts/**",
      "**/migrations/*.ts",
      "storefront/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX },
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly" } },
    rules: {
      "import-x/no-relative-packages": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@zhunong/*/src/*", "@zhunong/*/.medusa/*"],
              message: "Import what the package exports (its package.json `exports`), not its internals.",
            },
          ],
        },
      ],
      // `_`-prefixed names are kept on purpose (a destructured field left out of an answer)
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  prettier
)
