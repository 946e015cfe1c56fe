import nextVitals from 'eslint-config-next/core-web-vitals'
import tseslint from 'typescript-eslint'

const config = [
  {
    ignores: [
      '.next/**',
      'out/**',
      'out-fixture/**',
      'node_modules/**',
      'next-env.d.ts',
      'scratch/**',
      'public/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.tmp/**',
      'lib/bench/.tmp/**',
    ],
  },
  ...nextVitals,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
]

export default config
